// RSS of this process once garbage is collected and the heap has settled (children run with --expose-gc).

/** Resident and heap memory in megabytes (10^6 bytes). */
export interface RssReading {
  rssMb: number;
  heapUsedMb: number;
}

/** Collects garbage a few times with short pauses between, then reads process memory. */
export async function settleAndMeasure(): Promise<RssReading> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((r) => setTimeout(r, 50));
  }
  const m = process.memoryUsage();
  return { rssMb: m.rss / 1e6, heapUsedMb: m.heapUsed / 1e6 };
}
