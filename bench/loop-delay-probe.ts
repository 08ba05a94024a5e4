// Preloaded (node --import) into an `afterword serve` the benchmark started with an IPC channel:
// watches the event loop's delay and answers the parent's "loop:reset" and "loop:read" messages,
// so a run's delay is read from inside the server without the server knowing it is measured.
import { monitorEventLoopDelay } from "node:perf_hooks";

// Each reading is the resolution plus the delay: the resolution is taken off below.
const RESOLUTION_MS = 1;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
histogram.enable();

/** What the probe reports, in milliseconds. */
export interface LoopDelay {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

process.on("message", (msg: unknown) => {
  if (msg === "loop:reset") histogram.reset();
  else if (msg === "loop:read") {
    const ms = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
    process.send?.({ loop: { p50Ms: ms(histogram.percentile(50)), p99Ms: ms(histogram.percentile(99)), maxMs: ms(histogram.max) } satisfies LoopDelay });
  }
});
// The IPC channel must not keep the server alive, nor stop it from exiting on SIGTERM.
process.channel?.unref();
