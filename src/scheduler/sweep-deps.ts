import { performance } from "node:perf_hooks";
import type { Coach } from "../core/coach.js";
import type { ChatPort, Platform } from "../core/types.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { isLockedFailure } from "../store/classify-storage-error.js";
import type { GroupWriter } from "../store/group-writer.js";

/** What a sweep needs: the store, the coach that renders nudges, and one port per platform. */
export interface SweepDeps {
  store: Store;
  /** The process's one group writer: the sweep's many small writes share commits with each other and with chat turns. */
  writer: GroupWriter;
  coach: Pick<Coach, "prepareNudge" | "afterNudgeSent" | "recipientGone"> & Partial<Pick<Coach, "composeNudgeAhead">>;
  ports: Partial<Record<Platform, ChatPort>>;
  /** Who is claiming (process id + random): claims by others are never finished by us. */
  holder: string;
  logger?: Logger;
  /** Rows claimed per transaction. */
  batchSize?: number;
  /** How long a claim is held before another sweeper may take it over; renewed while the sweep goes on. */
  leaseMs?: number;
  /** Users delivered to at once (each user's nudges stay in due order). */
  concurrency?: number;
  /** Attempts before a transiently failing nudge is given up. */
  maxAttempts?: number;
  random?: () => number;
  /** Milliseconds from a fixed origin, never going back (default: performance.now); how long the sweep has run. */
  elapsed?: () => number;
}

/** What one sweep did. */
export interface SweepResult {
  sent: number;
  skipped: number;
  deferred: number;
  retried: number;
  dead: number;
  /** Held because their platform refused Afterword's credentials (no attempt used). */
  held: number;
  /** Sends that went out after another sweeper had taken the claim over: that nudge may arrive twice. */
  duplicates: number;
  /** For --dry-run: what would be sent. */
  planned: { reminderId: number; kind: string; to: string; text: string }[];
}

/** The defaults of the optional SweepDeps. */
export const DEFAULTS = { batchSize: 500, leaseMs: 5 * 60_000, concurrency: 16, maxAttempts: 8 };

/**
 * The sweep's time: `now` as given (the planning time: real, injected, or `--now`) moved on by
 * the real time the sweep has taken, so leases renewed late in a long sweep reach past its start.
 */
export function sweepClock(deps: SweepDeps, now: Date): () => number {
  const elapsed = deps.elapsed ?? (() => performance.now());
  const origin = elapsed();
  return () => now.getTime() + Math.max(0, Math.round(elapsed() - origin));
}

/**
 * One write transaction, tried again (after a short async pause) while another process holds the
 * database lock beyond the busy timeout: a sweep shares the file with a server, the CLI and other sweeps.
 */
export async function write<T>(deps: SweepDeps, fn: () => T, tries = 6): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await deps.writer.write(fn);
    } catch (err) {
      if (i >= tries - 1 || !isLockedFailure(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.round(25 * 2 ** i * (0.5 + (deps.random ?? Math.random)()))));
    }
  }
}
