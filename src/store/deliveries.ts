import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";
import type { Platform } from "../core/types.js";

/** Delivery ids already applied, so a retried delivery is applied once. */
export class Deliveries {
  constructor(private readonly db: Database.Database) {}

  /** Records a delivery id; false when it was already applied. */
  firstTime(platform: Platform, tenant: string, deliveryId: string, userRef: number | null, now: number): boolean {
    return (
      prepared(this.db, "INSERT OR IGNORE INTO deliveries (platform, tenant, delivery_id, user_ref, seen_at) VALUES (?, ?, ?, ?, ?)")
        .run(platform, tenant, deliveryId, userRef, now).changes === 1
    );
  }

  /** Forgets ids older than the platforms' retry windows. */
  prune(olderThan: number): number {
    return prepared(this.db, "DELETE FROM deliveries WHERE seen_at < ?").run(olderThan).changes;
  }
}
