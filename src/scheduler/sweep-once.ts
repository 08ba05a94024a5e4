import type { SweepOnce } from "../core/adapter-contract.js";
import { sweep, type SweepDeps } from "./sweep.js";

/** One sweep at a given time with these deps: what the server's cron tick and the terminal's /advance both run. */
export function sweepOnce(deps: SweepDeps): SweepOnce {
  return (now) => sweep(deps, now);
}
