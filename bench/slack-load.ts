// One autocannon run of chat traffic (signed Slack requests, Teams activities) against one server.
import autocannon, { type RequestSpec } from "autocannon";
import { cpuMs } from "./process-cpu.js";
import { SLACK_PATH } from "./slack-requests.js";

/** Requests for autocannon to send round-robin on each connection, to one path. */
export interface Traffic {
  path: string;
  requests(): RequestSpec[];
}

/** What one load run measured. */
export interface LoadResult {
  /** 2xx responses per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  ok: number;
  non2xx: number;
  errors: number;
  /** CPU the server used per answered request, microseconds (NaN without a pid); `settle` lets it finish background replies first. */
  serverCpuUsPerReq: number;
}

/**
 * Runs `connections` keep-alive connections for `durationS` seconds, then stops by itself. With
 * `serverPid`, also reads the server's CPU time before and after (after `settle`, which waits for
 * work it does once it has answered, such as posting replies).
 */
export async function runLoad(
  baseUrl: string,
  traffic: Traffic,
  connections: number,
  durationS: number,
  serverPid?: number,
  settle?: () => Promise<unknown>,
): Promise<LoadResult> {
  const cpuBefore = cpuMs(serverPid);
  const result = await autocannon({
    url: `${baseUrl}${traffic.path}`,
    connections,
    duration: durationS,
    timeout: 10,
    requests: traffic.requests(),
  });
  const ok = result["2xx"];
  await settle?.();
  const cpuAfter = cpuMs(serverPid);
  return {
    serverCpuUsPerReq: ((cpuAfter - cpuBefore) * 1000) / Math.max(1, ok),
    rps: ok / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Posts requests one by one (bounded concurrency) to `path` and checks every answer is 200. */
export async function postAll(baseUrl: string, requests: { body: string; headers: Record<string, string> }[], concurrency = 8, path = SLACK_PATH): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const r = requests[i]!;
      const res = await fetch(`${baseUrl}${path}`, { method: "POST", headers: r.headers, body: r.body, signal: AbortSignal.timeout(10_000) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`warm-up request answered ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
