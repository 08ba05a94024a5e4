// `npm run bench` [-- --json] [--quick]: every figure of issue 8 in one run, printed as a table.
// Progress goes to stderr; the table and notes to stdout; with --json the last stdout line is one JSON object.
import { loadavg } from "node:os";
import { measureChatTurns } from "./chat-turn.js";
import { measureClaim } from "./claim-batch.js";
import { measureColdStart } from "./cold-start.js";
import { measureDelivery } from "./deliver-nudges.js";
import { explainMisses } from "./explain-misses.js";
import { renderJson, renderTable, met, type Figure } from "./figures.js";
import { measureIngress } from "./ingress.js";
import { measureMemory } from "./memory.js";
import { measureReplyLatency } from "./reply-latency.js";
import { seedReminders } from "./seed-reminders.js";
import { msSince, round } from "./stats.js";
import { makeTempDir } from "./temp-dir.js";
import { cacheStatements } from "./ideas/cache-statements.js";
import { groupCommits } from "./ideas/group-commit.js";
import { claimInOneStatement, claimsMatch } from "./ideas/claim-in-one-statement.js";
import { Store } from "../src/store/store.js";

const args = new Set(process.argv.slice(2));
const json = args.has("--json");
/** --quick: fewer and shorter runs, for working on the benchmarks themselves (figures are then not the reference ones). */
const quick = args.has("--quick");
const RUNS = quick ? 2 : 5;
/** The whole run must end within 8 minutes; sections that can shrink ask how much is left. */
const BUDGET_MS = 8 * 60_000 - 20_000;

const started = process.hrtime.bigint();
const progress = (line: string) => process.stderr.write(`[bench ${(msSince(started) / 1000).toFixed(0).padStart(3)} s] ${line}\n`);
const figures: Figure[] = [];
const notes: string[] = [];
const add = (name: string, value: number, unit: string, what: string, target?: Figure["target"]) => figures.push({ name, value, unit, what, target });

const dir = makeTempDir();
const cleanup = () => dir.remove();
process.once("SIGINT", () => {
  cleanup();
  process.exit(130);
});

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  progress(`temp dir ${dir.path}; ${RUNS} runs per figure${quick ? " (--quick)" : ""}; load average ${loadBefore.toFixed(2)}`);

  // 1. Chat turn.
  progress("figure 1, chat turn: whole debriefs through the engine, each answer timed with its commit");
  const turn = measureChatTurns((run) => dir.file(`turn-${run}.db`), RUNS, quick ? 40 : 100, quick ? 10 : 20);
  add("turn_p50_us", turn.p50Us, "µs", "engine handles one debrief answer + commit (WAL, synchronous=FULL), p50");
  add("turn_p99_us", turn.p99Us, "µs", "same, p99", { op: "<", value: 1000 });
  add("turn_long_p99_us", turn.longP99Us, "µs", "free-text answers only, p99");
  add("commit_p50_us", turn.commitP50Us, "µs", "one tiny write transaction alone, p50 (the floor under a turn)");
  add("commit_p99_us", turn.commitP99Us, "µs", "one tiny write transaction alone, p99 (disk flush tail)");
  const noSync = measureChatTurns((run) => dir.file(`turn-nosync-${run}.db`), RUNS, quick ? 40 : 100, quick ? 10 : 20, "OFF");
  const undoCache = cacheStatements();
  let turnIdeas: ReturnType<typeof measureChatTurns>;
  try {
    turnIdeas = measureChatTurns((run) => dir.file(`turn-ideas-${run}.db`), RUNS, quick ? 40 : 100, quick ? 10 : 20);
  } finally {
    undoCache();
  }
  add("turn_p50_us_ideas", turnIdeas.p50Us, "µs", "same turns with statements prepared once (idea), p50");
  add("turn_p99_us_ideas", turnIdeas.p99Us, "µs", "same, p99", { op: "<", value: 1000 });
  add("turn_p99_us_sync_off", noSync.p99Us, "µs", "same turns with synchronous=OFF (not a production setting): the tail without the disk flush");
  notes.push(`chat turn: ${turn.samplesPerRun} answers per run (${turn.samplesPerRun / 19} debriefs × 19 answers, each a distinct user), fresh database per run, median of ${turn.runs} runs.`);

  // 4. Seed the scale databases once; claims, deliveries, cold start and memory share them.
  progress("seeding 100k and 1M pending reminders (1% due) with SQL in one transaction each");
  const seedStart = process.hrtime.bigint();
  const k100Path = dir.file("reminders-100k.db");
  const m1Path = dir.file("reminders-1m.db");
  const nonePath = dir.file("reminders-none.db");
  const k100 = seedReminders(k100Path, 100_000);
  const m1 = seedReminders(m1Path, 1_000_000);
  Store.open(nonePath).close();
  notes.push(
    `scale databases: seeded in ${(msSince(seedStart) / 1000).toFixed(1)} s; 4 reminders per interview (reflect, thanks, checkin, letgo), 2.5 interviews per user, all active, users in UTC with a Slack address; ` +
      `1% due = the reflect nudge of every 25th interview (${m1.due} at 1M, each a distinct user), due a few minutes before noon UTC; the rest spread over 60 days after it.`,
  );

  progress("figure 4, sweeper: claim 500 due rows at 100k and 1M");
  const claim100k = measureClaim(k100Path, k100, RUNS + 2);
  const claim1m = measureClaim(m1Path, m1, RUNS + 2);
  add("claim_500_100k_ms", claim100k.medianMs, "ms", "claimDue(500) in a write tx, 100k pending (1,000 due)");
  add("claim_500_1m_ms", claim1m.medianMs, "ms", "same, 1M pending (10,000 due)", { op: "<", value: 20 });
  add("claim_growth_100k_to_1m", claim1m.medianMs / claim100k.medianMs, "×", "claim time at 1M / at 100k", { op: "<=", value: 2 });
  const check = Store.open(k100Path);
  const sameRows = claimsMatch(check.db, check.reminders, k100.now, 500);
  check.close();
  if (!sameRows) notes.push("WARNING: the one-statement claim idea did not claim the same rows as Reminders.claimDue; its figures are not comparable.");
  const undoClaim = claimInOneStatement();
  let claimIdeas100k: ReturnType<typeof measureClaim>;
  let claimIdeas1m: ReturnType<typeof measureClaim>;
  try {
    claimIdeas100k = measureClaim(k100Path, k100, RUNS + 2);
    claimIdeas1m = measureClaim(m1Path, m1, RUNS + 2);
  } finally {
    undoClaim();
  }
  add("claim_500_100k_ms_ideas", claimIdeas100k.medianMs, "ms", "idea: one UPDATE … WHERE id IN (index range scans) RETURNING, 100k");
  add("claim_500_1m_ms_ideas", claimIdeas1m.medianMs, "ms", "same idea, 1M", { op: "<", value: 20 });
  add("claim_growth_ideas", claimIdeas1m.medianMs / claimIdeas100k.medianMs, "×", "idea: claim time at 1M / at 100k", { op: "<=", value: 2 });

  progress(`figure 4, sweeper: sweep() delivers ${m1.due} due reflect nudges through an instant ChatPort (${RUNS} runs)`);
  const deliver = await measureDelivery(m1Path, m1, RUNS);
  add("deliver_10k_s", deliver.medianS, "s", `sweep() delivers ${deliver.delivered} due nudges (1M pending), instant ChatPort`, { op: "<", value: 2 });
  add("deliver_per_nudge_ms", deliver.perNudgeMs, "ms", "same, per nudge");
  progress(`figure 4, sweeper with ideas: the same with cached statements + one-statement claim + group commit (bench patches) (${RUNS} runs)`);
  const undo = [cacheStatements(), claimInOneStatement(), groupCommits()];
  let deliverIdeas: Awaited<ReturnType<typeof measureDelivery>>;
  try {
    deliverIdeas = await measureDelivery(m1Path, m1, RUNS);
  } finally {
    for (const u of undo.reverse()) u();
  }
  add("deliver_10k_s_ideas", deliverIdeas.medianS, "s", "same, with ideas: statements prepared once + one-statement claim + group commit", { op: "<", value: 2 });
  notes.push("deliver: kind `reflect` (no letter composing); sweep() at noon UTC in the users' zone; batches of 500, 16 users at a time (sweep defaults); rows and conversations put back (untimed) between runs; the instant ChatPort answers on the next event-loop turn, as a network reply would.");

  // 6. Cold start (the 1M database has nothing due yet at the real clock: its `now` is three days ahead).
  progress("figure 6, cold start: afterword serve → /healthz 200, with 1M pending and with an empty database");
  const cold1m = await measureColdStart(dir, m1Path, RUNS, "cold-1m");
  const coldEmpty = await measureColdStart(dir, dir.file("cold-empty.db"), RUNS, "cold-empty");
  add("cold_start_1m_ms", cold1m.medianMs, "ms", "spawn `node dist/src/main.js serve` → /healthz 200, 1M pending", { op: "<", value: 1000 });
  add("cold_start_empty_ms", coldEmpty.medianMs, "ms", "same, empty database");

  // 3. Reply latency.
  const answers = quick ? 300 : 1000;
  progress(`figure 3, reply latency: ${RUNS} × ${answers} DM answers one after another`);
  const reply = await measureReplyLatency(dir, RUNS, answers);
  add("reply_p50_ms", reply.p50Ms, "ms", "signed DM answer sent → next question at chat.postMessage, p50");
  add("reply_p99_ms", reply.p99Ms, "ms", "same, p99", { op: "<", value: 20 });
  add("reply_ack_p50_ms", reply.ackP50Ms, "ms", "same answer → endpoint's 200 (turn committed), p50");
  if (reply.lost) notes.push(`reply latency: ${reply.lost} answers got no reply within 5 s (left out of the percentiles).`);

  // 2. Ingress.
  const durationS = quick ? 2 : 3;
  progress(`figure 2, ingress: ${RUNS} rounds × c10 and c50 × ${durationS} s, afterword serve (as is, and with ideas) vs bare Bolt`);
  const ingress = await measureIngress(dir, { reps: RUNS, durationS, log: progress });
  for (const level of ingress.levels) {
    const c = level.connections;
    add(`ingress_rps_c${c}`, level.afterword.rps, "req/s", `afterword serve, signed commands + DM answers, ${c} connections`);
    add(`ingress_rps_bolt_c${c}`, level.bolt.rps, "req/s", `bare Bolt (handlers only ack), same traffic`);
    add(`ingress_ratio_c${c}`, level.ratio, "×", `afterword / bare Bolt throughput, median of paired runs`, { op: ">=", value: 0.8 });
    add(`ingress_p99_ms_c${c}`, level.afterword.p99Ms, "ms", `afterword p99 latency at ${c} connections`, { op: "<", value: 50 });
    add(`ingress_p99_ms_bolt_c${c}`, level.bolt.p99Ms, "ms", `bare Bolt p99 latency at ${c} connections`);
    add(`ingress_cpu_us_per_req_c${c}`, level.afterword.cpuUsPerReq, "µs", "afterword server CPU per request (incl. posting its reply)");
    add(`ingress_cpu_us_per_req_bolt_c${c}`, level.bolt.cpuUsPerReq, "µs", "bare Bolt server CPU per request");
    add(`ingress_rps_ideas_c${c}`, level.ideas.rps, "req/s", "afterword serve with ideas (cached statements, group commit, lean postMessage)");
    add(`ingress_ratio_ideas_c${c}`, level.ideasRatio, "×", "with ideas / bare Bolt throughput", { op: ">=", value: 0.8 });
    add(`ingress_p99_ms_ideas_c${c}`, level.ideas.p99Ms, "ms", `with ideas, p99 latency at ${c} connections`, { op: "<", value: 50 });
    add(`ingress_cpu_us_per_req_ideas_c${c}`, level.ideas.cpuUsPerReq, "µs", "with ideas, server CPU per request");
    if (level.failures) notes.push(`ingress c=${c}: ${level.failures} non-2xx answers or socket errors over all runs.`);
  }
  notes.push(
    `ingress: ${ingress.durationS} s per run (the issue's 10 s shortened to fit 8 minutes), ${ingress.reps} rounds per concurrency (as is, with ideas, bare Bolt back to back, order rotated); ` +
      `each connection alternates a signed /interview-done (form body) and a signed DM answer (event_callback, unique event_id): ` +
      `${ingress.commandUsers} distinct command users and ${ingress.messageUsers} distinct DM users, each warmed with one /interview-done first (DM cached, zone known); ` +
      `DM users answer their debrief in order to the summary, then start a fresh one. The fake Slack API runs in its own process; Afterword posts one reply per request to it.`,
  );

  notes.push(
    "ideas (bench-only patches preloaded with --import into a second `afterword serve`; production code unchanged): bench/ideas/cache-statements (db.prepare cached per SQL text), " +
      "bench/ideas/group-commit (turns of one event-loop turn share one BEGIN IMMEDIATE…COMMIT, a SAVEPOINT each; HTTP responses held until that COMMIT), " +
      "bench/ideas/lean-post-message (chat.postMessage as one keep-alive JSON POST instead of the Web API client).",
  );

  // 5. Memory, last: the 1M node-schedule run takes what time is left.
  // What is left of the budget after the light children goes to 1M node-schedule runs (each ~30 s).
  const deadline = Date.now() + (quick ? 0 : BUDGET_MS - msSince(started));
  progress(`figure 5, memory: RSS holding 0 / 100k / 1M pending, Afterword vs node-schedule (${RUNS} runs; 1M timers as often as ${Math.round((deadline - Date.now()) / 1000)} s of budget allow)`);
  const memory = await measureMemory({ none: nonePath, k100: k100Path, m1: m1Path }, RUNS, deadline);
  add("rss_afterword_none_mb", memory.afterword.noneMb, "MB", "Afterword process: store open + one node-cron tick, no reminders");
  add("rss_afterword_1m_mb", memory.afterword.m1Mb, "MB", "same, 1M pending rows");
  add("rss_growth_1m_mb", memory.growthMb, "MB", "Afterword RSS growth from none to 1M pending", { op: "<", value: 40 });
  add("rss_timers_100k_mb", memory.timers.k100Mb, "MB", "node-schedule: one job per reminder, 100k");
  add("rss_timers_1m_mb", memory.timers.m1Mb, "MB", `node-schedule, 1M (${memory.timers.m1Measured ? `measured, ${memory.timers.m1Runs} run(s)` : "extrapolated from 100k"})`);
  add("rss_ratio_timers_1m", memory.ratio1m, "×", "node-schedule RSS / Afterword RSS at 1M", { op: ">=", value: 10 });
  notes.push(
    `memory: RSS after gc in a child process per reading; Afterword child opens the store, counts rows, runs one claim query (rolled back) and schedules one node-cron tick; ` +
      `node-schedule child adds jobs in ascending due order (random order takes minutes at 100k; 100k took ${(memory.timers.k100AddMs / 1000).toFixed(1)} s). ${memory.timers.m1Note}.`,
  );

  const totalS = msSince(started) / 1000;
  add("bench_total_s", totalS, "s", "this whole run", { op: "<", value: 480 });
  const loadAfter = loadavg()[0]!;
  notes.push(
    `machine: 2 cores shared with other work; 1-minute load average ${loadBefore.toFixed(2)} at start, ${loadAfter.toFixed(2)} at end. Figures are medians of ${RUNS} runs; ratios are taken pair by pair.`,
  );

  const missed = figures.filter((f) => met(f) === false).map((f) => f.name);
  console.log(renderTable(figures));
  console.log("");
  for (const n of notes) console.log(`- ${n}`);
  console.log(`- targets missed: ${missed.length ? missed.join(", ") : "none"}; total ${round(totalS)} s.`);
  const misses = explainMisses(figures);
  if (misses.length) {
    console.log("");
    console.log("Missed targets, by how much, and what limits them:");
    for (const line of misses) console.log(`- ${line}`);
  }
  if (json) console.log(renderJson(figures));
}

main()
  .catch((err) => {
    process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  })
  .finally(cleanup);
