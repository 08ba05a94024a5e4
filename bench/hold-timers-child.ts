// Child process for figure 5, the per-timer alternative: one node-schedule job per pending reminder.
// Usage: node --expose-gc hold-timers-child.js <count>; prints one JSON line and exits.
import schedule from "node-schedule";
import { settleAndMeasure } from "./measure-rss.js";

const count = Number(process.argv[2] ?? "0");
const first = Date.now() + 3_600_000;
const start = process.hrtime.bigint();
// Ascending due order: node-schedule keeps one sorted array, and adding in random order takes minutes at 100k.
for (let i = 0; i < count; i++) schedule.scheduleJob(new Date(first + i * 5_000), () => undefined);
const addMs = Number(process.hrtime.bigint() - start) / 1e6;

const rss = await settleAndMeasure();
console.log(JSON.stringify({ pending: count, addMs, ...rss }));
// Not gracefulShutdown(): cancelling a million jobs one by one is quadratic. Nothing here needs to run.
process.exit(0);
