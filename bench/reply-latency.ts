// Figure 3: what a user feels — a signed DM answer reaching the endpoint to the next question reaching chat.postMessage.
import { startAfterwordServe, SIGNING_SECRET } from "./afterword-serve.js";
import { startFakeSlackApi, type PostedMessage } from "./fake-slack-api.js";
import { postAll } from "./slack-load.js";
import { SLACK_PATH } from "./slack-requests.js";
import { SlackTraffic } from "./slack-traffic.js";
import { median, percentile } from "./stats.js";
import type { TempDir } from "./temp-dir.js";

/** Medians over runs of each run's percentiles, in milliseconds. */
export interface ReplyResult {
  p50Ms: number;
  p99Ms: number;
  /** Median over runs of the time to the endpoint's 200 (the turn committed). */
  ackP50Ms: number;
  answers: number;
  runs: number;
  /** Answers whose reply never reached the fake within 5 s (should be 0). */
  lost: number;
}

/**
 * Runs `runs` × `answers` DM answers one after another against one `afterword serve`, with the
 * fake Slack API in this process so both ends of each latency are read from one clock.
 */
export async function measureReplyLatency(dir: TempDir, runs = 5, answers = 1000, users = 50): Promise<ReplyResult> {
  const waiting = new Map<string, (m: PostedMessage) => void>();
  const fake = await startFakeSlackApi({ onPost: (m) => waiting.get(m.channel)?.(m) });
  const server = await startAfterwordServe({ dbPath: dir.file("reply.db"), apiUrl: fake.apiUrl, logPath: dir.file("serve-reply.log") });
  const traffic = new SlackTraffic(SIGNING_SECRET, 1, users, "rl");
  let lost = 0;
  try {
    // Each user starts a debrief with /interview-done (DM opened, zone fetched); then only answers are timed.
    await postAll(server.url, Array.from({ length: users }, (_, u) => traffic.startDebrief(u)));
    await new Promise((r) => setTimeout(r, 300));
    const p50s: number[] = [];
    const p99s: number[] = [];
    const acks: number[] = [];
    for (let run = 0; run < runs + 1; run++) {
      const latencies: number[] = [];
      const ackTimes: number[] = [];
      // Run 0 is a shorter warm-up (JIT, connections) and is not counted.
      for (let i = 0; i < (run === 0 ? 200 : answers); i++) {
        const req = traffic.nextMessage();
        const posted = new Promise<PostedMessage | undefined>((resolve) => {
          const timer = setTimeout(() => resolve(undefined), 5000);
          waiting.set(req.channel, (m) => {
            clearTimeout(timer);
            waiting.delete(req.channel);
            resolve(m);
          });
        });
        const start = process.hrtime.bigint();
        const res = await fetch(`${server.url}${SLACK_PATH}`, { method: "POST", headers: req.headers, body: req.body, signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        const acked = process.hrtime.bigint();
        if (res.status !== 200) throw new Error(`DM answer answered ${res.status}`);
        const m = await posted;
        if (!m) {
          lost++;
          continue;
        }
        latencies.push(Number(m.at - start) / 1e6);
        ackTimes.push(Number(acked - start) / 1e6);
      }
      if (run === 0) continue;
      p50s.push(percentile(latencies, 50));
      p99s.push(percentile(latencies, 99));
      acks.push(percentile(ackTimes, 50));
    }
    return { p50Ms: median(p50s), p99Ms: median(p99s), ackP50Ms: median(acks), answers, runs, lost };
  } finally {
    await server.stop();
    await fake.close();
  }
}
