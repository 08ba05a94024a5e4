import { toZoned } from "../plan/local-time.js";

/** "Good morning", "Good afternoon" or "Good evening", by the local hour at `t`: never "morning" at 13:04. */
export function greetingAt(t: Date, tz: string): string {
  const hour = toZoned(t, tz).hour;
  return hour >= 4 && hour < 12 ? "Good morning" : hour >= 12 && hour < 17 ? "Good afternoon" : "Good evening";
}
