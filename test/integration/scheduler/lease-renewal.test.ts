// A long sweep keeps its claims: every third of a lease (in the sweep's own elapsed time, injected
// here) it renews what it has not sent yet, so another sweeper arriving after the first lease would
// have run out finds nothing to take over.
import { describe, expect, it } from "vitest";
import { seedDue } from "../../support/scheduler/seed.js";
import { worldsPerTest } from "../../support/scheduler/world.js";

const newWorld = worldsPerTest();
const T0 = new Date("2026-11-18T12:00:00Z");
const LEASE = 60_000;

describe("claims during a long sweep", () => {
  it("are renewed while the sweep goes on, so another sweeper cannot take over what is still to be sent", async () => {
    const w = newWorld(T0.toISOString());
    const ids = seedDue(w.store, 6, [["reflect", new Date(T0.getTime() - 60_000)]], T0);
    let elapsed = 0;
    const takenOver: number[] = [];
    // Each send takes 25 s of the sweep's time; during it another sweeper, at that moment, tries to claim.
    w.setPort(() => {
      elapsed += 25_000;
      const at = T0.getTime() + elapsed;
      takenOver.push(...w.store.write(() => w.store.reminders.claimDue(at, 100, LEASE, "other-sweeper")).map((r) => r.id));
      return undefined;
    });
    Object.assign(w.deps, { leaseMs: LEASE, concurrency: 1, elapsed: () => elapsed });
    const result = await w.sweepNow();
    // Before, every claim still unsent after 60 s was taken over (and sent twice).
    expect(takenOver).toEqual([]);
    expect(result).toMatchObject({ sent: 6, duplicates: 0 });
    expect(w.deliveries.map((d) => d.reminderId)).toEqual(ids);
  });
});
