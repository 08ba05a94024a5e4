import { DateTime } from "luxon";
export { seededRandom } from "./seeded-random.js";

/** An instant from a local wall-clock time in a zone, e.g. at("2026-11-17T10:00", "America/Los_Angeles"). */
export function at(localIso: string, tz: string): Date {
  const d = DateTime.fromISO(localIso, { zone: tz });
  if (!d.isValid) throw new Error(`bad test time ${localIso} in ${tz}`);
  return d.toJSDate();
}

/** An instant shown as local wall-clock time in a zone, "2026-11-17 10:00". */
export function wall(t: Date, tz: string): string {
  return DateTime.fromJSDate(t, { zone: tz }).toFormat("yyyy-MM-dd HH:mm");
}

