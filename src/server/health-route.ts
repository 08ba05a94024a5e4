import type { Request, Response } from "express";
import type { Store } from "../store/store.js";

/** GET /healthz: database reachable, last sweep time and outcome, which adapters are on. */
export function healthRoute(store: Store, adapters: Record<string, string>) {
  return (_req: Request, res: Response) => {
    try {
      store.db.prepare("SELECT 1").get();
      const lastSweep = store.leases.fact("last_sweep") ?? null;
      res.json({ ok: true, database: "ok", lastSweep, adapters });
    } catch (err) {
      res.status(503).json({ ok: false, database: (err as Error).message, adapters });
    }
  };
}
