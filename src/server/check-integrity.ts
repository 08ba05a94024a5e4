import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { Logger } from "../logger.js";
import { classifyStorageError } from "../store/classify-storage-error.js";
import type { StorageMonitor } from "./storage-monitor.js";

/** Where the background integrity check stands. */
export type IntegrityState = "checking" | "ok" | "failed" | "not checked";

/** A running background integrity check. */
export interface IntegrityCheck {
  state(): IntegrityState;
  /** Stops a check still running (shutdown). */
  stop(): Promise<void>;
}

// Runs in a worker thread on its own read-only connection, so the check never holds the server's
// event loop; in WAL mode it reads one snapshot while the server goes on writing.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const started = Date.now();
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma("quick_check(20)", { simple: false }).map((r) => r.quick_check);
  db.close();
  parentPort.postMessage({ ok: rows.length === 1 && rows[0] === "ok", problems: rows, ms: Date.now() - started });
} catch (err) {
  parentPort.postMessage({ error: { message: String(err && err.message), code: err && err.code }, ms: Date.now() - started });
}`;

type Outcome = { ok: boolean; problems: string[]; ms: number } | { error: { message: string; code?: string }; ms: number };

/** How long after listening the check starts: the first requests and the first sweep go first. */
const START_DELAY_MS = 1_000;

/**
 * Checks the database's pages once after start (`PRAGMA quick_check`: every b-tree page and the
 * free list, in about half a second for a million reminders) without delaying readiness: it
 * starts a second after the server listens, in a worker thread on its own read-only connection.
 * Damage found is reported to the storage monitor (/healthz answers 503 `corrupt`) and logged.
 * `afterword doctor` runs the full `integrity_check`, indexes against their tables included.
 */
export function startIntegrityCheck(path: string, monitor: StorageMonitor, logger: Logger): IntegrityCheck {
  if (path === ":memory:") return { state: () => "not checked", stop: async () => undefined };
  let state: IntegrityState = "checking";
  let worker: Worker | undefined;
  let done: Promise<void> = Promise.resolve();
  const report = (code: string, problems: string[], ms: number) => {
    state = "failed";
    const failure = classifyStorageError({ code })!;
    logger.error({ problems: problems.slice(0, 5), ms, hint: failure.hint }, "database integrity check failed");
    monitor.failed(failure);
  };
  const onOutcome = (outcome: Outcome) => {
    if ("error" in outcome) {
      const failure = classifyStorageError(outcome.error);
      if (failure?.condition === "corrupt") return report(failure.code, [outcome.error.message], outcome.ms);
      state = "not checked";
      logger.warn({ err: outcome.error.message, code: outcome.error.code }, "database integrity check could not run");
      return;
    }
    if (!outcome.ok) return report("SQLITE_CORRUPT", outcome.problems, outcome.ms);
    state = "ok";
    logger.info({ ms: outcome.ms }, "database integrity check passed");
  };
  const timer = setTimeout(() => {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    worker = new Worker(WORKER, { eval: true, workerData: { path, driver } });
    worker.unref();
    done = new Promise<void>((resolve) => worker!.once("exit", () => resolve()));
    worker.once("message", onOutcome);
  }, START_DELAY_MS);
  timer.unref();
  return {
    state: () => state,
    async stop() {
      clearTimeout(timer);
      await worker?.terminate();
      await done;
    },
  };
}
