// Runs the real Teams adapter (botbuilder's CloudAdapter, unauthenticated) inside express on
// 127.0.0.1, as `afterword serve` mounts it, with a given coach.
import express from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { loadConfig, type Config } from "../../../src/config.js";
import type { CoachApi } from "../../../src/core/coach-api.js";
import type { Clock } from "../../../src/core/types.js";
import type { AdapterHandle } from "../../../src/core/adapter-contract.js";
import { createTeamsAdapter } from "../../../adapters/teams/create-teams-adapter.js";
import { WAIT_CAP_MS } from "../until.js";

/** A logger that keeps its JSON lines for assertions. */
export function captureLogger() {
  const lines: Record<string, any>[] = [];
  const logger = pino({ level: "debug" }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { logger, lines };
}

/** Configuration for the unauthenticated emulator mode on loopback. */
export function emulatorConfig(extra: Record<string, string> = {}): Config {
  return loadConfig({ TEAMS_UNAUTHENTICATED: "true", HOST: "127.0.0.1", PORT: "0", DATABASE_PATH: ":memory:", ...extra });
}

export interface TeamsServer {
  url: string;
  handle: AdapterHandle;
  logs: Record<string, any>[];
  /** POSTs an activity to /api/messages and returns the HTTP status and body text. */
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  postRaw(body: string, contentType?: string): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** Starts express with the Teams adapter mounted, on 127.0.0.1:0. */
export async function startTeamsServer(options: { coach: CoachApi; config?: Config; clock?: Clock }): Promise<TeamsServer> {
  const { logger, lines } = captureLogger();
  const http = express();
  const handle = await createTeamsAdapter({
    config: options.config ?? emulatorConfig(),
    coach: options.coach,
    logger,
    clock: options.clock ?? (() => new Date()),
    http,
  });
  http.use((_req, res) => void res.status(404).json({ error: "not_found" }));
  const server: Server = await new Promise((resolve) => {
    const s = http.listen(0, "127.0.0.1", () => resolve(s));
  });
  // Never the one to close an idle connection: Node's 5 s default races a test's fetch reusing it on a busy machine.
  server.keepAliveTimeout = 120_000;
  await handle.start();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const postRaw = async (body: string, contentType = "application/json") => {
    const res = await fetch(`${url}/api/messages`, { method: "POST", headers: { "content-type": contentType }, body, signal: AbortSignal.timeout(WAIT_CAP_MS) });
    return { status: res.status, body: await res.text() };
  };
  return {
    url,
    handle,
    logs: lines,
    post: (activity, headers = {}) =>
      fetch(`${url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer anything", ...headers },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(WAIT_CAP_MS),
      }).then(async (res) => ({ status: res.status, body: await res.text() })),
    postRaw,
    async close() {
      await handle.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
