import { Actions } from "../../src/core/actions.js";
import { buttonsOf, type Driver } from "./temp-store.js";

/** Options for a short debrief driven through the real flow. */
export interface QuickDebrief {
  company?: string;
  role?: string;
  names?: string[];
  when?: string;
  decision?: string;
  interest?: "yes" | "unsure" | "no";
  recruiter?: string;
  teamNeeds?: string;
  specific?: string;
}

/** Runs a debrief through the real engine (answers, then edits from the summary) and confirms it; returns the confirmation. */
export function quickDebrief(d: Driver, o: QuickDebrief = {}) {
  const names = o.names ?? ["Dana Li"];
  d.command(`${o.company ?? "Acme"}, ${o.role ?? "Staff Engineer"}, with ${names.join(" and ")}`);
  d.say(o.when ?? "today 10am");
  d.say("video");
  d.say("final round");
  for (let i = 0; i < names.length; i++) {
    d.press(Actions.answer, "yes");
    d.say("Engineering Manager");
    d.say("skip");
    d.say(o.specific ?? `asked about the billing migration (${i})`);
  }
  d.say("platform roadmap and on-call");
  d.say(o.teamNeeds ?? "fewer flaky deploys");
  d.say("skip");
  d.say("skip");
  d.say(o.decision ?? "no");
  d.say("my migration story landed");
  d.say("skip");
  d.say("skip");
  d.say("skip");
  d.say("skip");
  d.press(Actions.answer, o.interest ?? "yes");
  const summary = d.say(o.recruiter ?? "no");
  const confirm = buttonsOf(summary).find((b) => b.action === Actions.confirm);
  if (!confirm) throw new Error("no confirm button on the summary");
  return d.press(confirm.action, confirm.value);
}
