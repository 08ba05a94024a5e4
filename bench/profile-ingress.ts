// `npm run bench:profile` [-- --connections 50 --seconds 10 --server afterword|peer|bolt|floor]: one of
// the Slack servers of `npm run bench` (Afterword by default) under its ingress load, profiled with
// `node --cpu-prof`; prints where its CPU goes per request, by component, and the heaviest
// functions. The .cpuprofile is kept (its path is printed) for Chrome DevTools or speedscope.
// EXTRA_NODE_ARGS (space-separated) adds flags to the profiled server's node, e.g.
// EXTRA_NODE_ARGS=--max-semi-space-size=64 for the garbage-collector figure in docs/operating.md.
import { readdirSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { startAfterwordServe, SIGNING_SECRET } from "./afterword-serve.js";
import { startBareBolt, startFairPeer, startReplyingBolt } from "./slack-servers.js";
import { breakdown, COMPONENTS, readProfile } from "./cpu-breakdown.js";
import { startFakeSlackChild } from "./fake-slack-child-handle.js";
import { postAll, runLoad } from "./slack-load.js";
import { SlackTraffic } from "./slack-traffic.js";
import { makeTempDir } from "./temp-dir.js";

const { values } = parseArgs({
  options: { connections: { type: "string", default: "50" }, seconds: { type: "string", default: "10" }, server: { type: "string", default: "afterword" } },
});
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const users = 300;

const dir = makeTempDir("afterword-profile-");
const fake = await startFakeSlackChild(dir.file("fake-slack.log"));
const profiling = [...(process.env.EXTRA_NODE_ARGS ? process.env.EXTRA_NODE_ARGS.split(" ") : []), "--cpu-prof", "--cpu-prof-dir", dir.path, "--cpu-prof-interval", "250"];
const server: { url: string; pid: number | undefined; stop(): Promise<void> } =
  values.server === "peer"
    ? await startFairPeer(dir, fake.apiUrl, profiling)
    : values.server === "bolt"
      ? await startBareBolt(dir, fake.apiUrl, profiling)
      : values.server === "floor"
        ? await startReplyingBolt(dir, fake.apiUrl, profiling)
        : await startAfterwordServe({ dbPath: dir.file("profile.db"), apiUrl: fake.apiUrl, logPath: dir.file("serve.log"), nodeArgs: profiling }).then((s) => ({ ...s, pid: s.child.pid }));
let window: { from: number; to: number };
let answered: number;
let cpuUsPerReq: number;
try {
  const traffic = new SlackTraffic(SIGNING_SECRET, users, users, "pf");
  // Warmed as the bench warms: every user has used /interview-done once, then a second of load.
  await postAll(server.url, [...Array.from({ length: users }, (_, u) => traffic.startDebrief(u)), ...Array.from({ length: users }, () => traffic.nextCommand())]);
  await fake.settle();
  await runLoad(server.url, traffic, 10, 1);
  await fake.settle();
  const from = Number(process.hrtime.bigint() / 1000n);
  const load = await runLoad(server.url, traffic, connections, seconds, server.pid, () => fake.settle());
  window = { from, to: Number(process.hrtime.bigint() / 1000n) };
  answered = load.ok;
  cpuUsPerReq = load.serverCpuUsPerReq;
  process.stderr.write(`${load.rps.toFixed(0)} req/s, p99 ${load.p99Ms} ms, ${load.serverCpuUsPerReq.toFixed(0)} µs CPU per request (profiler on), ${load.non2xx + load.errors} failures\n`);
} finally {
  // Each server exits through process.exit (afterword serve on SIGTERM, the baselines when their IPC channel closes), and node writes the profile then.
  await server.stop();
  await fake.stop();
}

// The main thread's profile is the largest (the integrity check's worker thread writes one too).
const file = readdirSync(dir.path)
  .filter((f) => f.endsWith(".cpuprofile"))
  .sort((a, b) => statSync(dir.file(b)).size - statSync(dir.file(a)).size)[0];
if (!file) throw new Error(`no .cpuprofile in ${dir.path}`);
const result = breakdown(readProfile(dir.file(file)), window);
// Samples are taken on the wall clock, which a busy machine stretches: the shares are what the
// profile tells, and µs per request is each share of the CPU time the kernel counted.
const perReq = (ms: number) => ((cpuUsPerReq * ms) / result.totalMs).toFixed(0).padStart(6);
console.log(`${values.server}, ${connections} connections, ${seconds} s, ${answered} requests answered, ${cpuUsPerReq.toFixed(0)} µs of CPU per request (profiler on)\n`);
console.log("component                       µs/req   share");
for (const c of COMPONENTS) {
  const ms = result.byComponent.get(c)!;
  console.log(`${c.padEnd(30)} ${perReq(ms)}  ${((100 * ms) / result.totalMs).toFixed(1).padStart(5)} %`);
}
console.log("\nheaviest functions (self time):");
for (const f of result.top) console.log(`${perReq(f.selfMs)} µs/req  ${f.component.padEnd(16)} ${f.name}  ${f.url}`);
console.log(`\nprofile: ${dir.file(file)}`);
