// A sweeper killed with SIGKILL mid-sweep: a later sweeper finishes the job, and every nudge is delivered
// exactly once, except at most once more for the one whose send was in flight (at most one per user,
// each counted on its row as a possible repeat).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Store } from "../../../src/store/store.js";
import { until } from "../../support/until.js";
import { SWEEP_CHILD, idsIn, killAll, runNode, startNode } from "../../support/scheduler/child.js";
import { seedDue, statuses } from "../../support/scheduler/seed.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-crash-"));
});
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = new Date("2026-11-18T12:00:00Z");
const LEASE_MS = 5 * 60_000;
const at = (ms: number) => new Date(T0.getTime() + ms).toISOString();

describe("a sweeper killed mid-sweep", () => {
  it("loses nothing and repeats at most the one nudge whose send was in flight", async () => {
    const db = join(dir, "afterword.db");
    const store = Store.open(db);
    // 10 users, each with a reflect and a thank-you nudge overdue (of two interviews, so each is its own message): 20 nudges, two per user in due order.
    const all = seedDue(store, 10, [["reflect", new Date(T0.getTime() - 2 * 3_600_000)], ["thanks", new Date(T0.getTime() - 3_600_000)]], T0, { interviewEach: true });
    store.close();
    const common = { DB: db, LEASE_MS: String(LEASE_MS) };

    // First sweeper: its third send records its id, then hangs; then it is killed.
    const outA = join(dir, "a.ids");
    const mark = join(dir, "a.hung");
    const a = startNode(SWEEP_CHILD, [], { ...common, NOW: T0.toISOString(), OUT: outA, HOLDER: "sweeper-a", HANG_AT: "3", HUNG_MARK: mark }, 30_000);
    await until(() => idsIn(outA).length >= 3 && readFileSync(mark, { flag: "a+" }).length > 0, "the third send to hang");
    a.proc.kill("SIGKILL");
    expect((await a.exited).signal).toBe("SIGKILL");
    const deliveredByA = idsIn(outA);
    expect(deliveredByA).toHaveLength(3);
    const inFlight = Number(readFileSync(mark, "utf8"));
    expect(deliveredByA[2]).toBe(inFlight);

    // What the dead process left: two nudges sent, every other one still claimed by it under a lease.
    let check = Store.open(db);
    const left = statuses(check);
    check.close();
    expect(left.filter((r) => r.status === "sent").map((r) => r.id).sort()).toEqual(deliveredByA.slice(0, 2).sort());
    // Leased from the sweep's start, renewed right before each send by the time the sweep had taken (well under a minute).
    const leased = (r: { lease_until: number | null }) => r.lease_until! >= T0.getTime() + LEASE_MS && r.lease_until! < T0.getTime() + LEASE_MS + 60_000;
    expect(left.filter((r) => r.status === "sending").every((r) => r.claimed_by === "sweeper-a" && leased(r))).toBe(true);
    expect(left.find((r) => r.id === inFlight)!.status).toBe("sending");

    // A sweeper a minute later leaves the claims alone: the lease has not expired.
    const outB = join(dir, "b.ids");
    expect(JSON.parse(await runNode(SWEEP_CHILD, [], { ...common, NOW: at(60_000), OUT: outB, HOLDER: "sweeper-b" }, 30_000))).toMatchObject({ sent: 0 });
    expect(idsIn(outB)).toEqual([]);

    // A sweeper after the lease has expired takes every abandoned claim over and finishes.
    const outC = join(dir, "c.ids");
    const resultC = JSON.parse(await runNode(SWEEP_CHILD, [], { ...common, NOW: at(LEASE_MS + 60_000), OUT: outC, HOLDER: "sweeper-c" }, 30_000));
    expect(resultC).toMatchObject({ sent: 18, retried: 0, dead: 0 });

    const deliveries = [...deliveredByA, ...idsIn(outB), ...idsIn(outC)];
    const count = new Map<number, number>();
    for (const id of deliveries) count.set(id, (count.get(id) ?? 0) + 1);
    // Every nudge delivered; the only one delivered twice is the one in flight when the process died.
    expect([...count.keys()].sort((x, y) => x - y)).toEqual([...all].sort((x, y) => x - y));
    expect([...count].filter(([, n]) => n > 1), `only reminder ${inFlight}, in flight at the kill, may repeat`).toEqual([[inFlight, 2]]);

    check = Store.open(db);
    try {
      expect(check.db.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = statuses(check);
      expect(rows.filter((r) => all.includes(r.id)).every((r) => r.status === "sent")).toBe(true);
      // The in-flight window: the sends A had started (at most one per user) are counted on their rows
      // as possible repeats when C sent them again; the one that really went out twice is among them.
      const repeated = check.db.prepare("SELECT id, user_ref AS user FROM reminders WHERE repeats > 0").all() as { id: number; user: number }[];
      expect(repeated.map((r) => r.id)).toContain(inFlight);
      expect(new Set(repeated.map((r) => r.user)).size, "at most one possible repeat per user").toBe(repeated.length);
      expect(check.db.prepare("SELECT MAX(repeats) AS n FROM reminders").get()).toEqual({ n: 1 });
      // What follows each delivered thank-you was planned exactly once: one pending reminder per user.
      const followUps = check.db.prepare("SELECT kind, status, COUNT(*) AS n FROM reminders WHERE id NOT IN (SELECT value FROM json_each(?)) GROUP BY kind, status").all(JSON.stringify(all));
      expect(followUps).toEqual([{ kind: "thanks_again", status: "pending", n: 10 }]);
      // Each user's nudges went out in due order: reflect before thank-you.
      const firstSeen = (id: number) => deliveries.indexOf(id);
      for (let i = 0; i < all.length; i += 2) expect(firstSeen(all[i]!)).toBeLessThan(firstSeen(all[i + 1]!));
    } finally {
      check.close();
    }
  });
});
