// The engine's view of storage: narrow repositories and a unit of work. The store implements them;
// nothing here knows SQL, so another database could implement them too.
import type { ConversationState } from "./model/conversation.js";
import type { Debrief, DebriefField, Interest, InterviewStatus, InterviewSummary, Interviewer, Outcome } from "./model/interview.js";
import type { LetterKind, LetterRow, NewLetter } from "./model/letter.js";
import type { Reminder, ReminderKind } from "./model/reminder.js";
import type { UndoEntry, UndoSnapshot } from "./model/undo.js";
import type { LetterVoicePatch, UserFacts, UserRow, UserSettingsPatch } from "./model/user.js";
import type { Platform, UserRef } from "./types.js";

/** Users: one per person per platform and tenant. */
export interface UsersRepo {
  /** Finds a user by platform, tenant and id. */
  find(ref: UserRef): UserRow | undefined;
  /** Finds a user by row id. */
  byId(id: number): UserRow | undefined;
  /** Creates the user if new and refreshes what the platform told us; a user reached again is no longer stopped. */
  upsert(ref: UserRef, facts: UserFacts, now: number): UserRow;
  /** Changes a user's nudge settings. */
  updateSettings(id: number, patch: UserSettingsPatch): void;
  /** Changes how the user's letters are signed and greet people; the platform's refreshes never touch these. */
  updateLetterVoice(id: number, patch: LetterVoicePatch): void;
  /** Marks a user unreachable for good: no more nudges. */
  stop(id: number, reason: string): void;
  /** Deletes a user and every row about them. */
  delete(id: number): void;
  /** Deletes every user of one workspace or tenant; returns how many. */
  deleteTenant(platform: Platform, tenant: string): number;
}

/** Interviews with their interviewers and debrief answers; every read is scoped by the owner. */
export interface InterviewsRepo {
  /** Starts a draft interview for a user; returns its id. */
  createDraft(userRef: number, now: number): number;
  /** Logs an interview ahead: stored as upcoming, expected to last `lengthMinutes`; returns its id. */
  createUpcoming(userRef: number, lengthMinutes: number, now: number): number;
  /** Changes how long an upcoming interview is expected to last. */
  setLength(interviewId: number, lengthMinutes: number): void;
  /** Deletes an upcoming interview (cancelled) with its reminders; false when it is not this user's or no longer upcoming. */
  deleteUpcoming(userRef: number, interviewId: number): boolean;
  /** One interview of this user, or undefined if it is not theirs. */
  load(userRef: number, interviewId: number): Debrief | undefined;
  /** Sets (or, with undefined, clears) one debrief field. */
  setField(interviewId: number, field: DebriefField, value: string | undefined): void;
  /** Sets or clears the recruiter. */
  setRecruiter(interviewId: number, recruiter: { name: string; email?: string } | undefined): void;
  /** Sets the user's interest. */
  setInterest(interviewId: number, interest: Interest | undefined): void;
  /** Moves an interview to a new status. */
  setStatus(interviewId: number, status: InterviewStatus, now: number): void;
  /** Records how it ended. */
  setOutcome(interviewId: number, outcome: Outcome): void;
  /** Puts status and outcome back as they were (undo), leaving the timestamps alone. */
  restoreState(interviewId: number, status: InterviewStatus, outcome: Outcome | null): void;
  /** Records that the user chose to send before the reflect nudge (asked once). */
  allowEarlySend(interviewId: number): void;
  /** True when the user already chose to send before the reflect nudge. */
  earlySendAllowed(interviewId: number): boolean;
  /** The user's interviews, newest first. */
  list(userRef: number): InterviewSummary[];
  /** Deletes a draft (a cancelled debrief); an interview logged ahead is kept. */
  deleteDraft(userRef: number, interviewId: number): void;
  /** The interviewers of one interview, in the order given. */
  interviewers(interviewId: number): Interviewer[];
  /** Replaces the interviewer list with these names, keeping the details of names that stay. */
  setInterviewers(interviewId: number, names: string[]): void;
  /** Updates one interviewer of this interview. */
  updateInterviewer(interviewId: number, interviewerId: number, patch: Partial<Omit<Interviewer, "id">>): void;
}

/** The one open conversation of each user. */
export interface ConversationsRepo {
  /** The user's open conversation, or undefined. */
  get(userRef: number): ConversationState | undefined;
  /** Saves the user's conversation state. */
  set(userRef: number, state: ConversationState, now: number): void;
  /** Ends the user's open conversation. */
  clear(userRef: number): void;
}

/** Nudges as rows with a due time, claimed by the sweeper. */
export interface RemindersRepo {
  /** Schedules one nudge; returns its id. */
  add(userRef: number, interviewId: number, kind: ReminderKind, dueAt: number, now: number): number;
  /** One reminder of this user. */
  get(userRef: number, id: number): Reminder | undefined;
  /** Any reminder by id (the sweeper's view). */
  byId(id: number): Reminder | undefined;
  /** Pending (or sending) reminders of one interview, soonest first. */
  pendingFor(interviewId: number): Reminder[];
  /** Every reminder of one interview, in due order. */
  allFor(interviewId: number): Reminder[];
  /** A user's pending reminders, soonest first. */
  upcomingForUser(userRef: number): Reminder[];
  /** The next moment after `after` at which one of the user's reminders falls due or is released from a hold. */
  nextWakeFor(userRef: number, after: number): number | undefined;
  /** Every pending reminder, soonest first (operators' listing). */
  upcoming(limit?: number): Reminder[];
  /** Cancels pending reminders of an interview (all kinds, or those named); returns how many. */
  cancel(interviewId: number, kinds?: ReminderKind[]): number;
  /** Cancels every pending reminder of a user. */
  cancelForUser(userRef: number): number;
  /** Cancels one pending reminder (undo of a step that added it). */
  cancelOne(id: number): void;
  /** Puts a cancelled reminder back to pending (undo); false if it is no longer cancelled. */
  restore(id: number): boolean;
  /** Moves a pending reminder to a new planned time, dropping any hold. */
  reschedule(id: number, dueAt: number): void;
  /** Holds a pending (or claimed, not yet being sent) reminder behind `primaryId`, whose message it goes out in, until `holdUntil`; false if it could not be. */
  join(id: number, primaryId: number, holdUntil: number): boolean;
  /** The pending reminders held behind `primaryId`, in due order. */
  joinedTo(primaryId: number): Reminder[];
  /** Marks a reminder held behind another sent, as that one's message was delivered. */
  markJoinedSent(id: number, now: number): void;
  /** Claims up to `limit` due reminders for this holder, leased for `leaseMs`. */
  claimDue(now: number, limit: number, leaseMs: number, holder: string): Reminder[];
  /** Right before a send: true when this holder still owns the claim, renewed until `leaseUntil` and marked as being sent. */
  startSend(id: number, holder: string, leaseUntil: number, now: number): boolean;
  /** Extends every claim this holder still has to `leaseUntil`; returns how many. */
  renewClaims(holder: string, leaseUntil: number): number;
  /** Marks a claimed reminder sent; false if this holder no longer owns the claim. */
  markSent(id: number, holder: string, now: number): boolean;
  /** Puts a claimed reminder back after a failed attempt, held until `notBefore`. */
  retryLater(id: number, holder: string, notBefore: number, error: string): void;
  /** Puts a claimed reminder back untried (quiet hours, paused, credentials refused), held until `notBefore`; `sendFailed` when our own send just failed. */
  hold(id: number, holder: string, notBefore: number, why: string, sendFailed?: boolean): void;
  /** Releases a user's overdue reminders to go out from `notBefore`; returns how many. */
  releaseOverdue(userRef: number, now: number, notBefore: number, why: string): number;
  /** Ends a claimed reminder for good (dead, cancelled), saying why. */
  finish(id: number, holder: string, status: "dead" | "cancelled", error: string | null): void;
  /** How many reminders are in each status. */
  counts(): Record<string, number>;
}

/** Drafted letters; reads go through the owning interview's user. */
export interface LettersRepo {
  /** Stores a new draft, replacing an unsent draft of the same kind for the same person; returns its id. */
  save(letter: NewLetter, now: number): number;
  /** One letter, only if it belongs to this user. */
  get(userRef: number, letterId: number): LetterRow | undefined;
  /** The letters of one interview, of the kinds named (all when omitted). */
  forInterview(interviewId: number, kinds?: LetterKind[]): LetterRow[];
  /** Replaces a draft's text with the user's edited version. */
  updateBody(letterId: number, subject: string, body: string, now: number): void;
  /** Makes an edited letter another kind (a card that became a letter), dropping that person's other unsent drafts of it. */
  retype(letterId: number, kind: LetterKind, subject: string, now: number): void;
  /** Drops unsent, unedited drafts so they are composed again. */
  dropDrafts(interviewId: number, kinds: LetterKind[]): void;
  /** Marks a letter sent. */
  markSent(letterId: number, now: number): void;
  /** Marks a sent letter unsent again (undo). */
  markUnsent(letterId: number, now: number): void;
}

/** Reversible steps of the last day. */
export interface UndoRepo {
  /** Records a step and what it changed; returns its id. */
  record(userRef: number, interviewId: number, what: string, snapshot: UndoSnapshot, now: number): number;
  /** One entry of this user. */
  get(userRef: number, id: number): UndoEntry | undefined;
  /** The user's entries since `since` not yet undone, newest first. */
  recent(userRef: number, since: number): UndoEntry[];
  /** Marks an entry undone. */
  markUndone(id: number, now: number): void;
}

/** Delivery ids already applied, so a retried delivery is applied once. */
export interface DeliveriesRepo {
  /** Records a delivery id; false when it was already applied. */
  firstTime(platform: Platform, tenant: string, deliveryId: string, userRef: number | null, now: number): boolean;
  /** Forgets ids older than the platforms' retry windows; returns how many. */
  prune(olderThan: number): number;
}

/** Named leases (one sweeper per deployment) and small operator facts. */
export interface LeasesRepo {
  /** Takes or renews a lease; true when this holder has it until `now + ttlMs`. */
  acquire(name: string, holder: string, ttlMs: number, now: number): boolean;
  /** Gives a lease up. */
  release(name: string, holder: string): void;
  /** Who holds a lease now, if anyone. */
  holder(name: string, now: number): string | undefined;
  /** Records an operator fact. */
  setFact(name: string, value: unknown, now: number): void;
  /** Reads an operator fact. */
  fact(name: string): unknown;
}

/** Every repository a turn or a sweep reads and writes through. */
export interface Repositories {
  readonly users: UsersRepo;
  readonly interviews: InterviewsRepo;
  readonly conversations: ConversationsRepo;
  readonly reminders: RemindersRepo;
  readonly letters: LettersRepo;
  readonly deliveries: DeliveriesRepo;
  readonly leases: LeasesRepo;
  readonly undo: UndoRepo;
  readonly letterGaps: LetterGapsRepo;
}

/** One beat of the letters asked about once: its slot, when it was asked, and the user's answer if any. */
export interface LetterGapRow {
  slot: string;
  askedAt: number;
  answer: string | null;
}

/** The letter gaps of each interview: asked once, answered at most once. */
export interface LetterGapsRepo {
  /** Records that these slots were asked about (a slot asked before keeps its first time). */
  markAsked(interviewId: number, slots: string[], now: number): void;
  /** Stores the user's sentence for a slot (an empty string: the user skipped it). */
  answer(interviewId: number, slot: string, text: string): void;
  /** Every slot asked about for one interview. */
  forInterview(interviewId: number): LetterGapRow[];
}

/** Runs work atomically: all of it is stored, or none. Storage that cannot be used is thrown as StorageUnavailableError (core/errors), by every repository too. */
export interface UnitOfWork {
  /** Runs `fn` in one write transaction; nested calls join the outer one. */
  write<T>(fn: () => T): T;
}

/** What the engine is given to store things: the repositories and a unit of work over them. */
export interface CoachStore extends Repositories, UnitOfWork {}
