// The contract between the engine and a chat adapter: what an adapter is given and what it hands back.
import type { CoachApi } from "./coach-api.js";
import type { ChatPort, Clock } from "./types.js";

/** What every adapter is given: the engine (its only way to the user's data) and the time. */
export interface AdapterBase {
  coach: CoachApi;
  clock: Clock;
}

/** A running chat adapter. */
export interface AdapterHandle {
  /** Delivers proactive nudges for this platform. */
  port: ChatPort;
  /** Connects (Socket Mode) or finishes set-up; called once the HTTP server listens. */
  start(): Promise<void>;
  /** Stops accepting new work and closes connections. */
  stop(): Promise<void>;
}

/** What one sweep did, as an adapter that runs sweeps itself (the terminal's dev clock) sees it. */
export interface SweepSummary {
  sent: number;
}

/** Runs the sweeper once at a given time, delivering through this process's ports: the server's cron tick and the terminal's /advance. */
export type SweepOnce = (now: Date) => Promise<SweepSummary>;
