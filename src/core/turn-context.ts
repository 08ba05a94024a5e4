import type { Repositories } from "./ports.js";
import type { UserRow } from "./model/user.js";
import type { HolidayPlace, NudgeHours } from "./plan/index.js";
import type { GrammarChecker } from "./letters/index.js";
import type { LetterWork } from "./notes/letter-work.js";

/** What every part of a turn needs: the repositories, the user, their zone and hours, and the time. */
export interface TurnContext {
  store: Repositories;
  user: UserRow;
  tz: string;
  hours: NudgeHours;
  /** Where the user works, for public holidays (set in settings, else from the time zone). */
  place: HolidayPlace;
  now: Date;
  /** The grammar checker loaded at start-up; without it, letters are checked for everything but grammar. */
  grammar?: GrammarChecker;
  /** Letters drafted and checked ahead of this turn's write (the sweeper's nudges), used where the inputs match. */
  letterWork?: LetterWork;
}
