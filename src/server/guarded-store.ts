import type Database from "better-sqlite3";
import { Store } from "../store/store.js";
import type { StorageMonitor } from "./storage-monitor.js";

/**
 * The server's store: every write transaction reports to the StorageMonitor, and while the
 * database is locked by another process a write fails at once instead of holding the event loop
 * for the busy timeout again. Nested writes join the outer transaction as before.
 */
export class GuardedStore extends Store {
  constructor(
    db: Database.Database,
    private readonly monitor: StorageMonitor,
  ) {
    super(db);
  }

  /** A turn or sweeper write that failed within a group commit counts as a failed write, as it did on its own. */
  override groupItemFailed(error: unknown): void {
    this.monitor.failed(error);
  }

  override write<T>(fn: () => T): T {
    if (this.db.inTransaction) return fn();
    try {
      if (this.monitor.locked) this.monitor.probe(this.db);
      const result = super.write(fn);
      this.monitor.succeeded(this.db);
      return result;
    } catch (err) {
      this.monitor.failed(err);
      throw err;
    }
  }
}
