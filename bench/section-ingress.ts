// Figures 2 and 7 of the run: Slack ingress against the fair peer and bare Bolt, and Teams ingress
// against a bare CloudAdapter bot; every ratio taken pair by pair within one run.
import { measureIngress } from "./ingress.js";
import type { SectionContext } from "./report.js";
import { measureTeamsIngress } from "./teams-ingress.js";
import type { TempDir } from "./temp-dir.js";

/** Slack: afterword serve, the fair peer and bare Bolt, c=10 and c=50, order rotated. */
export async function ingressSection({ report, runs, quick, progress }: SectionContext, dir: TempDir): Promise<void> {
  const durationS = quick ? 2 : 3;
  progress(`figure 2, ingress: ${runs} rounds × c10 and c50 × ${durationS} s, afterword serve vs the fair peer vs bare Bolt vs the replying floor`);
  const ingress = await measureIngress(dir, { reps: runs, durationS, log: progress });
  for (const level of ingress.levels) {
    const c = level.connections;
    const { aw, peer, bolt, floor } = level.servers;
    report.add(`ingress_rps_c${c}`, aw.rps, "req/s", `afterword serve, signed commands + DM answers, ${c} connections`);
    report.add(`ingress_rps_peer_c${c}`, peer.rps, "req/s", "the fair peer (durable insert + reply through Bolt's client), same traffic");
    report.add(`ingress_rps_bolt_c${c}`, bolt.rps, "req/s", "bare Bolt (handlers only ack), same traffic");
    report.add(`ingress_ratio_c${c}`, level.boltRatio, "×", "afterword / bare Bolt throughput, median of paired runs", { op: ">=", value: 0.5 });
    report.add(`ingress_peer_ratio_c${c}`, level.peerRatio, "×", "afterword / fair peer throughput, median of paired runs", { op: ">=", value: 1 });
    report.add(`ingress_cpu_us_per_req_c${c}`, aw.cpuUsPerReq, "µs", "afterword server CPU per 2xx answer (incl. posting its reply)");
    report.add(`ingress_cpu_us_per_req_peer_c${c}`, peer.cpuUsPerReq, "µs", "fair peer server CPU per 2xx answer");
    report.add(`ingress_cpu_us_per_req_bolt_c${c}`, bolt.cpuUsPerReq, "µs", "bare Bolt server CPU per 2xx answer");
    report.add(`ingress_cpu_ratio_c${c}`, level.cpuRatio, "×", "afterword CPU per request / bare Bolt's, median of paired runs", { op: "<=", value: 2 });
    report.add(`ingress_rps_floor_c${c}`, floor.rps, "req/s", "the replying floor (bare Bolt + one Web API call per request through Afterword's client), same traffic");
    report.add(`ingress_cpu_us_per_req_floor_c${c}`, floor.cpuUsPerReq, "µs", "the replying floor's CPU per 2xx answer (incl. its call)");
    report.add(`ingress_floor_cpu_ratio_c${c}`, level.floorCpuRatio, "×", "the replying floor's CPU per request / bare Bolt's: what answering alone costs, median of paired runs");
    report.add(`ingress_cpu_over_floor_c${c}`, level.cpuOverFloor, "×", "afterword CPU per request / the replying floor's: what Afterword adds to answering, median of paired runs");
    // The medians beside the p99s: in a closed loop the mean is connections ÷ throughput, so a p99 is only a tail beyond its own median.
    report.add(`ingress_p50_ms_c${c}`, aw.p50Ms, "ms", `afterword p50 latency at ${c} connections`);
    report.add(`ingress_p50_ms_bolt_c${c}`, bolt.p50Ms, "ms", `bare Bolt p50 latency at ${c} connections`);
    report.add(`ingress_p99_ms_c${c}`, aw.p99Ms, "ms", `afterword p99 latency at ${c} connections`);
    report.add(`ingress_p99_ms_peer_c${c}`, peer.p99Ms, "ms", `fair peer p99 latency at ${c} connections`);
    report.add(`ingress_p99_ms_bolt_c${c}`, bolt.p99Ms, "ms", `bare Bolt p99 latency at ${c} connections`);
    report.add(`ingress_p99_ratio_c${c}`, level.p99Ratio, "×", "afterword p99 / bare Bolt's, median of paired runs", c === 50 ? { op: "<=", value: 2 } : undefined);
    report.add(`event_loop_delay_p99_ms_c${c}`, level.loop.p99Ms, "ms", `afterword's event loop delay during its runs, p99 (max ${level.loop.maxMs.toFixed(1)} ms)`);
    if (level.failures) report.note(`ingress c=${c}: ${level.failures} non-2xx answers or socket errors over all runs.`);
  }
  report.note(
    `ingress: ${ingress.durationS} s per run (the issue's 10 s shortened to fit 8 minutes), ${ingress.reps} rounds per concurrency (afterword, fair peer, bare Bolt and the replying floor back to back, order rotated); ` +
      `each connection alternates a signed /interview-done (form body; Afterword reads its text and opens the debrief form with views.open) and a signed DM answer (event_callback, unique event_id; one debrief turn, replied to with chat.postMessage): ` +
      `${ingress.commandUsers} distinct command users and ${ingress.messageUsers} distinct DM users, each DM user's debrief started first by typing interview-done in the DM; ` +
      `DM users answer their debrief in order to the save, then start a fresh one. The fair peer stores each event with one insert (WAL, synchronous=FULL) before its 200, opens a form for the command and posts a reply for a DM through Bolt's own client (not awaited, as Afterword's is not); bare Bolt only acknowledges; the replying floor is bare Bolt plus the same form or reply sent through Afterword's own Web API client (no storage, no engine, no logging), the least any app that answers can cost. ` +
      `The fake Slack API runs in its own process. Event loop delay: monitorEventLoopDelay (1 ms resolution, taken off) inside afterword serve, preloaded by the bench.`,
  );
}

/** Teams: afterword serve against a bare CloudAdapter bot that answers each message with one plain reply. */
export async function teamsSection({ report, runs, quick, progress }: SectionContext, dir: TempDir): Promise<void> {
  const durationS = quick ? 2 : 3;
  const reps = Math.min(runs, 3);
  progress(`figure 7, Teams ingress: ${reps} rounds × c10 and c50 × ${durationS} s, afterword serve vs a bare CloudAdapter bot`);
  const teams = await measureTeamsIngress(dir, { reps, durationS, log: progress });
  for (const level of teams.levels) {
    const c = level.connections;
    report.add(`teams_ingress_rps_c${c}`, level.afterword.rps, "req/s", `afterword serve, Teams debrief answers at /api/messages, ${c} connections`);
    report.add(`teams_ingress_rps_bare_c${c}`, level.bare.rps, "req/s", "bare CloudAdapter bot (one plain reply per message), same traffic");
    report.add(`teams_ingress_ratio_c${c}`, level.ratio, "×", "afterword / bare CloudAdapter throughput, median of paired runs", { op: ">=", value: 0.5 });
    report.add(`teams_cpu_us_per_req_c${c}`, level.afterword.cpuUsPerReq, "µs", "afterword server CPU per Teams message (incl. its reply)");
    report.add(`teams_cpu_us_per_req_bare_c${c}`, level.bare.cpuUsPerReq, "µs", "bare CloudAdapter bot CPU per message");
    report.add(`teams_p99_ms_c${c}`, level.afterword.p99Ms, "ms", `afterword p99 latency at ${c} connections (Teams)`);
    report.add(`teams_p99_ms_bare_c${c}`, level.bare.p99Ms, "ms", `bare CloudAdapter bot p99 at ${c} connections`);
    if (level.failures) report.note(`Teams ingress c=${c}: ${level.failures} non-2xx answers or socket errors over all runs.`);
  }
  report.note(teams.note);
}
