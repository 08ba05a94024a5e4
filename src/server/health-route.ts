import { statfsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Request, Response } from "express";
import type { CredentialHold } from "../store/credential-holds.js";
import type { Store } from "../store/store.js";
import { classifyStorageError } from "../store/classify-storage-error.js";
import type { IntegrityState } from "./check-integrity.js";
import type { StorageMonitor } from "./storage-monitor.js";

/** Below this much free space on the database's disk, /healthz says `disk: "low"`. */
export const LOW_DISK_BYTES = 100 * 1024 * 1024;

function diskFree(databasePath: string): { diskFreeMb?: number; disk?: "ok" | "low" } {
  if (databasePath === ":memory:") return {};
  try {
    const s = statfsSync(dirname(resolve(databasePath)));
    const free = Number(s.bavail) * Number(s.bsize);
    return { diskFreeMb: Math.floor(free / (1024 * 1024)), disk: free < LOW_DISK_BYTES ? "low" : "ok" };
  } catch {
    return {};
  }
}

/** What /healthz reads besides the store and the monitor. */
export interface HealthSources {
  adapters: Record<string, string>;
  databasePath: string;
  /** Where the background integrity check stands. */
  integrity: () => IntegrityState;
}

/**
 * GET /healthz: 200 when the database can be read and written, 503 otherwise. Fields: `database`
 * ("ok" or what is wrong: locked, read-only, full, io-error, corrupt), `integrity` (the check run
 * after start: checking, ok, failed), `storage` (since when, how many reads and writes failed,
 * what to do), `lastSweep` (time and outcome), `adapters`, `credentials` (platforms whose nudges
 * are held because they refused Afterword's credentials), free disk.
 */
export function healthRoute(store: Store, monitor: StorageMonitor, sources: HealthSources) {
  const { adapters } = sources;
  return (_req: Request, res: Response) => {
    const disk = diskFree(sources.databasePath);
    const integrity = sources.integrity();
    let lastSweep: unknown = null;
    let held: CredentialHold[] = [];
    try {
      lastSweep = store.leases.fact("last_sweep") ?? null;
      held = store.credentialHolds.list();
    } catch (err) {
      monitor.noticeError(err);
      const failure = classifyStorageError(err);
      res.status(503).json({ ok: false, database: failure?.condition ?? "unreadable", code: failure?.code, integrity, storage: monitor.state(), adapters, ...disk });
      return;
    }
    // A lock or a read-only flag clears without any write: look again rather than wait for traffic.
    monitor.recheck(store.db);
    const storage = monitor.state();
    // Refused credentials hold nudges but not the server: said in `ok` and `credentials`, not in the status.
    const credentials = held.length ? { credentials: held.map((h) => ({ ...h, since: new Date(h.since).toISOString(), checkedAt: new Date(h.checkedAt).toISOString() })) } : {};
    if (storage.ok) {
      res.json({ ok: held.length === 0, database: "ok", integrity, lastSweep, adapters, ...credentials, ...disk });
      return;
    }
    res.status(503).json({ ok: false, database: storage.condition, integrity, storage, lastSweep, adapters, ...credentials, ...disk });
  };
}
