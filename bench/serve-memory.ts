// Figure 6b: what `afterword serve` holds in memory once started and idle, with the letters'
// grammar checker (harper.js, its WebAssembly heap) on and off: what a small host must have.
import { readFileSync } from "node:fs";
import { startAfterwordServe } from "./afterword-serve.js";
import { startFakeSlackApi } from "./fake-slack-api.js";
import type { TempDir } from "./temp-dir.js";

/** Resident memory of an idle server, settled, and the most it held on the way (MB of 10^6 bytes, as figure 5's). */
export interface ServeMemory {
  rssMb: number;
  peakMb: number;
}

function statusMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return (Number(m[1]) * 1024) / 1e6;
}

/** Starts the real server (Slack on, pointed at a fake; empty database), waits until its resident size holds still for a second (at most 10 s), reads it, and stops it. */
export async function measureServeMemory(dir: TempDir, grammar: "on" | "off"): Promise<ServeMemory> {
  const fake = await startFakeSlackApi();
  try {
    const server = await startAfterwordServe({ dbPath: dir.file(`memory-${grammar}.db`), apiUrl: fake.apiUrl, logPath: dir.file(`serve-memory-${grammar}.log`), env: { AFTERWORD_GRAMMAR: grammar } });
    try {
      const pid = server.child.pid!;
      // The grammar checker loads in the background after /healthz answers: wait for the size to settle.
      let last = statusMb(pid, "VmRSS");
      for (let steady = 0, waited = 0; steady < 4 && waited < 10_000; waited += 250) {
        await new Promise((r) => setTimeout(r, 250));
        const now = statusMb(pid, "VmRSS");
        steady = Math.abs(now - last) < 2 ? steady + 1 : 0;
        last = now;
      }
      return { rssMb: last, peakMb: statusMb(pid, "VmHWM") };
    } finally {
      await server.stop();
    }
  } finally {
    await fake.close();
  }
}
