// Figure 5: RSS of a process holding N pending reminders — Afterword's rows + one cron tick vs one node-schedule job each.
import { cleanEnv, compiled, runForJson } from "./children.js";
import { median } from "./stats.js";

interface ChildReading {
  pending: number;
  rssMb: number;
  heapUsedMb: number;
  addMs?: number;
}

/** Medians of RSS (MB) per design and size; `timers1m` says whether 1M timers were measured or extrapolated. */
export interface MemoryResult {
  afterword: { noneMb: number; k100Mb: number; m1Mb: number; m1Runs: number[] };
  timers: { noneMb: number; k100Mb: number; k100AddMs: number; m1Mb: number; m1AddMs?: number; m1Measured: boolean; m1Runs: number; m1Note: string };
  /** Afterword RSS growth from no reminders to 1M, MB. */
  growthMb: number;
  /** Per-timer RSS / Afterword RSS at 1M, median over Afterword's runs against the 1M timer figure. */
  ratio1m: number;
  runs: number;
}

const GC = ["--expose-gc"];

async function afterwordRss(dbPath: string): Promise<ChildReading> {
  return runForJson<ChildReading>(compiled("./hold-reminders-child.js"), [dbPath], { env: cleanEnv({}), nodeArgs: GC, timeoutMs: 60_000 });
}

async function timersRss(count: number, timeoutMs: number): Promise<ChildReading> {
  // Room for ~2 GB of jobs at 1M; Node's default old-space limit would stop it first.
  return runForJson<ChildReading>(compiled("./hold-timers-child.js"), [String(count)], {
    env: cleanEnv({}),
    nodeArgs: [...GC, "--max-old-space-size=8192"],
    timeoutMs,
  });
}

/**
 * Runs each child `runs` times (one at a time, never alongside each other), pairing Afterword and
 * per-timer children in one loop. 1M node-schedule jobs take about half a minute each even in
 * ascending order, so they run as often as fits before `deadline` (epoch ms; at most `runs` times, each bounded);
 * if none fits, the 1M figure is extrapolated linearly from 100k, and the result says so.
 */
export async function measureMemory(paths: { none: string; k100: string; m1: string }, runs = 5, deadline = Date.now() + 150_000): Promise<MemoryResult> {
  const aw = { none: [] as number[], k100: [] as number[], m1: [] as number[] };
  const tm = { none: [] as number[], k100: [] as number[], k100Add: [] as number[] };
  for (let run = 0; run < runs; run++) {
    aw.none.push((await afterwordRss(paths.none)).rssMb);
    tm.none.push((await timersRss(0, 30_000)).rssMb);
    aw.k100.push((await afterwordRss(paths.k100)).rssMb);
    const t100 = await timersRss(100_000, 120_000);
    tm.k100.push(t100.rssMb);
    tm.k100Add.push(t100.addMs ?? Number.NaN);
    aw.m1.push((await afterwordRss(paths.m1)).rssMb);
  }
  const timersNone = median(tm.none);
  const timers100k = median(tm.k100);
  const extrapolated = timersNone + (timers100k - timersNone) * 10;
  const m1Runs: ChildReading[] = [];
  let failure = "";
  // One 1M run takes ~30 s here; only start one with room to finish it.
  while (m1Runs.length < runs && deadline - Date.now() > 60_000) {
    try {
      m1Runs.push(await timersRss(1_000_000, Math.min(120_000, deadline - Date.now())));
    } catch (err) {
      failure = ` (a run failed or ran over: ${(err as Error).message.slice(0, 80)})`;
      break;
    }
  }
  const m1Measured = m1Runs.length > 0;
  const m1Mb = m1Measured ? median(m1Runs.map((r) => r.rssMb)) : extrapolated;
  const m1AddMs = m1Measured ? median(m1Runs.map((r) => r.addMs ?? Number.NaN)) : undefined;
  const m1Note = m1Measured
    ? `1M node-schedule jobs measured ${m1Runs.length} time(s) (the time budget allows; adding them took ${((m1AddMs ?? 0) / 1000).toFixed(0)} s each)${failure}; linear extrapolation from 100k would give ${extrapolated.toFixed(0)} MB`
    : `1M node-schedule jobs not measured (time budget${failure}): extrapolated linearly from 100k as ${extrapolated.toFixed(0)} MB`;
  const awNone = median(aw.none);
  const awM1 = median(aw.m1);
  // Pair by pair where both were measured; otherwise each Afterword run against the one 1M figure.
  const ratios = m1Runs.length === runs ? m1Runs.map((r, i) => r.rssMb / aw.m1[i]!) : aw.m1.map((m) => m1Mb / m);
  return {
    afterword: { noneMb: awNone, k100Mb: median(aw.k100), m1Mb: awM1, m1Runs: aw.m1 },
    timers: { noneMb: timersNone, k100Mb: timers100k, k100AddMs: median(tm.k100Add), m1Mb, m1AddMs, m1Measured, m1Runs: m1Runs.length, m1Note },
    growthMb: median(aw.m1.map((m, i) => m - aw.none[i]!)),
    ratio1m: median(ratios),
    runs,
  };
}
