// Figure 6: `afterword serve` (node dist/src/main.js serve) from spawn to /healthz answering 200.
import { startAfterwordServe } from "./afterword-serve.js";
import { startFakeSlackApi } from "./fake-slack-api.js";
import { median } from "./stats.js";
import type { TempDir } from "./temp-dir.js";

/** Median milliseconds from spawn to the first 200 from /healthz, and every run's time. */
export interface ColdStartResult {
  medianMs: number;
  runsMs: number[];
}

/** Starts and stops the real server `runs` times on `dbPath`, Slack on (pointed at a fake), stopping each with SIGTERM. */
export async function measureColdStart(dir: TempDir, dbPath: string, runs = 5, label = "cold"): Promise<ColdStartResult> {
  const fake = await startFakeSlackApi();
  const runsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const server = await startAfterwordServe({ dbPath, apiUrl: fake.apiUrl, logPath: dir.file(`serve-${label}.log`) });
      runsMs.push(server.startMs);
      await server.stop();
    }
  } finally {
    await fake.close();
  }
  return { medianMs: median(runsMs), runsMs };
}
