import type { Reminder } from "./model/reminder.js";
import type { CoachStore } from "./ports.js";
import type { UserRow } from "./model/user.js";
import type { CoachApi } from "./coach-api.js";
import type { GrammarChecker } from "./letters/index.js";
import { StorageUnavailableError } from "./errors.js";
import { cleanInbound } from "./strip-controls.js";
import { resumeDebrief } from "./debrief/debrief-flow.js";
import { findUpcoming, pickUpUpcoming } from "./upcoming/pick-up-upcoming.js";
import { startDebrief } from "./debrief/start-debrief.js";
import { logUpcoming } from "./upcoming/log-upcoming.js";
import { upcomingForm } from "./upcoming/upcoming-form.js";
import { upcomingInterviewLines } from "./upcoming/upcoming-section.js";
import { debriefForm } from "./debrief/debrief-form.js";
import { confirmDebrief } from "./follow-up/confirm-debrief.js";
import { normalizeNudgeHours, placeOf, safeZone } from "./plan/index.js";
import { routeAction } from "./route-action.js";
import { routeText } from "./route-text.js";
import { afterNudgeSent, prepareNudge, type NudgePlan } from "./nudges/prepare-nudge.js";
import { emptyHome, homeView } from "./settings/home-view.js";
import { refreshUser } from "./settings/refresh-user.js";
import { saveEditedDebrief } from "./settings/debrief-view.js";
import { CoachAccounts } from "./coach-accounts.js";
import { compose, say } from "./messages.js";
import type { TurnContext } from "./turn-context.js";
import type { Address, Clock, Inbound, Outbound, Platform, UserRef } from "./types.js";
import { stopNudgesForGood } from "./nudges/lifecycle.js";
import { composeAhead, showsLetters } from "./nudges/compose-ahead.js";
import { letterWork, type LetterWork } from "./notes/letter-work.js";

/** How the coach is put together: its store, its clock, and defaults. */
export interface CoachOptions {
  store: CoachStore;
  clock: Clock;
  /** Time zone for users whose platform tells us none (AFTERWORD_TZ). */
  defaultTz: string;
  /** Hours from confirming a debrief to the reflect nudge (default 3). */
  reflectDelayHours?: number;
  /**
   * Runs a write in a group commit shared with the writes asked for in the same event-loop turn
   * (each in its own savepoint), resolving once that commit is durable. The server passes one;
   * without it `handleDurably` commits each turn on its own, as `handle` does.
   */
  groupWrite?: <T>(fn: () => T) => Promise<T>;
  /** The grammar checker for letters, loaded once at start-up (`loadGrammarChecker`), never inside a turn or a sweep. */
  grammar?: GrammarChecker;
}

export { StorageUnavailableError };


/** The platform-neutral coach: one inbound event in, one transaction, messages out. */
export class Coach extends CoachAccounts implements CoachApi {

  /** Builds the context of a turn for a stored user. */
  contextFor(user: UserRow, now: Date): TurnContext {
    const tz = safeZone(user.tz, this.options.defaultTz);
    return {
      store: this.store,
      user,
      tz,
      hours: normalizeNudgeHours({ start: user.nudgeStart, end: user.nudgeEnd }),
      place: placeOf(user, tz),
      now,
      ...(this.options.grammar ? { grammar: this.options.grammar } : {}),
    };
  }

  /** Handles one inbound event in one write transaction; a repeated delivery id returns []. */
  handle(event: Inbound): Outbound[] {
    const now = this.options.clock();
    // The store throws storage failures as StorageUnavailableError: the adapter answers so the platform retries.
    return this.store.write(() => this.turn(event, now));
  }

  /**
   * As `handle`, but the turn's commit may be shared with other turns arriving at the same time
   * (one disk flush for all of them); resolves only once the turn is durable, rejects as `handle` throws.
   */
  async handleDurably(event: Inbound): Promise<Outbound[]> {
    const group = this.options.groupWrite;
    if (!group) return this.handle(event);
    const now = this.options.clock();
    return group(() => this.turn(event, now));
  }

  /** The body of a turn, inside its write transaction. */
  private turn(raw: Inbound, now: Date): Outbound[] {
    const event = cleanInbound(raw);
    const tz = event.tz && safeZone(event.tz, "") ? event.tz : undefined;
    const user = refreshUser(this.store, event.from, { address: event.address, tz, name: event.displayName?.slice(0, 100) }, now);
    if (!this.store.deliveries.firstTime(event.from.platform, event.from.tenant, event.id, user.id, now.getTime())) return [];
    const ctx = this.contextFor(user, now);
    return this.route(ctx, event);
  }

  private route(ctx: TurnContext, event: Inbound): Outbound[] {
    // A debrief saved before and edited from settings keeps its plan; a new one gets its plan now.
    const hooks = {
      confirm: (c: TurnContext, d: Parameters<typeof confirmDebrief>[1]) =>
        d.status === "active" || d.status === "closed" ? saveEditedDebrief(c, d) : confirmDebrief(c, d, this.options.reflectDelayHours),
    };
    if (event.kind === "command" && event.name === "interview-next") return this.logAhead(ctx, event.args, event.forms);
    if (event.kind === "command") {
      const open = ctx.store.conversations.get(ctx.user.id);
      if (open?.flow === "debrief") {
        const d = ctx.store.interviews.load(ctx.user.id, open.interviewId);
        ctx.store.conversations.set(
          ctx.user.id,
          { flow: "choose", interviewId: open.interviewId, args: event.args.slice(0, 500), step: open.step, trail: open.trail, seen: open.seen },
          ctx.now.getTime(),
        );
        return [
          say(`You're partway through a debrief${d?.company ? ` for *${d.company}*` : ""}. Finish that one, or start fresh?`, [
            { action: "debrief.resume", label: "Finish that one", style: "primary" },
            { action: "debrief.fresh", label: "Start fresh" },
          ]),
        ];
      }
      // An interview logged ahead is picked up in the chat, which asks only what happened.
      const upcoming = findUpcoming(ctx, event.args);
      if (event.forms && !upcoming) return [this.formMessage(event.from, event.args, ctx.tz, ctx.now)];
      return upcoming ? pickUpUpcoming(ctx, upcoming.id, event.args) : startDebrief(ctx, event.args);
    }
    if (event.kind === "action") return routeAction(ctx, event, hooks);
    return routeText(ctx, event.text, hooks);
  }

  /** Re-shows where the user left off (the terminal coach calls this at start-up). */
  resume(from: UserRef): Outbound[] {
    const user = this.store.users.find(from);
    if (!user) return [];
    const ctx = this.contextFor(user, this.options.clock());
    const open = this.store.conversations.get(user.id);
    if (open?.flow !== "debrief" || !this.store.interviews.load(user.id, open.interviewId)) return [];
    return resumeDebrief(ctx, open, "Welcome back. We were in the middle of your debrief; here's where we stopped.");
  }

  /** The debrief form, prefilled from the command's text in the user's zone; undefined while a debrief is open, or for an interview logged ahead (the chat picks it up). Reads only. */
  debriefForm(from: UserRef, args: string): Outbound | undefined {
    const user = this.store.users.find(from);
    if (user && this.store.conversations.get(user.id)?.flow === "debrief") return undefined;
    if (user && findUpcoming(this.contextFor(user, this.options.clock()), args.slice(0, 500))) return undefined;
    return this.formMessage(from, args, safeZone(user?.tz, this.options.defaultTz), this.options.clock());
  }

  /** The form for logging an interview ahead, prefilled from the command's text in the user's zone. Reads only. */
  upcomingForm(from: UserRef, args: string): Outbound {
    const user = this.store.users.find(from);
    const form = upcomingForm(from, args.slice(0, 500), this.options.clock(), safeZone(user?.tz, this.options.defaultTz));
    return compose([{ type: "form", form }], "Log your next interview: the basics fit in one form.");
  }

  /** The user's interviews logged ahead, soonest first, one line each in their time. */
  upcomingInterviews(from: UserRef): string[] {
    const user = this.store.users.find(from);
    return upcomingInterviewLines(this.store, user, safeZone(user?.tz, this.options.defaultTz));
  }

  // `/interview-next`: the form where the platform has one, else the one-line start; an open debrief is left as it is.
  private logAhead(ctx: TurnContext, args: string, forms?: boolean): Outbound[] {
    if (forms) return [this.upcomingForm({ platform: ctx.user.platform, tenant: ctx.user.tenant, user: ctx.user.userId }, args)];
    const open = ctx.store.conversations.get(ctx.user.id)?.flow;
    return logUpcoming(ctx, args, open === "debrief" || open === "choose");
  }

  private formMessage(from: UserRef, args: string, tz: string, now: Date): Outbound {
    const form = debriefForm(from, args.slice(0, 500), now, tz);
    return compose([{ type: "form", form }], "Tell me about the interview: the basics fit in one form.");
  }

  /** The user's home view. */
  home(from: UserRef): Outbound {
    const user = this.store.users.find(from);
    return user ? homeView(this.contextFor(user, this.options.clock())) : emptyHome();
  }

  /**
   * For the sweeper, before its write and outside any transaction: drafts and checks the letters a
   * nudge will show, reading only, so the write that renders it (shared with chat turns) is short.
   */
  async composeNudgeAhead(reminder: Reminder, now: Date): Promise<LetterWork | undefined> {
    if (!showsLetters(reminder.kind)) return undefined;
    const user = this.store.users.byId(reminder.userRef);
    if (!user) return undefined;
    const work = letterWork();
    await composeAhead({ ...this.contextFor(user, now), letterWork: work }, reminder);
    return work;
  }

  /** For the sweeper: decide what to do with a claimed reminder, inside its transaction (with what `composeNudgeAhead` worked out). */
  prepareNudge(reminder: Reminder, now: Date, work?: LetterWork): NudgePlan {
    const user = this.store.users.byId(reminder.userRef);
    if (!user) return { kind: "skip", reason: "user deleted" };
    return prepareNudge({ ...this.contextFor(user, now), ...(work ? { letterWork: work } : {}) }, reminder);
  }

  /** For the sweeper: what follows a delivered nudge, inside its transaction. */
  afterNudgeSent(reminder: Reminder, now: Date, work?: LetterWork): void {
    const user = this.store.users.byId(reminder.userRef);
    if (user) afterNudgeSent({ ...this.contextFor(user, now), ...(work ? { letterWork: work } : {}) }, reminder);
  }

  /** For the sweeper: the platform says this person is gone (account deactivated, app removed); their nudges stop for good. */
  recipientGone(userRef: number, reason: string): void {
    stopNudgesForGood(this.store, userRef, reason);
  }
}
