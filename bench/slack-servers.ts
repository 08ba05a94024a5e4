// The four Slack servers of figure 2, each in its own process: `afterword serve` (with the event
// loop probe), the fair peer (the obvious durable Bolt app), bare Bolt (acknowledges only) and the
// replying floor (bare Bolt plus the one Web API call every answer takes).
import type { ChildProcess } from "node:child_process";
import { startAfterwordServe, SIGNING_SECRET, type AfterwordServer } from "./afterword-serve.js";
import { cleanEnv, compiled, freePort, nextMessage, spawnNode, stopChild } from "./children.js";
import type { LoopDelay } from "./loop-delay-probe.js";
import type { TempDir } from "./temp-dir.js";

/** Which server: Afterword, the fair peer, bare Bolt, the replying floor. */
export type Who = "aw" | "peer" | "bolt" | "floor";

/** A running server: where to send traffic and whose CPU to read. */
export interface SlackServer {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Afterword, whose event loop delay can be reset and read. */
export interface ProbedServer extends SlackServer {
  resetLoopDelay(): void;
  readLoopDelay(): Promise<LoopDelay>;
}

/** Ends a baseline by closing its IPC channel (it exits by itself, writing a CPU profile if asked for one), then by signal if it lingers. */
async function endBoltChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  if (child.connected) child.disconnect();
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  await stopChild(child, 2000);
}

async function startBoltChild(script: string, dir: TempDir, name: string, apiUrl: string, nodeArgs: string[] = []): Promise<SlackServer> {
  const port = await freePort();
  const child: ChildProcess = spawnNode(compiled(script), [], {
    env: cleanEnv({ BENCH_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: apiUrl, PORT: String(port), DATABASE_PATH: dir.file(`${name}.db`) }),
    logPath: dir.file(`${name}.log`),
    ipc: true,
    nodeArgs,
  });
  try {
    await nextMessage(child, (m) => (m && m.listening ? true : undefined), 15_000);
  } catch (err) {
    await stopChild(child, 500, "SIGKILL");
    throw err;
  }
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => endBoltChild(child) };
}

/** Starts the fair peer: signature check, one durable insert per event, replies through Bolt's client. */
export function startFairPeer(dir: TempDir, apiUrl: string, nodeArgs: string[] = []): Promise<SlackServer> {
  return startBoltChild("./fair-peer-child.js", dir, "fair-peer", apiUrl, nodeArgs);
}

/** Starts bare Bolt: the same signed endpoint, handlers that only acknowledge. */
export function startBareBolt(dir: TempDir, apiUrl: string, nodeArgs: string[] = []): Promise<SlackServer> {
  return startBoltChild("./bare-bolt-child.js", dir, "bare-bolt", apiUrl, nodeArgs);
}

/** Starts the replying floor: bare Bolt that answers each request with one call through Afterword's own Web API client, and does nothing else. */
export function startReplyingBolt(dir: TempDir, apiUrl: string, nodeArgs: string[] = []): Promise<SlackServer> {
  return startBoltChild("./replying-bolt-child.js", dir, "replying-bolt", apiUrl, nodeArgs);
}

/** Starts `afterword serve` with the event loop probe preloaded. */
export async function startProbedAfterword(dir: TempDir, apiUrl: string, name = "ingress"): Promise<ProbedServer> {
  const server: AfterwordServer = await startAfterwordServe({
    dbPath: dir.file(`${name}.db`),
    apiUrl,
    logPath: dir.file(`serve-${name}.log`),
    nodeArgs: ["--import", compiled("./loop-delay-probe.js")],
    ipc: true,
  });
  const child = server.child;
  return {
    url: server.url,
    pid: child.pid,
    stop: () => server.stop(),
    resetLoopDelay: () => void child.send("loop:reset"),
    async readLoopDelay() {
      const reply = nextMessage(child, (m) => (m && m.loop ? (m.loop as LoopDelay) : undefined), 5_000);
      child.send("loop:read");
      return reply;
    },
  };
}
