// Figure 7: Teams message activities at concurrency 10 and 50 against `afterword serve` (Teams on,
// unauthenticated on loopback) and a bare CloudAdapter bot, back to back in one run, pair by pair.
import { startAfterwordServe } from "./afterword-serve.js";
import { cleanEnv, compiled, freePort, nextMessage, spawnNode, stopChild } from "./children.js";
import { startFakeSlackChild } from "./fake-slack-child-handle.js";
import { postAll, runLoad, type LoadResult } from "./slack-load.js";
import { median } from "./stats.js";
import { TEAMS_PATH, TeamsTraffic } from "./teams-traffic.js";
import type { TempDir } from "./temp-dir.js";

/** One server's medians at one concurrency. */
export interface TeamsFigures {
  rps: number;
  p99Ms: number;
  cpuUsPerReq: number;
}

/** Both servers at one concurrency, and Afterword's throughput ÷ the bare bot's (median of paired runs). */
export interface TeamsAtConcurrency {
  connections: number;
  afterword: TeamsFigures;
  bare: TeamsFigures;
  ratio: number;
  failures: number;
}

/** What the Teams runs measured, and a note on how. */
export interface TeamsIngressResult {
  levels: TeamsAtConcurrency[];
  note: string;
}

const sum = (runs: LoadResult[]): TeamsFigures => ({
  rps: median(runs.map((r) => r.rps)),
  p99Ms: median(runs.map((r) => r.p99Ms)),
  cpuUsPerReq: median(runs.map((r) => r.serverCpuUsPerReq)),
});

/** Starts the fake connector, Afterword (Teams only) and the bare bot, warms both, and runs them back to back. */
export async function measureTeamsIngress(dir: TempDir, options: { connections?: number[]; reps?: number; durationS?: number; users?: number; log?: (line: string) => void } = {}): Promise<TeamsIngressResult> {
  const connections = options.connections ?? [10, 50];
  const reps = options.reps ?? 3;
  const durationS = options.durationS ?? 3;
  const users = options.users ?? 300;
  const fake = await startFakeSlackChild(dir.file("fake-connector.log"));
  const port = await freePort();
  const bare = spawnNode(compiled("./bare-cloudadapter-child.js"), [], { env: cleanEnv({ PORT: String(port) }), logPath: dir.file("bare-cloudadapter.log"), ipc: true });
  let afterword: Awaited<ReturnType<typeof startAfterwordServe>> | undefined;
  try {
    afterword = await startAfterwordServe({ dbPath: dir.file("teams.db"), teams: true, logPath: dir.file("serve-teams.log") });
    await nextMessage(bare, (m) => (m && m.listening ? true : undefined), 15_000);
    const targets = {
      aw: { url: afterword.url, pid: afterword.child.pid, traffic: new TeamsTraffic(fake.serviceUrl, users, "aw") },
      bare: { url: `http://127.0.0.1:${port}`, pid: bare.pid, traffic: new TeamsTraffic(fake.serviceUrl, users, "bb") },
    };
    for (const t of Object.values(targets)) {
      // The command and the card one after the other, per user.
      const starts = Array.from({ length: users }, (_, u) => t.traffic.startDebrief(u));
      await postAll(t.url, starts.map((s) => s[0]!), 8, TEAMS_PATH);
      await postAll(t.url, starts.map((s) => s[1]!), 8, TEAMS_PATH);
      await runLoad(t.url, t.traffic, 10, 1);
    }
    const levels: TeamsAtConcurrency[] = [];
    const runs = new Map(connections.map((c) => [c, { aw: [] as LoadResult[], bare: [] as LoadResult[] }]));
    for (let rep = 0; rep < reps; rep++) {
      for (const c of connections) {
        const slot = runs.get(c)!;
        for (const who of rep % 2 ? (["bare", "aw"] as const) : (["aw", "bare"] as const)) {
          const t = targets[who];
          slot[who].push(await runLoad(t.url, t.traffic, c, durationS, t.pid));
        }
        const show = (r: LoadResult) => `${r.rps.toFixed(0)}/s p99 ${r.p99Ms} ms ${r.serverCpuUsPerReq.toFixed(0)} µs CPU/req`;
        options.log?.(`  teams c=${c} run ${rep + 1}: afterword ${show(slot.aw.at(-1)!)}; bare CloudAdapter ${show(slot.bare.at(-1)!)}`);
      }
    }
    for (const c of connections) {
      const slot = runs.get(c)!;
      levels.push({
        connections: c,
        afterword: sum(slot.aw),
        bare: sum(slot.bare),
        ratio: median(slot.aw.map((r, i) => r.rps / slot.bare[i]!.rps)),
        failures: [...slot.aw, ...slot.bare].reduce((n, r) => n + r.non2xx + r.errors, 0),
      });
    }
    const note =
      `Teams ingress: ${durationS} s per run, ${reps} rounds per concurrency (order alternated); each request a message activity from one of ${users} users in one tenant (personal chat, channel msteams), ` +
      `each user going through their own debrief in order: interview-done typed (Afterword answers with the debrief form's card), the card submitted, then the chat's questions to the save. ` +
      `Afterword runs unauthenticated on loopback (TEAMS_UNAUTHENTICATED=true: no token is checked, by either server). ` +
      `Both reply within the turn, before their 200, to a fake Bot Connector in its own process; the bare bot (botbuilder's CloudAdapter with its own connector client) answers each message with one plain text reply.`;
    return { levels, note };
  } finally {
    await afterword?.stop();
    await stopChild(bare, 2000);
    await fake.stop();
  }
}
