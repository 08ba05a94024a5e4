// A sweep's writes share disk flushes: a sent nudge's record goes in the same group commit as the
// next user's render, so a sweep costs about one commit per nudge, not two, and every send is
// still recorded before the sweep ends.
import { describe, expect, it } from "vitest";
import { seedDue, statuses } from "../../support/scheduler/seed.js";
import { worldsPerTest } from "../../support/scheduler/world.js";

const newWorld = worldsPerTest();
const T0 = new Date("2026-11-18T12:00:00Z");

describe("a sweep's commits", () => {
  it("record each sent nudge in the commit that renders the next user's, and every one is recorded when the sweep ends", async () => {
    const w = newWorld(T0.toISOString());
    const nudges = 8;
    const ids = seedDue(w.store, nudges, [["reflect", new Date(T0.getTime() - 60_000)]], T0);
    Object.assign(w.deps, { concurrency: 1 });
    let commits = 0;
    const write = w.store.write.bind(w.store);
    w.store.write = <T>(fn: () => T): T => {
      commits++;
      return write(fn);
    };
    const result = await w.sweepNow();
    expect(result).toMatchObject({ sent: nudges, duplicates: 0, retried: 0, dead: 0 });
    expect(w.deliveries.map((d) => d.reminderId)).toEqual(ids);
    expect(statuses(w.store).map((r) => [r.id, r.status, r.claimed_by])).toEqual(ids.map((id) => [id, "sent", "test-sweeper"]));
    // Pruning delivery ids, the claim, the first render, then one commit per nudge (its record with
    // the next render; the last record alone). One render and one record each would be 2 × 8 + 2.
    expect(commits).toBe(nudges + 3);
  });
});
