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

/** Spawns `afterword serve` on a free port with Slack pointed at `apiUrl`, and waits for /healthz. */
export async function startAfterwordServe(options: {
  dbPath: string;
  apiUrl: string;
  logPath: string;
  logLevel?: string;
  /** Modules preloaded with --import (the bench's "ideas" patches). */
  preload?: string[];
}): Promise<AfterwordServer> {
  const port = await freePort();
  const env = cleanEnv({
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.apiUrl,
    DATABASE_PATH: options.dbPath,
    PORT: String(port),
    HOST: "127.0.0.1",
    AFTERWORD_TZ: "UTC",
    LOG_LEVEL: options.logLevel ?? "info",
  });
  const start = process.hrtime.bigint();
  const nodeArgs = [compiled("./exit-with-parent.js"), ...(options.preload ?? [])].flatMap((p) => ["--import", p]);
  const child = spawnNode(compiled("../src/main.js"), ["serve"], { env, logPath: options.logPath, nodeArgs });
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
