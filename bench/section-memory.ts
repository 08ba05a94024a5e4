// Figure 5 of the run: RSS holding 0 / 100k / 1M pending reminders, Afterword against one node-schedule job per reminder.
import { measureMemory } from "./memory.js";
import type { SectionContext } from "./report.js";

/** Last in the run: 1M node-schedule runs (about 30 s each) take what is left of the budget, until `deadline` (epoch ms). */
export async function memorySection({ report, runs, progress }: SectionContext, paths: { none: string; k100: string; m1: string }, deadline: number): Promise<void> {
  progress(`figure 5, memory: RSS holding 0 / 100k / 1M pending, Afterword vs node-schedule (${runs} runs; 1M timers as often as ${Math.round((deadline - Date.now()) / 1000)} s of budget allow)`);
  const memory = await measureMemory(paths, runs, deadline);
  report.add("rss_afterword_none_mb", memory.afterword.noneMb, "MB", "Afterword process: store open + one node-cron tick, no reminders");
  report.add("rss_afterword_1m_mb", memory.afterword.m1Mb, "MB", "same, 1M pending rows");
  report.add("rss_growth_1m_mb", memory.growthMb, "MB", "Afterword RSS growth from none to 1M pending", { op: "<", value: 40 });
  report.add("rss_timers_100k_mb", memory.timers.k100Mb, "MB", "node-schedule: one job per reminder, 100k");
  report.add("rss_timers_1m_mb", memory.timers.m1Mb, "MB", `node-schedule, 1M (${memory.timers.m1Measured ? `measured, ${memory.timers.m1Runs} run(s)` : "extrapolated from 100k"})`);
  report.add("rss_ratio_timers_1m", memory.ratio1m, "×", "node-schedule RSS / Afterword RSS at 1M", { op: ">=", value: 10 });
  report.note(
    `memory: RSS after gc in a child process per reading; Afterword child opens the store, counts rows, runs one claim query (rolled back) and schedules one node-cron tick; ` +
      `node-schedule child adds jobs in ascending due order (random order takes minutes at 100k; 100k took ${(memory.timers.k100AddMs / 1000).toFixed(1)} s). ${memory.timers.m1Note}.`,
  );
}
