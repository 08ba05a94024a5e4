// The operator's commands on the built CLI, against a real database: `sweep --now [--dry-run]` and `reminders`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Driver } from "../../support/temp-store.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { MAIN, killAll, runNode, startNode } from "../../support/scheduler/child.js";
import { at, makeWorld } from "../../support/scheduler/world.js";

const LONDON = "Europe/London";
const LA = "America/Los_Angeles";
let w: ReturnType<typeof makeWorld>;

beforeAll(() => {
  // Sam in London on the terminal, Ana in Los Angeles on Slack: both interviewed on Tuesday 17 Nov 2026.
  w = makeWorld(at("2026-11-17T15:00", LONDON));
  const sam = new Driver(w.coach, { platform: "console", tenant: "local", user: "sam" }, w.clock, LONDON);
  quickDebrief(sam, { company: "Acme", when: "today 10am" });
  w.clock.set(at("2026-11-17T15:00", LA));
  const ana = new Driver(w.coach, { platform: "slack", tenant: "T1", user: "U1" }, w.clock, LA);
  quickDebrief(ana, { company: "Globex", when: "today 10am" });
});
afterAll(() => {
  killAll();
  w.cleanup();
});

const cli = (...args: string[]) => runNode(MAIN, args, { DATABASE_PATH: w.path }, 30_000);
const snapshot = () => ({
  reminders: w.store.db.prepare("SELECT * FROM reminders ORDER BY id").all(),
  letters: w.store.db.prepare("SELECT id, status, body FROM letters ORDER BY id").all(),
  conversations: w.store.db.prepare("SELECT * FROM conversations ORDER BY user_ref").all(),
  interviews: w.store.db.prepare("SELECT id, status FROM interviews ORDER BY id").all(),
});

describe("afterword reminders", () => {
  it("lists every pending nudge, soonest first, in its user's own local time", async () => {
    const lines = (await cli("reminders")).trim().split("\n");
    expect(lines).toEqual([
      "Tuesday 17 Nov, 18:00 (Europe/London)  Look back and reflect  Staff Engineer at Acme  console:local:sam  [reminder 1]",
      "Tuesday 17 Nov, 18:00 (America/Los_Angeles)  Look back and reflect  Staff Engineer at Globex  slack:T1:U1  [reminder 4]",
      "Wednesday 18 Nov, 09:00 (Europe/London)  Send your thank-you notes  Staff Engineer at Acme  console:local:sam  [reminder 2]",
      "Wednesday 18 Nov, 09:00 (America/Los_Angeles)  Send your thank-you notes  Staff Engineer at Globex  slack:T1:U1  [reminder 5]",
      "Tuesday 1 Dec, 09:00 (Europe/London)  Check in, once  Staff Engineer at Acme  console:local:sam  [reminder 3]",
      "Tuesday 1 Dec, 09:00 (America/Los_Angeles)  Check in, once  Staff Engineer at Globex  slack:T1:U1  [reminder 6]",
    ]);
  });

  it("--user lists one user's schedule, and says so when nothing is stored for them", async () => {
    const lines = (await cli("reminders", "--user", "console:local:sam")).trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/\(Europe\/London\) .* console:local:sam /);
    expect((await cli("reminders", "--user", "slack:T1:nobody")).trim()).toBe("No data is stored for slack:T1:nobody.");
  });
});

describe("afterword sweep", () => {
  // 10:00 in London (Sam's reflect and thank-you are due), 02:00 in Los Angeles (Ana's reflect waits for morning).
  const NOW = "2026-11-18T10:00:00Z";

  it("--dry-run prints what would be sent and changes nothing", async () => {
    const before = snapshot();
    const out = (await cli("sweep", "--now", NOW, "--dry-run")).trim().split("\n");
    // Sam's reflect and thank-you, due together, would go out as one message; the thank-you waits in it.
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^would send reflect \(reminder 1\) to console:local:sam: Two follow-up steps for Acme, in order\.$/);
    expect(out[1]).toBe("1 would be sent, 0 skipped, 2 deferred (dry run: nothing changed)");
    expect(snapshot()).toEqual(before);
  });

  it("without --dry-run and without chat credentials, defers (never loses) what it cannot deliver; a sweeper with a port sends it once", async () => {
    const out = (await cli("sweep", "--now", NOW)).trim();
    expect(out).toBe("0 sent, 0 skipped, 3 deferred, 0 to retry, 0 failed for good");
    const row = (id: number) => w.store.reminders.byId(id)!;
    const t = Date.parse(NOW);
    // Sam's nudges wait a minute for a process that can reach the terminal; Ana's wait for 09:00 her time.
    expect(row(1)).toMatchObject({ status: "pending", attempts: 0, dueAt: Date.parse(at("2026-11-17T18:00", LONDON)), leaseUntil: t + 60_000, lastError: "no console port here" });
    // Sam's thank-you is held behind the reflect it goes out with.
    expect(row(2)).toMatchObject({ status: "pending", attempts: 0, joinedTo: 1 });
    expect(row(4)).toMatchObject({ status: "pending", attempts: 0, leaseUntil: Date.parse(at("2026-11-18T09:00", LA)), lastError: "quiet hours" });
    expect(row(5).status).toBe("pending");
    expect(row(5).leaseUntil).toBeNull();

    // The same database swept in-process with a console port, two minutes later: one message, in order, delivered once.
    await w.sweepNow(new Date(t + 120_000).toISOString());
    expect(w.deliveries.map((d) => [d.to, d.kind])).toEqual([["console:local:sam", "reflect"]]);
    expect(w.deliveries[0]!.message.text).toBe("Two follow-up steps for Acme, in order.");
    expect([row(1).status, row(2).status]).toEqual(["sent", "sent"]);
    expect((await w.sweepNow(new Date(t + 180_000).toISOString())).sent).toBe(0);
  });

  it("refuses to run without --now, naming the fix", async () => {
    const c = startNode(MAIN, ["sweep"], { DATABASE_PATH: w.path }, 30_000);
    expect((await c.exited).code).toBe(1);
    expect(c.err()).toMatch(/sweep needs --now with an ISO time/);
  });
});
