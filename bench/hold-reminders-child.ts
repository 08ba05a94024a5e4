// Child process for figure 5, Afterword's design: the reminders live as rows; one node-cron tick wakes the sweeper.
// Usage: node --expose-gc hold-reminders-child.js <database path>; prints one JSON line and exits.
import { schedule } from "node-cron";
import { Store } from "../src/store/store.js";
import { settleAndMeasure } from "./measure-rss.js";

const path = process.argv[2];
if (!path) throw new Error("usage: hold-reminders-child.js <database path>");

const store = Store.open(path);
// What a running server does with the rows between ticks: counts them for health, looks for due ones.
const pending = store.reminders.counts().pending ?? 0;
store.db.transaction(() => store.reminders.claimDue(Date.now(), 500, 0, "memory-probe"))();
const task = schedule("* * * * *", () => undefined, { noOverlap: true, name: "afterword-sweeper" });

const rss = await settleAndMeasure();
console.log(JSON.stringify({ pending, ...rss }));
await task.stop();
store.close();
process.exit(0);
