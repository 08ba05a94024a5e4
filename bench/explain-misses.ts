// The closing note: for each missed target, by how much, and what the other figures say limits it.
import { met, type Figure } from "./figures.js";
import { round } from "./stats.js";

function by(f: Figure): string {
  const t = f.target!;
  const factor = t.op === ">=" ? t.value / f.value : f.value / t.value;
  return `${f.name} = ${round(f.value)} ${f.unit} against ${t.op} ${t.value} (off by ${round(factor, 3)}×)`;
}

/** One line per missed figure, naming what limits it from the run's own diagnostic figures. */
export function explainMisses(figures: Figure[]): string[] {
  const v = (name: string) => figures.find((f) => f.name === name)?.value ?? Number.NaN;
  const r = (name: string) => round(v(name));
  const lines: string[] = [];
  for (const f of figures.filter((x) => met(x) === false)) {
    let why = "";
    if (f.name === "turn_p99_us" || f.name === "turn_p99_us_ideas") {
      why =
        `the tail, not the median (p50 ${r("turn_p50_us")} µs): a tiny commit alone is ${r("commit_p50_us")}/${r("commit_p99_us")} µs p50/p99, the same turns without the flush ` +
        `(synchronous=OFF) reach p99 ${r("turn_p99_us_sync_off")} µs, and with statements prepared once ${r("turn_p99_us_ideas")} µs; ` +
        `the rest is the shared disk's flush tail and WAL checkpoints that land inside a turn's commit.`;
    } else if (f.name.startsWith("claim_500_1m") || f.name.startsWith("claim_growth_100k")) {
      why =
        `claimDue's SELECT has an OR that cannot follow the (status, due_at) index order, so every due row (10,000 at 1M, 1,000 at 100k) is read from the table ` +
        `(its lease_until is not in the index) and sorted before LIMIT 500, then 500 single-row UPDATEs follow; one UPDATE … WHERE id IN (two index range scans that stop at 500) RETURNING ` +
        `takes ${r("claim_500_1m_ms_ideas")} ms at 1M (${r("claim_growth_ideas")}× of 100k).`;
    } else if (f.name === "deliver_10k_s") {
      why =
        `${r("deliver_per_nudge_ms")} ms per nudge: each nudge commits on its own (markSent + afterNudgeSent, a disk flush each), every repository call re-prepares its SQL, ` +
        `and each batch's claim is slow (above); with statements prepared once, the one-statement claim and group commit: ${r("deliver_10k_s_ideas")} s.`;
    } else if (f.name.startsWith("ingress_ratio")) {
      const c = f.name.match(/c(\d+)$/)?.[1] ?? "";
      const ideas = f.name.includes("ideas");
      const cpu = v(`ingress_cpu_us_per_req${ideas ? "_ideas" : ""}_c${c}`);
      const bolt = v(`ingress_cpu_us_per_req_bolt_c${c}`);
      why =
        `CPU: the server spends ${round(cpu)} µs per request against bare Bolt's ${round(bolt)} µs (Bolt's own routing and signature check are in both); ` +
        `on one core that caps it near ${round(1e6 / cpu)} req/s. ${ideas ? "Left after the ideas: Bolt itself, the engine's JavaScript and SQLite work, one reply POST per request, GC." : `Cached statements, group commit and a lean reply POST bring it to ${r(`ingress_cpu_us_per_req_ideas_c${c}`)} µs (${r(`ingress_ratio_ideas_c${c}`)}×).`} ` +
        `0.8× of an app that only acknowledges would need the whole turn, its commit and its reply in about ${round(bolt / 0.8 - bolt)} µs.`;
    } else if (f.name.startsWith("ingress_p99")) {
      why = `queueing: at ${f.name.match(/c(\d+)$/)?.[1]} connections every request waits behind the others' turns on one event loop (see the CPU per request), and behind each commit's disk flush.`;
    } else if (f.name === "reply_p99_ms") {
      why = `the reply is posted after the 200 (${r("reply_ack_p50_ms")} ms p50 to the 200); the tail comes from commit flushes and GC pauses on a shared 2-core machine.`;
    } else if (f.name === "cold_start_1m_ms") {
      why = `module loading (Bolt, express, pino, luxon, chrono) and opening the database; compare cold_start_empty_ms = ${r("cold_start_empty_ms")} ms.`;
    } else if (f.name.startsWith("rss_")) {
      why = `see rss_afterword_none_mb / rss_afterword_1m_mb.`;
    } else if (f.name === "bench_total_s") {
      why = `the machine was busier than usual; the 1M node-schedule runs take what budget is left, so look at the other sections' times in the progress lines.`;
    }
    lines.push(`${by(f)}${why ? `: ${why}` : ""}`);
  }
  return lines;
}
