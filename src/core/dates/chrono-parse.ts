// chrono's reading of a typed phrase, shared by the date readers: one answer goes through several
// of them in a turn (the whole-answer check, then the reader of its kind), so the last few
// readings are kept and each phrase is parsed once.
import type { ParsedResult } from "chrono-node";
// English only: the package's root module loads all sixteen locales (some 270 files), which made
// start-up open more files at once than a 256-file limit allows.
import * as chrono from "chrono-node/en";
import { zoneOffsetAt } from "../plan/local-time.js";

/** One date phrase chrono found (read-only: readings are shared between readers). */
export type ChronoResult = ParsedResult;

const KEEP = 8;
const recent: { key: string; results: readonly ChronoResult[] }[] = [];

/** chrono's results for `text` at `now` in `zone` (a valid IANA zone), `forward` preferring the future; none when chrono throws. */
export function chronoParse(text: string, now: Date, zone: string, forward: boolean): readonly ChronoResult[] {
  const key = `${forward ? "f" : "p"}${now.getTime()}|${zone}|${text}`;
  const hit = recent.find((r) => r.key === key);
  if (hit) return hit.results;
  let results: readonly ChronoResult[];
  try {
    results = chrono.parse(text, { instant: now, timezone: zoneOffsetAt(now, zone) }, { forwardDate: forward });
  } catch {
    results = [];
  }
  recent.unshift({ key, results });
  if (recent.length > KEEP) recent.pop();
  return results;
}
