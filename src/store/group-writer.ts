import { performance } from "node:perf_hooks";
import { toStorageError } from "./classify-storage-error.js";
import type { Store } from "./store.js";

/** Thrown inside a group whose every write failed, so it is rolled back rather than committed. */
const NOTHING_COMMITTED = new Error("every write in the group failed");

interface Pending {
  fn: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Coalesces the write transactions asked for within one event-loop turn into a single
 * BEGIN IMMEDIATE … COMMIT, each in its own savepoint so one failure undoes only itself.
 * With synchronous=FULL every commit waits for the disk; the sweeper's many small writes
 * (one render and one outcome per nudge) then share that wait instead of queueing behind it.
 *
 * A group holds the event loop while it runs: it stops taking writes once `budgetMs` of work is
 * done (it always takes one) and commits; the rest go in the next group, after the loop has had
 * a turn. So a burst of turns, or a sweep, never holds the loop for all of its writes at once.
 */
export class GroupWriter {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly store: Store,
    /** Work a group may do before it commits and leaves the rest to the next (milliseconds). */
    private readonly budgetMs = 8,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs `fn` in the next group commit; resolves once that commit is durable. */
  write<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch: Pending[] = [];
    const { db } = this.store;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    const deadline = this.now() + this.budgetMs;
    try {
      // Through store.write, so the server's storage monitor sees every group as it saw single writes.
      this.store.write(() => {
        for (let item = this.queue.shift(); item; item = this.now() < deadline ? this.queue.shift() : undefined) {
          batch.push(item);
          try {
            outcomes.push({ ok: true, value: db.transaction(item.fn)() });
          } catch (error) {
            // Some failures (a full disk, I/O errors) roll the whole group back by themselves:
            // then nothing of it stands, and nothing after it may run outside a transaction.
            if (!db.inTransaction) throw error;
            this.store.groupItemFailed(error);
            outcomes.push({ ok: false, value: error });
          }
        }
        // Nothing to commit: roll back, so the store does not count the group as a write that went through.
        if (!outcomes.some((o) => o.ok)) throw NOTHING_COMMITTED;
      });
    } catch (error) {
      if (error !== NOTHING_COMMITTED) {
        // The group could not begin or commit (the database is busy, the disk full): nothing of it
        // stands. One that could not even begin fails every write waiting, as the next would too.
        for (const item of batch.length ? batch : this.queue.splice(0)) item.reject(error);
        return this.schedule();
      }
    }
    batch.forEach((item, i) => (outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(toStorageError(outcomes[i]!.value))));
    this.schedule();
  }
}
