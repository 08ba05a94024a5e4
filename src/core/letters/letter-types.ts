// The shapes the letter composers take and give; shared by the engine, the composers and the checks.
import type { Debrief } from "../model/interview.js";
import type { GreetingStyle } from "./letter-names.js";

/** The kinds of letter the coach drafts; the same union the letters table stores. */
export type DraftKind = "thanks" | "card" | "checkin" | "rejection";

/** What a composer needs: the confirmed debrief, who signs and how they greet, and which wording to use. */
export interface LetterContext {
  debrief: Debrief;
  /** Signs the letter when given: the name the user chose, else the platform's name for them. */
  userName?: string;
  /** First name ("Dear Dana,", the default) or formal ("Dear Dr. Okafor,"). */
  greeting?: GreetingStyle;
  /** The user's own sentences for beats the gate could not fill, by slot (`moment:<id>`, `need`, `unsaid`). */
  rephrased?: ReadonlyMap<string, string>;
  /** "Try another version": 0, 1, 2… each gives a different wording; any integer is accepted. */
  variant?: number;
  /** The user's IANA time zone, so the interview's weekday is the one they lived; UTC when absent. */
  tz?: string;
}

/** One drafted letter, ready to store and show. */
export interface Draft {
  kind: DraftKind;
  interviewerId: number | null;
  recipient: string;
  email?: string;
  /** The email subject; a handwritten card has none (""). */
  subject: string;
  body: string;
}

/** One problem a check found: a stable code and a short sentence the user can act on. */
export interface Finding {
  code: string;
  message: string;
}

/** The parts of a letter the checks read; a stored row or a draft both fit. */
export interface CheckedLetter {
  kind: DraftKind;
  subject: string;
  body: string;
  recipient: string;
  interviewerId: number | null;
}
