// The conversation a user is in the middle of, kept between turns.
import { z } from "zod";

/** Bumped whenever the shape of a conversation state changes; older states are dropped safely. */
export const CONVERSATION_VERSION = 1;

/** What the user has said so far about an interview they are logging ahead, until its company and start are known. */
export const UpcomingFacts = z.object({
  company: z.string().max(150).optional(),
  role: z.string().max(150).optional(),
  /** The start, UTC ms. */
  at: z.number().int().optional(),
  /** A day named without a time (local `YYYY-MM-DD`): the time is asked next. */
  day: z.string().max(10).optional(),
  format: z.string().max(40).optional(),
  stage: z.string().max(150).optional(),
  people: z.array(z.object({ name: z.string().max(100), title: z.string().max(150).optional(), email: z.string().max(200).optional() })).max(8).default([]),
  lengthMinutes: z.number().int().optional(),
  remarks: z.array(z.string().max(200)).max(10).default([]),
});
/** A parsed set of facts about an interview being logged ahead. */
export type UpcomingFacts = z.infer<typeof UpcomingFacts>;

/** The in-progress conversation of one user, validated on the way out of the database. */
export const ConversationState = z.discriminatedUnion("flow", [
  z.object({
    flow: z.literal("debrief"),
    interviewId: z.number().int(),
    step: z.string(),
    /** Steps answered so far, for "back". */
    trail: z.array(z.string()),
    /** Which interviewer the per-person questions are about. */
    person: z.number().int().default(0),
    /** Set while editing one field from the summary: return to the summary afterwards. */
    editing: z.boolean().default(false),
    /** Steps answered or skipped once, so going forward again never asks them twice. */
    seen: z.array(z.string()).default([]),
    /** The token of the form this debrief was started from, so the same form sent again is known. */
    form: z.string().max(64).optional(),
  }),
  /** A new debrief was asked for while one was open: remember where the open one stood. */
  z.object({
    flow: z.literal("choose"),
    interviewId: z.number().int(),
    args: z.string(),
    step: z.string().default("summary"),
    trail: z.array(z.string()).default([]),
    seen: z.array(z.string()).default([]),
  }),
  /** The reflect questions after the reflect nudge; `step` is the one asked last. */
  z.object({
    flow: z.literal("reflect"),
    interviewId: z.number().int(),
    step: z.string().default("wentWell"),
    /** News was just confirmed about this interview (maybe another one): the next line of news is about it. */
    heard: z.number().int().optional(),
    /** When that confirmation was shown, UTC ms. */
    heardAt: z.number().int().optional(),
  }),
  /** News was just confirmed about an interview: the next line of news ("they want a second round") is about it. */
  z.object({ flow: z.literal("heard-back"), interviewId: z.number().int(), at: z.number().int().default(0) }),
  z.object({ flow: z.literal("edit-letter"), letterId: z.number().int() }),
  z.object({ flow: z.literal("snooze"), reminderId: z.number().int() }),
  z.object({ flow: z.literal("hours") }),
  /** Settings asked for the user's time zone, or their country (and region) for public holidays. */
  z.object({ flow: z.literal("tz") }),
  z.object({ flow: z.literal("country") }),
  /** Logging an interview ahead: asking for what the first line did not say. */
  z.object({ flow: z.literal("upcoming"), facts: UpcomingFacts }),
  /** An interview just logged ahead: one optional question about it (the role, or who they'll meet). */
  z.object({ flow: z.literal("upcoming-more"), interviewId: z.number().int(), step: z.enum(["role", "people"]) }),
  /** Asked when an upcoming interview takes place now. */
  z.object({ flow: z.literal("move"), interviewId: z.number().int(), day: z.string().max(10).optional() }),
  /** The name that signs letters was asked; with an interview, its plan is described once answered. */
  z.object({ flow: z.literal("signing-name"), interviewId: z.number().int().optional(), movedPast: z.array(z.string().max(80)).max(10).optional() }),
  /** The thank-you nudge asked how to put notes that could not reach a letter; one answer line per slot. */
  z.object({ flow: z.literal("letter-gaps"), interviewId: z.number().int(), slots: z.array(z.string()).max(12) }),
]);
/** A parsed conversation state. */
export type ConversationState = z.infer<typeof ConversationState>;

/** True when no conversation holds the floor: none is open, or only the interview news was last about. */
export function isIdle(open: ConversationState | undefined): boolean {
  return open === undefined || open.flow === "heard-back";
}
