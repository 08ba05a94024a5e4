import { DateTime } from "luxon";

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

/** A small deterministic PRNG (mulberry32) so property loops repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
