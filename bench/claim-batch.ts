// Figure 4a: claiming a batch of 500 due reminders in one write transaction, as the sweeper does.
import { Store } from "../src/store/store.js";
import type { SeedLayout } from "./seed-reminders.js";
import { median } from "./stats.js";

/** Milliseconds to claim 500 due rows: median over runs, and the first (cold cache) run alone. */
export interface ClaimResult {
  medianMs: number;
  firstMs: number;
  runs: number;
}

/** Claims 500 due rows `runs` times on a seeded database, putting them back (untimed) after each. */
export function measureClaim(path: string, layout: SeedLayout, runs = 7): ClaimResult {
  const store = Store.open(path);
  const reset = store.db.prepare("UPDATE reminders SET status = 'pending', lease_until = NULL, claimed_by = NULL, attempts = 0 WHERE status = 'sending'");
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const start = process.hrtime.bigint();
      const claimed = store.write(() => store.reminders.claimDue(layout.now, 500, 5 * 60_000, "bench-claim"));
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (claimed.length !== Math.min(500, layout.due)) throw new Error(`claimed ${claimed.length} rows, expected 500`);
      store.write(() => reset.run());
    }
  } finally {
    store.close();
  }
  return { medianMs: median(times), firstMs: times[0]!, runs };
}
