// Figure 2: signed Slack traffic at concurrency 10 and 50 against `afterword serve` and a bare Bolt app, pair by pair.
// A third server, `afterword serve` with the bench's ideas preloaded, shows what the proposed changes would give.
import { startAfterwordServe, SIGNING_SECRET, type AfterwordServer } from "./afterword-serve.js";
import { cleanEnv, compiled, freePort, nextMessage, spawnNode, stopChild } from "./children.js";
import { startFakeSlackChild, type FakeSlackChild } from "./fake-slack-child-handle.js";
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
  ideas: ServerFigures;
  bolt: ServerFigures;
  /** Median of Afterword rps / bare Bolt rps, each pair run back to back. */
  ratio: number;
  /** The same with the ideas preloaded. */
  ideasRatio: number;
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

type Who = "aw" | "ideas" | "bb";

function summarize(runs: LoadResult[]): ServerFigures {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    cpuUsPerReq: median(runs.map((r) => r.serverCpuUsPerReq)),
  };
}

/** Every user uses /interview-done once: DM cached, zone known, DM users mid-debrief; then one untimed second of load. */
async function warm(url: string, traffic: SlackTraffic, fake: FakeSlackChild, users: { commandUsers: number; messageUsers: number }): Promise<void> {
  await postAll(url, [
    ...Array.from({ length: users.messageUsers }, (_, u) => traffic.startCommand(u)),
    ...Array.from({ length: users.commandUsers }, () => traffic.nextCommand()),
  ]);
  await fake.settle();
  await runLoad(url, traffic, 10, 1);
  await fake.settle();
}

/** Starts the fake API, Afterword (as is and with ideas) and bare Bolt, warms them, and runs them back to back. */
export async function measureIngress(dir: TempDir, options: IngressOptions = {}): Promise<IngressResult> {
  const connections = options.connections ?? [10, 50];
  const reps = options.reps ?? 5;
  const durationS = options.durationS ?? 3;
  const users = { commandUsers: options.commandUsers ?? 300, messageUsers: options.messageUsers ?? 300 };
  const log = options.log ?? (() => undefined);

  const fake = await startFakeSlackChild(dir.file("fake-slack.log"));
  const boltPort = await freePort();
  const bolt = spawnNode(compiled("./bare-bolt-child.js"), [], {
    env: cleanEnv({ BENCH_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(boltPort) }),
    logPath: dir.file("bare-bolt.log"),
    ipc: true,
  });
  const servers: AfterwordServer[] = [];
  try {
    const afterword = await startAfterwordServe({ dbPath: dir.file("ingress.db"), apiUrl: fake.apiUrl, logPath: dir.file("serve-ingress.log") });
    servers.push(afterword);
    const ideas = await startAfterwordServe({
      dbPath: dir.file("ingress-ideas.db"),
      apiUrl: fake.apiUrl,
      logPath: dir.file("serve-ingress-ideas.log"),
      preload: [compiled("./ideas/preload-all-ideas.js")],
    });
    servers.push(ideas);
    await nextMessage(bolt, (m) => (m && m.listening ? true : undefined), 15_000);
    const boltUrl = `http://127.0.0.1:${boltPort}`;
    const targets: Record<Who, { url: string; pid: number | undefined; traffic: SlackTraffic }> = {
      aw: { url: afterword.url, pid: afterword.child.pid, traffic: new SlackTraffic(SIGNING_SECRET, users.commandUsers, users.messageUsers, "aw") },
      ideas: { url: ideas.url, pid: ideas.child.pid, traffic: new SlackTraffic(SIGNING_SECRET, users.commandUsers, users.messageUsers, "id") },
      bb: { url: boltUrl, pid: bolt.pid, traffic: new SlackTraffic(SIGNING_SECRET, users.commandUsers, users.messageUsers, "bb") },
    };
    for (const t of Object.values(targets)) await warm(t.url, t.traffic, fake, users);

    const levels: IngressAtConcurrency[] = [];
    const byLevel = new Map<number, Record<Who, LoadResult[]> & { ratios: number[]; ideasRatios: number[] }>();
    const orders: Who[][] = [
      ["aw", "bb", "ideas"],
      ["bb", "ideas", "aw"],
      ["ideas", "aw", "bb"],
    ];
    for (let rep = 0; rep < reps; rep++) {
      for (const c of connections) {
        const slot = byLevel.get(c) ?? { aw: [], ideas: [], bb: [], ratios: [], ideasRatios: [] };
        byLevel.set(c, slot);
        // Rotate which goes first so none always inherits another's leftovers.
        const run: Partial<Record<Who, LoadResult>> = {};
        for (const who of orders[rep % orders.length]!) {
          const t = targets[who];
          // Afterword posts its replies after answering: settle waits for them before CPU is read and the next run starts.
          run[who] = await runLoad(t.url, t.traffic, c, durationS, t.pid, () => fake.settle());
        }
        for (const who of ["aw", "ideas", "bb"] as const) slot[who].push(run[who]!);
        slot.ratios.push(run.aw!.rps / run.bb!.rps);
        slot.ideasRatios.push(run.ideas!.rps / run.bb!.rps);
        const show = (r: LoadResult) => `${r.rps.toFixed(0)}/s p99 ${r.p99Ms} ms ${r.serverCpuUsPerReq.toFixed(0)} µs CPU/req`;
        log(`  ingress c=${c} run ${rep + 1}: afterword ${show(run.aw!)}; with ideas ${show(run.ideas!)}; bare Bolt ${show(run.bb!)}`);
      }
    }
    for (const c of connections) {
      const slot = byLevel.get(c)!;
      const failures = [...slot.aw, ...slot.ideas, ...slot.bb].reduce((n, r) => n + r.non2xx + r.errors, 0);
      levels.push({
        connections: c,
        afterword: summarize(slot.aw),
        ideas: summarize(slot.ideas),
        bolt: summarize(slot.bb),
        ratio: median(slot.ratios),
        ideasRatio: median(slot.ideasRatios),
        failures,
      });
    }
    return { levels, durationS, reps, ...users };
  } finally {
    for (const s of servers) await s.stop();
    await stopChild(bolt, 2000);
    await fake.stop();
  }
}
