// Figure 1: the engine handling one debrief answer, with its SQLite commit (WAL, synchronous=FULL).
import { Coach } from "../src/core/coach.js";
import type { Inbound } from "../src/core/types.js";
import { Store } from "../src/store/store.js";
import { COMMAND_ARGS, DEBRIEF_ANSWERS, LONG_ANSWER_STEPS, SAVED_REPLY } from "./debrief-script.js";
import { median, percentile } from "./stats.js";

/** Medians over runs of each run's percentiles, in microseconds. */
export interface ChatTurnResult {
  p50Us: number;
  p99Us: number;
  longP50Us: number;
  longP99Us: number;
  commitP50Us: number;
  commitP99Us: number;
  /** Median over runs of each run's turn p99 ÷ its commit p99. */
  p99CommitRatio: number;
  samplesPerRun: number;
  runs: number;
}

/** One run: a fresh database, warm-up debriefs, then `debriefs` whole debriefs timed answer by answer. */
function oneRun(dbPath: string, debriefs: number, warmup: number, synchronous: string): { all: number[]; long: number[]; commit: number[] } {
  const store = Store.open(dbPath);
  if (synchronous !== "FULL") store.db.pragma(`synchronous = ${synchronous}`);
  let t = Date.parse("2026-11-17T15:00:00Z");
  const coach = new Coach({ store, clock: () => new Date(t), defaultTz: "UTC" });
  let seq = 0;
  const all: number[] = [];
  const long: number[] = [];
  // The floor under every turn: one tiny write transaction committed the same way, timed right
  // after each timed answer (same disk, same moment), as many as there are answers: a p99 over
  // fewer samples would swing more than the turns' own.
  const touch = store.db.prepare("UPDATE users SET tz_checked_at = ? WHERE id = 1");
  const commit: number[] = [];
  for (let n = 0; n < warmup + debriefs; n++) {
    const from = { platform: "slack" as const, tenant: "TBENCH", user: `U${String(n).padStart(6, "0")}` };
    const base = () => ({ from, at: new Date(t), id: `Ev${++seq}`, address: `slack:TBENCH:D${n}` as const, tz: "UTC" });
    coach.handle({ ...base(), kind: "command", name: "interview-done", args: COMMAND_ARGS } as Inbound);
    DEBRIEF_ANSWERS.forEach((text, step) => {
      t += 1000;
      const event = { ...base(), kind: "text", text } as Inbound;
      const start = process.hrtime.bigint();
      const out = coach.handle(event);
      const us = Number(process.hrtime.bigint() - start) / 1000;
      if (out.length === 0) throw new Error(`debrief answer "${text}" got no reply`);
      if (step === DEBRIEF_ANSWERS.length - 1 && !SAVED_REPLY.test(out[0]!.text)) {
        throw new Error(`the bench's debrief script no longer fits the debrief's questions (its last answer got "${out[0]!.text.slice(0, 80)}"): update bench/debrief-script.ts`);
      }
      if (n >= warmup) {
        all.push(us);
        if (LONG_ANSWER_STEPS.has(step)) long.push(us);
        const start = process.hrtime.bigint();
        store.write(() => touch.run(step));
        commit.push(Number(process.hrtime.bigint() - start) / 1000);
      }
    });
  }
  store.close();
  return { all, long, commit };
}

/**
 * Runs `runs` fresh-database runs and takes the median of each percentile. `synchronous` other
 * than FULL (Afterword's setting) is only for showing how much of the time is the disk flush.
 */
export function measureChatTurns(dbPath: (run: number) => string, runs = 5, debriefs = 100, warmup = 20, synchronous = "FULL"): ChatTurnResult {
  const results = Array.from({ length: runs }, (_, i) => oneRun(dbPath(i), debriefs, warmup, synchronous));
  return {
    p50Us: median(results.map((r) => percentile(r.all, 50))),
    p99Us: median(results.map((r) => percentile(r.all, 99))),
    longP50Us: median(results.map((r) => percentile(r.long, 50))),
    longP99Us: median(results.map((r) => percentile(r.long, 99))),
    commitP50Us: median(results.map((r) => percentile(r.commit, 50))),
    commitP99Us: median(results.map((r) => percentile(r.commit, 99))),
    p99CommitRatio: median(results.map((r) => percentile(r.all, 99) / percentile(r.commit, 99))),
    samplesPerRun: results[0]!.all.length,
    runs,
  };
}
