// Figure 2: signed Slack traffic at concurrency 10 and 50 against `afterword serve`, the fair peer
// (the obvious durable Bolt app), bare Bolt and the replying floor, back to back in one run; every ratio is taken
// pair by pair, so the machine's speed at that moment is in both sides of it.
import { startFakeSlackChild, type FakeSlackChild } from "./fake-slack-child-handle.js";
import { SIGNING_SECRET } from "./afterword-serve.js";
import type { LoopDelay } from "./loop-delay-probe.js";
import { postAll, runLoad, type LoadResult } from "./slack-load.js";
import { startBareBolt, startFairPeer, startProbedAfterword, startReplyingBolt, type SlackServer, type Who } from "./slack-servers.js";
import { SlackTraffic } from "./slack-traffic.js";
import { median } from "./stats.js";
import type { TempDir } from "./temp-dir.js";

/** One server's medians over the runs at one concurrency. */
export interface ServerFigures {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuUsPerReq: number;
}

/** Medians over the paired runs at one concurrency; each ratio is the median of the runs' own ratios. */
export interface IngressAtConcurrency {
  connections: number;
  servers: Record<Who, ServerFigures>;
  /** Afterword's throughput ÷ bare Bolt's. */
  boltRatio: number;
  /** Afterword's throughput ÷ the fair peer's. */
  peerRatio: number;
  /** Afterword's CPU per request ÷ bare Bolt's. */
  cpuRatio: number;
  /** Afterword's p99 ÷ bare Bolt's. */
  p99Ratio: number;
  /** The replying floor's CPU per request ÷ bare Bolt's: what answering alone costs. */
  floorCpuRatio: number;
  /** Afterword's CPU per request ÷ the replying floor's: what Afterword adds to answering. */
  cpuOverFloor: number;
  /** Afterword's event loop delay during its runs (medians over runs). */
  loop: LoopDelay;
  /** Non-2xx answers and socket errors over all runs (should be 0). */
  failures: number;
}

/** How the runs were set up, for the notes under the table. */
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
  users?: number;
  log?: (line: string) => void;
}

const ORDERS: Who[][] = [
  ["aw", "peer", "bolt", "floor"],
  ["floor", "aw", "peer", "bolt"],
  ["bolt", "floor", "aw", "peer"],
  ["peer", "bolt", "floor", "aw"],
];

function summarize(runs: LoadResult[]): ServerFigures {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    cpuUsPerReq: median(runs.map((r) => r.serverCpuUsPerReq)),
  };
}

/** Every DM user starts a debrief and every command user opens the form once, then one untimed second of load. */
async function warm(server: SlackServer, traffic: SlackTraffic, fake: FakeSlackChild, users: number): Promise<void> {
  await postAll(server.url, [...Array.from({ length: users }, (_, u) => traffic.startDebrief(u)), ...Array.from({ length: users }, () => traffic.nextCommand())]);
  await fake.settle();
  await runLoad(server.url, traffic, 10, 1);
  await fake.settle();
}

type Slot = Record<Who, LoadResult[]> & { loops: LoopDelay[] };

/** Starts the fake API and the four servers, warms them, and runs them back to back, order rotated. */
export async function measureIngress(dir: TempDir, options: IngressOptions = {}): Promise<IngressResult> {
  const connections = options.connections ?? [10, 50];
  const reps = options.reps ?? 5;
  const durationS = options.durationS ?? 3;
  const users = options.users ?? 300;
  const log = options.log ?? (() => undefined);
  const fake = await startFakeSlackChild(dir.file("fake-slack.log"));
  const started: SlackServer[] = [];
  try {
    const aw = await startProbedAfterword(dir, fake.apiUrl);
    started.push(aw);
    const servers: Record<Who, SlackServer> = {
      aw,
      peer: await startFairPeer(dir, fake.apiUrl),
      bolt: await startBareBolt(dir, fake.apiUrl),
      floor: await startReplyingBolt(dir, fake.apiUrl),
    };
    started.push(servers.peer, servers.bolt, servers.floor);
    const traffic: Record<Who, SlackTraffic> = {
      aw: new SlackTraffic(SIGNING_SECRET, users, users, "aw"),
      peer: new SlackTraffic(SIGNING_SECRET, users, users, "pe"),
      bolt: new SlackTraffic(SIGNING_SECRET, users, users, "bb"),
      floor: new SlackTraffic(SIGNING_SECRET, users, users, "fl"),
    };
    for (const who of ["aw", "peer", "bolt", "floor"] as const) await warm(servers[who], traffic[who], fake, users);

    const slots = new Map<number, Slot>(connections.map((c) => [c, { aw: [], peer: [], bolt: [], floor: [], loops: [] }]));
    for (let rep = 0; rep < reps; rep++) {
      for (const c of connections) {
        const slot = slots.get(c)!;
        for (const who of ORDERS[rep % ORDERS.length]!) {
          const s = servers[who];
          if (who === "aw") aw.resetLoopDelay();
          // Replies posted after the 200 are part of the work: settle waits for them before CPU is read.
          slot[who].push(await runLoad(s.url, traffic[who], c, durationS, s.pid, () => fake.settle()));
          if (who === "aw") slot.loops.push(await aw.readLoopDelay());
        }
        const show = (r: LoadResult) => `${r.rps.toFixed(0)}/s p99 ${r.p99Ms} ms ${r.serverCpuUsPerReq.toFixed(0)} µs CPU/req`;
        log(`  ingress c=${c} run ${rep + 1}: afterword ${show(slot.aw.at(-1)!)} (loop p99 ${slot.loops.at(-1)!.p99Ms.toFixed(1)} ms); fair peer ${show(slot.peer.at(-1)!)}; bare Bolt ${show(slot.bolt.at(-1)!)}; replying floor ${show(slot.floor.at(-1)!)}`);
      }
    }
    const levels = connections.map((c) => summarizeLevel(c, slots.get(c)!));
    return { levels, durationS, reps, commandUsers: users, messageUsers: users };
  } finally {
    for (const s of started) await s.stop();
    await fake.stop();
  }
}

function summarizeLevel(connections: number, slot: Slot): IngressAtConcurrency {
  const paired = (f: (i: number) => number) => median(slot.aw.map((_, i) => f(i)));
  return {
    connections,
    servers: { aw: summarize(slot.aw), peer: summarize(slot.peer), bolt: summarize(slot.bolt), floor: summarize(slot.floor) },
    boltRatio: paired((i) => slot.aw[i]!.rps / slot.bolt[i]!.rps),
    peerRatio: paired((i) => slot.aw[i]!.rps / slot.peer[i]!.rps),
    cpuRatio: paired((i) => slot.aw[i]!.serverCpuUsPerReq / slot.bolt[i]!.serverCpuUsPerReq),
    p99Ratio: paired((i) => slot.aw[i]!.p99Ms / slot.bolt[i]!.p99Ms),
    floorCpuRatio: paired((i) => slot.floor[i]!.serverCpuUsPerReq / slot.bolt[i]!.serverCpuUsPerReq),
    cpuOverFloor: paired((i) => slot.aw[i]!.serverCpuUsPerReq / slot.floor[i]!.serverCpuUsPerReq),
    loop: { p50Ms: median(slot.loops.map((l) => l.p50Ms)), p99Ms: median(slot.loops.map((l) => l.p99Ms)), maxMs: median(slot.loops.map((l) => l.maxMs)) },
    failures: [...slot.aw, ...slot.peer, ...slot.bolt, ...slot.floor].reduce((n, r) => n + r.non2xx + r.errors, 0),
  };
}
