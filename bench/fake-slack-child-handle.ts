// The parent's handle on the fake Slack API running in its own process.
import type { ChildProcess } from "node:child_process";
import { cleanEnv, compiled, nextMessage, spawnNode, stopChild } from "./children.js";

/** A fake Slack API child: its URL, call counts on demand, and a way to stop it. */
export interface FakeSlackChild {
  apiUrl: string;
  /** The fake Bot Connector's service URL (the same process). */
  serviceUrl: string;
  child: ChildProcess;
  counts(): Promise<Record<string, number>>;
  /** Waits until chat.postMessage calls stop growing for `quietMs` (background replies drained); bounded. */
  settle(quietMs?: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the fake in a child process and waits for its port. */
export async function startFakeSlackChild(logPath: string): Promise<FakeSlackChild> {
  const child = spawnNode(compiled("./fake-slack-api-child.js"), [], { env: cleanEnv({}), logPath, ipc: true });
  const { apiUrl, serviceUrl } = await nextMessage(child, (m) => (m && typeof m.apiUrl === "string" ? (m as { apiUrl: string; serviceUrl: string }) : undefined), 10_000);
  const counts = async () => {
    const reply = nextMessage(child, (m) => (m && m.counts ? (m.counts as Record<string, number>) : undefined), 5_000);
    child.send("counts");
    return reply;
  };
  return {
    apiUrl,
    serviceUrl,
    child,
    counts,
    async settle(quietMs = 250, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      let last = -1;
      for (;;) {
        const now = (await counts())["chat.postMessage"] ?? 0;
        if (now === last || Date.now() > deadline) return now;
        last = now;
        await new Promise((r) => setTimeout(r, quietMs));
      }
    },
    stop: () => stopChild(child, 2000),
  };
}
