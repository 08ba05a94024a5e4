// Figure 4 of the run: the sweeper at scale: claiming due rows, delivering 10,000 reflect nudges
// and 1,000 thank-you nudges (two letters each, drafted and checked) with 1M pending.
import { loadGrammarChecker } from "../src/core/letters/index.js";
import { measureClaim } from "./claim-batch.js";
import { measureDelivery, resetReflect } from "./deliver-nudges.js";
import type { SectionContext } from "./report.js";
import type { SeedLayout } from "./seed-reminders.js";
import { resetThanks, seedThanks } from "./seed-thanks.js";
import { msSince } from "./stats.js";

/** The seeded databases this section works on. */
export interface ScaleDatabases {
  k100: { path: string; layout: SeedLayout };
  m1: { path: string; layout: SeedLayout };
}

/** Claims at 100k and 1M, then deliveries at 1M: reflect nudges, then (re-seeded in place) thank-you nudges. */
export async function sweeperSection({ report, runs, quick, progress }: SectionContext, db: ScaleDatabases): Promise<void> {
  progress("figure 4, sweeper: claim 500 due rows at 100k and 1M");
  const claim100k = measureClaim(db.k100.path, db.k100.layout, runs + 2);
  const claim1m = measureClaim(db.m1.path, db.m1.layout, runs + 2);
  report.add("claim_500_100k_ms", claim100k.medianMs, "ms", "claimDue(500) in a write tx, 100k pending (1,000 due)");
  report.add("claim_500_1m_ms", claim1m.medianMs, "ms", "same, 1M pending (10,000 due)", { op: "<", value: 20 });
  report.add("claim_growth_100k_to_1m", claim1m.medianMs / claim100k.medianMs, "×", "claim time at 1M / at 100k", { op: "<=", value: 2 });

  // The server loads the grammar checker at start-up; the sweeps here check letters with it too.
  const grammar = await loadGrammarChecker();
  const { path, layout } = db.m1;
  progress(`figure 4, sweeper: sweep() delivers ${layout.due} due reflect nudges through an instant ChatPort (${runs} runs)`);
  const reflect = await measureDelivery(path, layout, runs, resetReflect, grammar);
  report.add("deliver_10k_s", reflect.medianS, "s", `sweep() delivers ${reflect.delivered} due reflect nudges (1M pending), instant ChatPort`, { op: "<", value: 2 });
  report.add("deliver_reflect_per_nudge_ms", reflect.perNudgeMs, "ms", "same, per reflect nudge");

  const seedStart = process.hrtime.bigint();
  const thanksLayout = seedThanks(path, layout, quick ? 100 : 1000);
  // About 25 ms a nudge on a quiet machine (the grammar check is most of it): one run of 1,000 fits the budget.
  const thanksRuns = 1;
  progress(`figure 4, sweeper: sweep() delivers ${thanksLayout.due} due thank-you nudges, two letters each (${thanksRuns} runs; seeded in ${(msSince(seedStart) / 1000).toFixed(1)} s)`);
  const thanks = await measureDelivery(path, thanksLayout, thanksRuns, (store) => resetThanks(store, thanksLayout), grammar);
  report.add("deliver_thanks_1k_s", thanks.medianS, "s", `sweep() delivers ${thanks.delivered} due thank-you nudges (1M pending): two letters each, drafted and checked`);
  report.add("deliver_thanks_per_nudge_ms", thanks.perNudgeMs, "ms", "same, per thank-you nudge");
  report.note(
    `deliver: sweep() at noon UTC in the users' zone; batches of 500, 16 users at a time (sweep defaults); rows put back (untimed) between runs; the instant ChatPort answers on the next event-loop turn, as a network reply would. ` +
      `Reflect nudges: median of ${runs} runs. Thank-you nudges: ${thanks.delivered} interviews given a whole debrief with two interviewers (copied from one typed through the engine), their reflect nudge sent; ` +
      `each nudge drafts both letters and checks them (grammar checker loaded), ${thanksRuns} run.`,
  );
}
