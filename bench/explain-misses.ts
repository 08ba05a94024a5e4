// The closing note: for each missed target, by how much, and what the run's own figures say limits it.
import { met, type Figure } from "./figures.js";
import type { Report } from "./report.js";
import { round } from "./stats.js";

function by(f: Figure): string {
  const t = f.target!;
  const factor = t.op === ">=" ? t.value / f.value : f.value / t.value;
  return `${f.name} = ${round(f.value)} ${f.unit} against ${t.op} ${t.value} (off by ${round(factor, 3)}×)`;
}

/** One line per missed figure, naming what limits it from the run's diagnostic figures. */
export function explainMisses(report: Report): string[] {
  const r = (name: string) => round(report.value(name));
  const lines: string[] = [];
  for (const f of report.figures.filter((x) => met(x) === false)) {
    const c = f.name.match(/c(\d+)$/)?.[1] ?? "";
    let why = "";
    if (f.name === "turn_p99_commit_ratio") {
      why = `turn p99 ${r("turn_p99_us")} µs against a commit's p99 ${r("commit_p99_us")} µs; without the disk flush (synchronous=OFF) the turns' p99 is ${r("turn_p99_us_sync_off")} µs, so the rest is the engine's own work on the heaviest answers.`;
    } else if (f.name.startsWith("claim_")) {
      why = `the claim's two index range scans should stay flat with the table's size; compare claim_500_100k_ms = ${r("claim_500_100k_ms")} ms.`;
    } else if (f.name === "deliver_10k_s") {
      why = `${r("deliver_reflect_per_nudge_ms")} ms per reflect nudge: about one group commit per nudge (a sent nudge's outcome shares the next user's render), 16 users at a time, each commit waiting for the disk (a commit alone: ${r("commit_p50_us")}/${r("commit_p99_us")} µs p50/p99 in this run), and the port's turn of the event loop.`;
    } else if (f.name.startsWith("ingress_ratio_c") || f.name.startsWith("ingress_cpu_ratio_c") || f.name.startsWith("ingress_peer_ratio_c")) {
      why =
        `CPU: afterword ${r(`ingress_cpu_us_per_req_c${c}`)} µs per request, the fair peer ${r(`ingress_cpu_us_per_req_peer_c${c}`)} µs, bare Bolt ${r(`ingress_cpu_us_per_req_bolt_c${c}`)} µs; ` +
        `on one core that caps afterword near ${round(1e6 / report.value(`ingress_cpu_us_per_req_c${c}`))} req/s. ` +
        `Answering alone (the replying floor: bare Bolt plus the one Web API call, nothing stored) costs ${r(`ingress_cpu_us_per_req_floor_c${c}`)} µs, ${r(`ingress_floor_cpu_ratio_c${c}`)}× bare Bolt's; afterword is ${r(`ingress_cpu_over_floor_c${c}`)}× that floor. See the README's profile for where the microseconds go.`;
    } else if (f.name.startsWith("ingress_p99_ratio")) {
      why =
        `afterword p99 ${r(`ingress_p99_ms_c${c}`)} ms (p50 ${r(`ingress_p50_ms_c${c}`)}) against bare Bolt's ${r(`ingress_p99_ms_bolt_c${c}`)} ms (p50 ${r(`ingress_p50_ms_bolt_c${c}`)}); afterword's event loop delay p99 was ${r(`event_loop_delay_p99_ms_c${c}`)} ms, ` +
        `and every group commit waits for the disk on the loop (a commit alone: ${r("commit_p99_us")} µs p99 in this run). In a closed loop the mean latency is connections ÷ throughput, so the CPU per request sets the floor.`;
    } else if (f.name.startsWith("teams_ingress_ratio")) {
      why = `CPU: afterword ${r(`teams_cpu_us_per_req_c${c}`)} µs per Teams message against the bare CloudAdapter bot's ${r(`teams_cpu_us_per_req_bare_c${c}`)} µs.`;
    } else if (f.name === "reply_p99_ms") {
      why = `the reply is posted after the 200 (${r("reply_ack_p50_ms")} ms p50 to the 200); the tail comes from commit flushes and GC pauses on a shared 2-core machine.`;
    } else if (f.name === "cold_start_1m_ms") {
      why = `module loading (Bolt, express, pino, luxon, chrono, compromise) and opening the database; compare cold_start_empty_ms = ${r("cold_start_empty_ms")} ms.`;
    } else if (f.name.startsWith("rss_")) {
      why = `see rss_afterword_none_mb / rss_afterword_1m_mb.`;
    } else if (f.name === "bench_total_s") {
      why = `the machine was busier than usual; the 1M node-schedule runs take what budget is left, so look at the other sections' times in the progress lines.`;
    }
    lines.push(`${by(f)}${why ? `: ${why}` : ""}`);
  }
  return lines;
}
