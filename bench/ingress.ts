// Figure 2: signed Slack traffic at concurrency 10 and 50 against `afterword serve` and a bare Bolt app, pair by pair.
import { startAfterwordServe, SIGNING_SECRET } from "./afterword-serve.js";
import { cleanEnv, compiled, freePort, nextMessage, spawnNode, stopChild } from "./children.js";
import { startFakeSlackChild } from "./fake-slack-child-handle.js";
import { postAll, runLoad, type LoadResult } from "./slack-load.js";
import { SlackTraffic } from "./slack-traffic.js";
import { median } from "./stats.js";
import type { TempDir } from "./temp-dir.js";

/** One server's medians: throughput, latency, and its own CPU per request (including replies posted after answering). */
export interface ServerFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerReq: number;
}

/** Medians over the paired runs at one concurrency. */
export interface IngressAtConcurrency {
  connections: number;
  afterword: ServerFigures;
  bolt: ServerFigures;
  /** Median of Afterword rps / bare Bolt rps, each pair run back to back. */
  ratio: number;
  /** Non-2xx answers and socket errors over all runs (should be 0). */
  failures: number;
}

/** How the ingress runs were set up, for the notes under the table. */
export interface IngressResult {
  levels: IngressAtConcurrency[];
  durationS: number;
  reps: number;
  commandUsers: number;
  messageUsers: number;
}

/** Options; defaults fit the 8-minute budget of `npm run bench` on 2 cores. */
export interface IngressOptions {
  connections?: number[];
  reps?: number;
  durationS?: number;
  commandUsers?: number;
  messageUsers?: number;
  log?: (line: string) => void;
}

function summarize(runs: LoadResult[]) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    cpuUsPerReq: median(runs.map((r) => r.serverCpuUsPerReq)),
  };
}

/** Starts the fake API, Afterword and bare Bolt (three processes), warms them, and runs the pairs. */
export async function measureIngress(dir: TempDir, options: IngressOptions = {}): Promise<IngressResult> {
  const connections = options.connections ?? [10, 50];
  const reps = options.reps ?? 5;
  const durationS = options.durationS ?? 3;
  const commandUsers = options.commandUsers ?? 300;
  const messageUsers = options.messageUsers ?? 300;
  const log = options.log ?? (() => undefined);

  const fake = await startFakeSlackChild(dir.file("fake-slack.log"));
  const boltPort = await freePort();
  const bolt = spawnNode(compiled("./bare-bolt-child.js"), [], {
    env: cleanEnv({ BENCH_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(boltPort) }),
    logPath: dir.file("bare-bolt.log"),
    ipc: true,
  });
  const afterword = await startAfterwordServe({ dbPath: dir.file("ingress.db"), apiUrl: fake.apiUrl, logPath: dir.file("serve-ingress.log") });
  try {
    await nextMessage(bolt, (m) => (m && m.listening ? true : undefined), 15_000);
    const boltUrl = `http://127.0.0.1:${boltPort}`;
    const awTraffic = new SlackTraffic(SIGNING_SECRET, commandUsers, messageUsers, "aw");
    const boltTraffic = new SlackTraffic(SIGNING_SECRET, commandUsers, messageUsers, "bb");

    // Every user has used /interview-done once: their DM is cached, their zone known, DM users are mid-debrief.
    const warm = [
      ...Array.from({ length: messageUsers }, (_, u) => awTraffic.startCommand(u)),
      ...Array.from({ length: commandUsers }, () => awTraffic.nextCommand()),
    ];
    await postAll(afterword.url, warm);
    await fake.settle();
    // One untimed second each to warm the JIT, then let Afterword's background replies drain.
    await runLoad(afterword.url, awTraffic, 10, 1);
    await runLoad(boltUrl, boltTraffic, 10, 1);
    await fake.settle();

    const levels: IngressAtConcurrency[] = [];
    const byLevel = new Map<number, { aw: LoadResult[]; bb: LoadResult[]; ratios: number[] }>();
    for (let rep = 0; rep < reps; rep++) {
      for (const c of connections) {
        const slot = byLevel.get(c) ?? { aw: [], bb: [], ratios: [] };
        byLevel.set(c, slot);
        // Alternate which goes first so neither always inherits the other's leftovers.
        const order = rep % 2 === 0 ? (["aw", "bb"] as const) : (["bb", "aw"] as const);
        const pair: Partial<Record<"aw" | "bb", LoadResult>> = {};
        for (const who of order) {
          pair[who] = who === "aw" ? await runLoad(afterword.url, awTraffic, c, durationS, afterword.child.pid, () => fake.settle())
              : await runLoad(boltUrl, boltTraffic, c, durationS, bolt.pid, () => fake.settle());
        }
        slot.aw.push(pair.aw!);
        slot.bb.push(pair.bb!);
        slot.ratios.push(pair.aw!.rps / pair.bb!.rps);
        log(
          `  ingress c=${c} run ${rep + 1}: afterword ${pair.aw!.rps.toFixed(0)}/s p99 ${pair.aw!.p99Ms} ms ${pair.aw!.serverCpuUsPerReq.toFixed(0)} µs CPU/req; ` +
            `bare Bolt ${pair.bb!.rps.toFixed(0)}/s p99 ${pair.bb!.p99Ms} ms ${pair.bb!.serverCpuUsPerReq.toFixed(0)} µs CPU/req`,
        );
      }
    }
    for (const c of connections) {
      const slot = byLevel.get(c)!;
      const failures = [...slot.aw, ...slot.bb].reduce((n, r) => n + r.non2xx + r.errors, 0);
      levels.push({ connections: c, afterword: summarize(slot.aw), bolt: summarize(slot.bb), ratio: median(slot.ratios), failures });
    }
    return { levels, durationS, reps, commandUsers, messageUsers };
  } finally {
    await afterword.stop();
    await stopChild(bolt, 2000);
    await fake.stop();
  }
}
