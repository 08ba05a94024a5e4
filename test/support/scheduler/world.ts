import { DateTime } from "luxon";
import { afterEach, expect } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { SendError, type Address, type ChatPort, type Outbound, type Platform, type UserRef } from "../../../src/core/types.js";
import { sweep, type SweepDeps, type SweepResult } from "../../../src/scheduler/sweep.js";
import type { Reminder, ReminderKind } from "../../../src/core/model/reminder.js";
import { Driver, TestClock, tempStore } from "../temp-store.js";
import { GroupWriter } from "../../../src/store/group-writer.js";

/** One nudge as the fake ChatPort received it. */
export interface Delivery {
  at: Date;
  to: Address;
  kind: ReminderKind;
  reminderId: number;
  interviewId: number;
  message: Outbound;
}

/** What the fake port does with the next send: deliver it, or fail like a platform would. */
export type PortBehaviour = (to: Address, msg: Outbound) => void | SendError;

/** A real store, the real Coach and the real sweep, with a settable clock and a recording ChatPort on every platform. */
export function makeWorld(at: string) {
  const t = tempStore();
  const clock = new TestClock(new Date(at));
  const coach = new Coach({ store: t.store, clock: clock.now, defaultTz: "UTC" });
  const deliveries: Delivery[] = [];
  let behaviour: PortBehaviour = () => undefined;
  const port = (platform: Platform): ChatPort => ({
    platform,
    async send(to, message, meta) {
      const failure = behaviour(to, message);
      if (failure) throw failure;
      // The sweeper names the reminder each send is for.
      const r = t.store.reminders.byId(meta!.reminderId!)!;
      deliveries.push({ at: clock.now(), to, kind: r.kind, reminderId: r.id, interviewId: r.interviewId, message });
      return { id: `m-${deliveries.length}` };
    },
  });
  const deps: SweepDeps = {
    store: t.store,
    writer: new GroupWriter(t.store),
    holder: "test-sweeper",
    ports: { slack: port("slack"), teams: port("teams"), console: port("console") },
    random: () => 0.5,
    coach,
  };
  let n = 0;
  const zones = new Map<string, string>();

  const world = {
    ...t,
    clock,
    coach,
    deps,
    deliveries,
    /** Makes the fake port fail (return a SendError) or deliver; default delivers. */
    setPort(b: PortBehaviour) {
      behaviour = b;
    },
    /** A user in a zone, driving the real engine. */
    user(name: string, tz: string, platform: Platform = "slack"): Driver {
      const ref: UserRef = { platform, tenant: "T1", user: `${name}-${++n}` };
      zones.set(`${platform}:T1:${ref.user}`, tz);
      return new Driver(coach, ref, clock, tz);
    },
    /** The stored user row of a driver. */
    row(d: Driver) {
      return t.store.users.find(d.from)!;
    },
    /** The user's newest interview. */
    interview(d: Driver) {
      const u = world.row(d);
      return t.store.interviews.load(u.id, t.store.interviews.list(u.id)[0]!.id)!;
    },
    /** Every reminder row of the user's newest interview. */
    rows(d: Driver) {
      return t.store.reminders.allFor(world.interview(d).id);
    },
    /** One sweep at the clock's time (or at `iso`, moving the clock there). */
    async sweepNow(iso?: string): Promise<SweepResult> {
      if (iso) clock.set(iso);
      return sweep(deps, clock.now());
    },
    /** Sweeps every `stepMin` minutes of simulated time until `iso` (inclusive); returns what was delivered meanwhile. */
    async runUntil(iso: string, stepMin = 30): Promise<Delivery[]> {
      const from = deliveries.length;
      const end = new Date(iso).getTime();
      const step = stepMin * 60_000;
      // Steps sit on a fixed grid (every :00 and :30 for 30 minutes), wherever the clock was left.
      for (let t = Math.floor(clock.now().getTime() / step) * step + step; t <= end; t += step) {
        clock.set(new Date(t).toISOString());
        await sweep(deps, clock.now());
      }
      if (clock.now().getTime() < end) await world.sweepNow(iso);
      return deliveries.slice(from);
    },
    /** Deliveries that reached a user outside 09:00–19:00 in their own zone (should be none). */
    outsideHours(): string[] {
      return deliveries.filter((x) => zones.has(x.to) && !inNudgeHours(x.at, zones.get(x.to)!)).map((x) => `${x.kind} to ${x.to} at ${local(x.at, zones.get(x.to)!)}`);
    },
    /** Deliveries to one user. */
    to(d: Driver): Delivery[] {
      return deliveries.filter((x) => x.to === `${d.from.platform}:${d.from.tenant}:${d.from.user}`);
    },
  };
  return world;
}

/** The local wall-clock time of a delivery in a zone, e.g. "Wed 2026-10-14 09:00". */
export function local(at: Date, tz: string): string {
  return DateTime.fromJSDate(at, { zone: tz }).toFormat("ccc yyyy-LL-dd HH:mm");
}

/** True when the instant falls inside 09:00–19:00 in the zone. */
export function inNudgeHours(at: Date, tz: string, start = 9 * 60, end = 19 * 60): boolean {
  const t = DateTime.fromJSDate(at, { zone: tz });
  const m = t.hour * 60 + t.minute;
  return m >= start && m < end;
}

/** A local wall-clock time in a zone, as a UTC ISO string for the clock. */
export function at(localIso: string, tz: string): string {
  return DateTime.fromISO(localIso, { zone: tz }).toUTC().toISO()!;
}

/** The letter blocks of a message. */
export function lettersOf(m: Outbound) {
  return m.blocks.filter((b): b is Extract<Outbound["blocks"][number], { type: "letter" }> => b.type === "letter");
}

/** A made world, as the tests use it. */
export type World = ReturnType<typeof makeWorld>;

/**
 * For one test file: makes worlds that are cleaned up after each test, and after each test checks
 * that no nudge reached anyone outside their nudge hours, whatever the test itself asserted.
 */
export function worldsPerTest(): (at: string) => World {
  const worlds: World[] = [];
  afterEach(() => {
    const made = worlds.splice(0);
    try {
      expect(made.flatMap((w) => w.outsideHours())).toEqual([]);
    } finally {
      for (const w of made) w.cleanup();
    }
  });
  return (at) => {
    const w = makeWorld(at);
    worlds.push(w);
    return w;
  };
}
