/** A clock that can be moved forward, so a newcomer can watch a week of nudges in a minute. */
export class DevClock {
  private offsetMs: number;

  /** Starts at `start` (for demos and tests) or at the real time. */
  constructor(start?: Date) {
    this.offsetMs = start ? start.getTime() - Date.now() : 0;
  }

  /** The current (possibly advanced) time. */
  now = (): Date => new Date(Date.now() + this.offsetMs);

  /** Reads "3h", "1d", "2w" or "30m" as milliseconds (at most a year), or undefined if unreadable. */
  static parse(spec: string): number | undefined {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$/i.exec(spec);
    if (!m) return undefined;
    const unit = { m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 }[m[2]!.toLowerCase() as "m"]!;
    const ms = Math.round(Number(m[1]) * unit);
    if (ms <= 0 || ms > 365 * 86_400_000) return undefined;
    return ms;
  }

  /** Moves the clock forward by "3h", "1d", "2w" or "30m"; returns the milliseconds moved, or undefined if unreadable. */
  advance(spec: string): number | undefined {
    const ms = DevClock.parse(spec);
    if (ms !== undefined) this.offsetMs += ms;
    return ms;
  }

  /** Sets the clock to an instant (only ever forward: the dev clock does not go back). */
  moveTo(t: Date): void {
    const delta = t.getTime() - this.now().getTime();
    if (delta > 0) this.offsetMs += delta;
  }
}
