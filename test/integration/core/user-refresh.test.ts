// A turn stores what the platform told of its user only when it says something new: most turns
// write no user row, and nothing the platform reports is lost by that.
import { afterEach, describe, expect, it } from "vitest";
import type { Inbound, UserRef } from "../../../src/core/types.js";
import { tempCoach } from "../../support/temp-store.js";

const from: UserRef = { platform: "slack", tenant: "T1", user: "U1" };
let seq = 0;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const t = tempCoach("2026-11-17T15:00:00Z", "UTC");
  cleanup = t.cleanup;
  const row = () => t.store.db.prepare("SELECT display_name AS name, address, tz, tz_checked_at AS checkedAt, stopped FROM users WHERE user_id = 'U1'").get() as Record<string, unknown>;
  // Every UPDATE of a users row, counted by SQLite itself.
  t.store.db.exec("CREATE TEMP TABLE user_updates (n INTEGER); INSERT INTO user_updates VALUES (0)");
  t.store.db.exec("CREATE TEMP TRIGGER count_user_updates AFTER UPDATE ON main.users BEGIN UPDATE user_updates SET n = n + 1; END");
  const updates = () => (t.store.db.prepare("SELECT n FROM user_updates").get() as { n: number }).n;
  const writes = () => (t.store.db.prepare("SELECT total_changes() AS n").get() as { n: number }).n;
  const say = (text: string, facts: { tz?: string; displayName?: string; address?: string } = {}) =>
    t.coach.handle({ from, at: t.clock.now(), id: `ev-${++seq}`, kind: "text", text, address: "slack:T1:D1", ...facts } as Inbound);
  return { ...t, row, updates, writes, say };
}

describe("refreshing the user on each turn", () => {
  it("writes no user row when the platform repeats what is stored, and re-stamps a repeated zone once an hour", () => {
    const s = setup();
    s.say("hello", { tz: "Europe/Berlin", displayName: "Sam" });
    const first = s.row();
    expect(first).toMatchObject({ name: "Sam", address: "slack:T1:D1", tz: "Europe/Berlin", checkedAt: s.clock.t.getTime() });

    // The same facts a minute later: the user row is read, not written.
    s.clock.advance(60_000);
    const updatesBefore = s.updates();
    const writesBefore = s.writes();
    s.say("still me", { tz: "Europe/Berlin", displayName: "Sam" });
    s.say("and again");
    expect(s.updates()).toBe(updatesBefore);
    expect(s.row()).toEqual(first);
    expect(s.writes()).toBeGreaterThan(writesBefore); // the turns themselves were stored (deliveries, conversation)

    // An hour after the last stamp, the repeated zone is stamped again (a day-old stamp asks Slack anew).
    s.clock.advance(60 * 60_000);
    s.say("an hour on", { tz: "Europe/Berlin" });
    expect(s.updates()).toBe(updatesBefore + 1);
    expect(s.row()).toMatchObject({ tz: "Europe/Berlin", checkedAt: s.clock.t.getTime() });

    // Anything new is written at once: a new name, a new zone.
    s.say("renamed", { displayName: "Sam R." });
    expect(s.row()).toMatchObject({ name: "Sam R." });
    s.say("moved", { tz: "America/New_York" });
    expect(s.row()).toMatchObject({ tz: "America/New_York", checkedAt: s.clock.t.getTime() });
    expect(s.updates()).toBe(updatesBefore + 3);
  });

  it("lifts a stop when the user reaches us again at the same address", () => {
    const s = setup();
    s.say("hello");
    s.store.write(() => s.store.users.stop(s.store.users.find(from)!.id, "account_inactive"));
    expect(s.row().stopped).toBe("account_inactive");
    s.say("I'm back");
    expect(s.row().stopped).toBeNull();
  });
});
