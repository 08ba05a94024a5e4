// Figure 4b: sweep() delivering every due nudge of a seeded database (10,000 reflect nudges, or
// 1,000 thank-you nudges whose letters are drafted and checked) through a ChatPort that answers at once.
import { Coach } from "../src/core/coach.js";
import type { ChatPort } from "../src/core/types.js";
import { sweep } from "../src/scheduler/sweep.js";
import { Store } from "../src/store/store.js";
import type { SeedLayout } from "./seed-reminders.js";
import { median } from "./stats.js";
import { GroupWriter } from "../src/store/group-writer.js";
import type { GrammarChecker } from "../src/core/letters/index.js";

/** Seconds for sweeps to deliver every due nudge, median over runs. */
export interface DeliverResult {
  medianS: number;
  delivered: number;
  /** Per delivered nudge, milliseconds (median run). */
  perNudgeMs: number;
  runs: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A ChatPort that answers at once, so only Afterword's own work is timed. It answers on the next
 * event-loop turn, as a network reply would, never within the same microtask.
 */
function instantPort(): ChatPort & { sent: number } {
  const port = {
    platform: "slack" as const,
    sent: 0,
    async send() {
      port.sent++;
      await nextTurn();
      return { id: String(port.sent) };
    },
  };
  return port;
}

/** Puts the reflect nudges back: pending again, the reflect conversations they opened gone. */
export function resetReflect(store: Store): void {
  store.write(() => {
    store.db.prepare("UPDATE reminders SET status = 'pending', sent_at = NULL, lease_until = NULL, claimed_by = NULL, attempts = 0 WHERE status = 'sent'").run();
    store.db.prepare("DELETE FROM conversations").run();
  });
}

/**
 * Runs sweep() at the seed's `now` until nothing is due, `runs` times, putting the world back
 * (untimed) in between with `reset`; `grammar` is the checker the server would have loaded.
 */
export async function measureDelivery(
  path: string,
  layout: Pick<SeedLayout, "now" | "due">,
  runs: number,
  reset: (store: Store) => void,
  grammar?: GrammarChecker,
): Promise<DeliverResult> {
  const store = Store.open(path);
  const coach = new Coach({ store, clock: () => new Date(layout.now), defaultTz: "UTC", ...(grammar ? { grammar } : {}) });
  const times: number[] = [];
  let delivered = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const port = instantPort();
      const start = process.hrtime.bigint();
      const result = await sweep({ store, writer: new GroupWriter(store), coach, ports: { slack: port }, holder: `bench-sweep-${run}` }, new Date(layout.now));
      // Anything committed after the loop turn (a group commit) is part of the work.
      await nextTurn();
      times.push(Number(process.hrtime.bigint() - start) / 1e9);
      if (result.sent !== layout.due || port.sent !== layout.due) {
        throw new Error(`sweep sent ${result.sent} (port saw ${port.sent}), expected ${layout.due}: ${JSON.stringify({ ...result, planned: undefined })}`);
      }
      delivered = result.sent;
      reset(store);
    }
    await nextTurn();
  } finally {
    store.close();
  }
  const mid = median(times);
  return { medianS: mid, delivered, perNudgeMs: (mid * 1000) / Math.max(1, delivered), runs };
}
