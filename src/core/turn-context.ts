import type { Store } from "../store/store.js";
import type { UserRow } from "../store/users.js";
import type { NudgeHours } from "./plan/index.js";

/** What every part of a turn needs: the store, the user, their zone and hours, and the time. */
export interface TurnContext {
  store: Store;
  user: UserRow;
  tz: string;
  hours: NudgeHours;
  now: Date;
}
