import type Database from "better-sqlite3";
import { prepared } from "./prepared.js";

/** Named leases (one sweeper per deployment) and small operator facts (last sweep). */
export class Leases {
  constructor(private readonly db: Database.Database) {}

  /** Takes or renews a lease; true when this holder has it until `now + ttlMs`. */
  acquire(name: string, holder: string, ttlMs: number, now: number): boolean {
    return (
      prepared(this.db,
          `INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @until)
           ON CONFLICT (name) DO UPDATE SET holder = @holder, expires_at = @until
           WHERE leases.holder = @holder OR leases.expires_at <= @now`,
        )
        .run({ name, holder, until: now + ttlMs, now }).changes === 1
    );
  }

  /** Gives a lease up so another process can take it at once. */
  release(name: string, holder: string): void {
    prepared(this.db, "DELETE FROM leases WHERE name = ? AND holder = ?").run(name, holder);
  }

  /** Who holds a lease now, if anyone. */
  holder(name: string, now: number): string | undefined {
    const row = prepared(this.db, "SELECT holder FROM leases WHERE name = ? AND expires_at > ?").get(name, now) as { holder: string } | undefined;
    return row?.holder;
  }

  /** Records an operator fact. */
  setFact(name: string, value: unknown, now: number): void {
    prepared(this.db, "INSERT INTO facts (name, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
      .run(name, JSON.stringify(value), now);
  }

  /** Reads an operator fact. */
  fact(name: string): unknown {
    const row = prepared(this.db, "SELECT value FROM facts WHERE name = ?").get(name) as { value: string } | undefined;
    return row ? JSON.parse(row.value) : undefined;
  }
}
