// Starts the real `afterword serve` (node dist/src/main.js serve) in a child process, Slack over HTTP.
import type { ChildProcess } from "node:child_process";
import { cleanEnv, compiled, freePort, spawnNode, stopChild } from "./children.js";

/** A running Afterword server. */
export interface AfterwordServer {
  url: string;
  child: ChildProcess;
  /** Milliseconds from spawn to /healthz answering 200. */
  startMs: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The signing secret both servers share. */
export const SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";

/** Polls GET url until it answers 200; resolves with milliseconds since `since`. Bounded by `timeoutMs`. */
export async function waitForHealth(url: string, since: bigint, timeoutMs: number, everyMs = 2): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      await res.arrayBuffer();
      if (res.status === 200) return Number(process.hrtime.bigint() - since) / 1e6;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Spawns `afterword serve` on a free port with Slack pointed at `apiUrl` (and/or Teams on), and waits for /healthz. */
export async function startAfterwordServe(options: {
  dbPath: string;
  /** The fake Slack Web API; without it Slack is off (a Teams-only server). */
  apiUrl?: string;
  /** Turns Teams on, unauthenticated on loopback (the bench's fake connector accepts anything). */
  teams?: boolean;
  logPath: string;
  logLevel?: string;
  /** Extra flags for node (--cpu-prof …). */
  nodeArgs?: string[];
  /** Extra environment (AFTERWORD_GRAMMAR …). */
  env?: Record<string, string>;
  /** An IPC channel to the server (for a preloaded probe). */
  ipc?: boolean;
}): Promise<AfterwordServer> {
  const port = await freePort();
  const env = cleanEnv({
    ...(options.apiUrl ? { SLACK_BOT_TOKEN: "xoxb-bench-token", SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: options.apiUrl } : {}),
    ...(options.teams ? { TEAMS_UNAUTHENTICATED: "true" } : {}),
    DATABASE_PATH: options.dbPath,
    PORT: String(port),
    HOST: "127.0.0.1",
    AFTERWORD_TZ: "UTC",
    LOG_LEVEL: options.logLevel ?? "info",
    ...options.env,
  });
  const start = process.hrtime.bigint();
  const nodeArgs = ["--import", compiled("./exit-with-parent.js"), ...(options.nodeArgs ?? [])];
  const child = spawnNode(compiled("../src/main.js"), ["serve"], { env, logPath: options.logPath, nodeArgs, ipc: options.ipc ?? false });
  const url = `http://127.0.0.1:${port}`;
  let startMs: number;
  try {
    startMs = await waitForHealth(`${url}/healthz`, start, 15_000);
  } catch (err) {
    await stopChild(child, 500, "SIGKILL");
    throw new Error(`afterword serve did not start (see ${options.logPath}): ${(err as Error).message}`);
  }
  return { url, child, startMs, stop: (signal = "SIGTERM") => stopChild(child, 3000, signal) };
}
