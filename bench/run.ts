// `npm run bench` [-- --json] [--quick] [--only <section>]: every figure of issues 8 and 17 in one
// run, printed as a table. Progress goes to stderr; the table and notes to stdout; with --json the
// last stdout line is one JSON object. --only (turn, sweeper, cold, reply, ingress, teams, memory)
// runs one section while working on it; its figures are not a reference run.
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { Store } from "../src/store/store.js";
import { measureColdStart } from "./cold-start.js";
import { measureServeMemory } from "./serve-memory.js";
import { explainMisses } from "./explain-misses.js";
import { met, renderJson, renderTable } from "./figures.js";
import { ingressSection, teamsSection } from "./section-ingress.js";
import { memorySection } from "./section-memory.js";
import { sweeperSection } from "./section-sweeper.js";
import { turnSection } from "./section-turn.js";
import { measureReplyLatency } from "./reply-latency.js";
import { Report, type SectionContext } from "./report.js";
import { seedReminders } from "./seed-reminders.js";
import { msSince, round } from "./stats.js";
import { makeTempDir } from "./temp-dir.js";

const { values } = parseArgs({ options: { json: { type: "boolean" }, quick: { type: "boolean" }, only: { type: "string" } } });
const RUNS = values.quick ? 2 : 5;
/** The whole run must end within 8 minutes; the memory section takes what is left. */
const BUDGET_MS = 8 * 60_000 - 20_000;
const runs = (section: string) => !values.only || values.only === section;

const started = process.hrtime.bigint();
const progress = (line: string) => process.stderr.write(`[bench ${(msSince(started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
const report = new Report();
const ctx: SectionContext = { report, runs: RUNS, quick: Boolean(values.quick), progress };
const dir = makeTempDir();
process.once("SIGINT", () => {
  dir.remove();
  process.exit(130);
});

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  progress(`temp dir ${dir.path}; ${RUNS} runs per figure${values.quick ? " (--quick)" : ""}; load average ${loadBefore.toFixed(2)}`);
  if (runs("turn")) turnSection(ctx, dir);

  const needScale = runs("sweeper") || runs("cold") || runs("memory");
  const k100Path = dir.file("reminders-100k.db");
  const m1Path = dir.file("reminders-1m.db");
  const nonePath = dir.file("reminders-none.db");
  if (needScale) {
    progress("seeding 100k and 1M pending reminders (1% due) with SQL in one transaction each");
    const seedStart = process.hrtime.bigint();
    const k100 = seedReminders(k100Path, 100_000);
    const m1 = seedReminders(m1Path, 1_000_000);
    Store.open(nonePath).close();
    report.note(
      `scale databases: seeded in ${(msSince(seedStart) / 1000).toFixed(1)} s; 4 reminders per interview (reflect, thanks, checkin, letgo), 2.5 interviews per user, all active, users in UTC with a Slack address; ` +
        `1% due = the reflect nudge of every 25th interview (${m1.due} at 1M, each a distinct user), due a few minutes before noon UTC; the rest spread over 60 days after it.`,
    );
    if (runs("sweeper")) await sweeperSection(ctx, { k100: { path: k100Path, layout: k100 }, m1: { path: m1Path, layout: m1 } });
  }
  if (runs("cold")) await coldSection(m1Path);
  if (runs("reply")) await replySection();
  if (runs("ingress")) await ingressSection(ctx, dir);
  if (runs("teams")) await teamsSection(ctx, dir);
  if (runs("memory")) await memorySection(ctx, { none: nonePath, k100: k100Path, m1: m1Path }, Date.now() + (values.quick ? 0 : BUDGET_MS - msSince(started)));

  const totalS = msSince(started) / 1000;
  report.add("bench_total_s", totalS, "s", "this whole run", values.only ? undefined : { op: "<", value: 480 });
  report.note(`machine: 2 cores shared with other work; 1-minute load average ${loadBefore.toFixed(2)} at start, ${loadavg()[0]!.toFixed(2)} at end. Figures are medians of ${RUNS} runs; ratios are taken pair by pair.`);
  print(totalS);
}

async function coldSection(m1Path: string): Promise<void> {
  // The 1M database has nothing due yet at the real clock: its `now` is three days ahead.
  progress("figure 6, cold start: afterword serve → /healthz 200, with 1M pending and with an empty database");
  const cold1m = await measureColdStart(dir, m1Path, RUNS, "cold-1m");
  const coldEmpty = await measureColdStart(dir, dir.file("cold-empty.db"), RUNS, "cold-empty");
  report.add("cold_start_1m_ms", cold1m.medianMs, "ms", "spawn `node dist/src/main.js serve` → /healthz 200, 1M pending", { op: "<", value: 1000 });
  report.add("cold_start_empty_ms", coldEmpty.medianMs, "ms", "same, empty database");
  progress("figure 6b, server memory: afterword serve idle, grammar checker on and off");
  const withGrammar = await measureServeMemory(dir, "on");
  const withoutGrammar = await measureServeMemory(dir, "off");
  report.add("rss_serve_mb", withGrammar.rssMb, "MB", `afterword serve started and idle, empty database (the default AFTERWORD_GRAMMAR=on; ${Math.round(withGrammar.peakMb)} MB at its peak while the grammar checker loads)`);
  report.add("rss_serve_grammar_off_mb", withoutGrammar.rssMb, "MB", `same with AFTERWORD_GRAMMAR=off (peak ${Math.round(withoutGrammar.peakMb)} MB)`);
}

async function replySection(): Promise<void> {
  const answers = values.quick ? 300 : 1000;
  progress(`figure 3, reply latency: ${RUNS} × ${answers} DM answers one after another`);
  const reply = await measureReplyLatency(dir, RUNS, answers);
  report.add("reply_p50_ms", reply.p50Ms, "ms", "signed DM answer sent → next question at chat.postMessage, p50");
  report.add("reply_p99_ms", reply.p99Ms, "ms", "same, p99", { op: "<", value: 20 });
  report.add("reply_ack_p50_ms", reply.ackP50Ms, "ms", "same answer → endpoint's 200 (turn committed), p50");
  if (reply.lost) report.note(`reply latency: ${reply.lost} answers got no reply within 5 s (left out of the percentiles).`);
}

function print(totalS: number): void {
  const missed = report.figures.filter((f) => met(f) === false).map((f) => f.name);
  console.log(renderTable(report.figures));
  console.log("");
  for (const n of report.notes) console.log(`- ${n}`);
  console.log(`- targets missed: ${missed.length ? missed.join(", ") : "none"}; total ${round(totalS)} s.`);
  const misses = explainMisses(report);
  if (misses.length) {
    console.log("");
    console.log("Missed targets, by how much, and what limits them:");
    for (const line of misses) console.log(`- ${line}`);
  }
  if (values.json) console.log(renderJson(report.figures));
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(() => dir.remove());
