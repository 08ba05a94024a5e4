// Processes sweeping the same database at the same moment never send the same nudge twice.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULTS } from "../../../src/scheduler/sweep-deps.js";
import { Store } from "../../../src/store/store.js";
import { until } from "../../support/until.js";
import { SWEEP_CHILD, idsIn, killAll, runNode, startNode } from "../../support/scheduler/child.js";
import { seedDue, statuses } from "../../support/scheduler/seed.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-two-"));
});
afterAll(() => {
  killAll();
  rmSync(dir, { recursive: true, force: true });
});

const T0 = new Date("2026-11-18T12:00:00Z");
let run = 0;

/** Seeds 300 users with one due nudge each, starts `n` sweepers that wait for one another, and lets them go at once. */
async function sweepTogether(n: number, extra: Record<string, string | undefined>) {
  const tag = `run${++run}`;
  const db = join(dir, `${tag}.db`);
  const store = Store.open(db);
  const all = seedDue(store, 300, [["reflect", new Date(T0.getTime() - 60_000)]], T0);
  store.close();
  const go = join(dir, `${tag}.go`);
  const procs = Array.from({ length: n }, (_, i) => {
    const name = `${tag}-p${i + 1}`;
    const out = join(dir, `${name}.ids`);
    const ready = join(dir, `${name}.ready`);
    return { name, out, ready, child: startNode(SWEEP_CHILD, [], { DB: db, NOW: T0.toISOString(), OUT: out, HOLDER: name, READY: ready, GO: go, ...extra }, 60_000) };
  });
  // Every sweeper is up, with the database open, before any may sweep.
  await until(() => procs.every((p) => existsSync(p.ready)), "the sweepers to start");
  writeFileSync(go, "go");
  for (const p of procs) expect((await p.child.exited).code, p.child.err()).toBe(0);
  return { db, all, procs, delivered: procs.map((p) => idsIn(p.out)) };
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe("sweepers on one database", () => {
  it.each([
    { label: "small batches, so claims interleave", env: { BATCH: "10" } },
    { label: "the default batch size", env: {} },
  ])("two at once, 300 due nudges, $label: all delivered, none twice", async ({ env }) => {
    const { db, all, procs, delivered } = await sweepTogether(2, env);
    const everything = delivered.flat();
    expect(new Set(everything).size, "no reminder id delivered twice").toBe(everything.length);
    expect(sorted(everything)).toEqual(sorted(all));

    const check = Store.open(db);
    try {
      expect(check.db.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = statuses(check);
      expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(true);
      // Each process delivered exactly the rows it had claimed.
      procs.forEach((p, i) => expect(sorted(rows.filter((r) => r.claimed_by === p.name).map((r) => r.id))).toEqual(sorted(delivered[i]!)));
    } finally {
      check.close();
    }
  });

  it("four at once with a 2 ms busy timeout: lock contention ends sweeps early but never doubles or strands a nudge", async () => {
    const { db, all, delivered } = await sweepTogether(4, { BATCH: "10", BUSY_MS: "2" });
    const first = delivered.flat();
    expect(new Set(first).size).toBe(first.length);

    // Whatever a busy database left is still due, or, when even recording a row's render failed on
    // every try (how often depends on how busy the machine is), still claimed by the sweep that gave
    // up on it until its lease ends: never sent, so late but not lost.
    let check = Store.open(db);
    const left = statuses(check);
    check.close();
    expect(sorted(left.filter((r) => r.status === "sent").map((r) => r.id))).toEqual(sorted(first));
    expect(left.filter((r) => r.status === "sending" && first.includes(r.id)), "a claim left behind was sent").toEqual([]);
    // One more sweep, once every lease the busy sweeps took has run out, delivers the rest once.
    const out = join(dir, "after-contention.ids");
    await runNode(SWEEP_CHILD, [], { DB: db, NOW: new Date(T0.getTime() + DEFAULTS.leaseMs + 60_000).toISOString(), OUT: out, HOLDER: "last" }, 30_000);
    const everything = [...first, ...idsIn(out)];
    expect(new Set(everything).size, "no reminder id delivered twice").toBe(everything.length);
    expect(sorted(everything)).toEqual(sorted(all));
    check = Store.open(db);
    try {
      expect(check.db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(statuses(check).every((r) => r.status === "sent")).toBe(true);
    } finally {
      check.close();
    }
  });
});
