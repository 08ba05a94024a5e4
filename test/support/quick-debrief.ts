import { Actions } from "../../src/core/actions.js";
import type { Outbound } from "../../src/core/types.js";
import { buttonsOf, textOf, type Driver } from "./temp-store.js";

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

const FEELING = { yes: "really want it", unsure: "not sure I want it", no: "don't want it" } as const;

/** The answer a user gives to the question shown, or undefined when the summary is showing. */
function answerTo(question: string, o: QuickDebrief, spoken: { people: number }): string | undefined {
  if (/Check it over/.test(question)) return undefined;
  if (/Spelled exactly right\?/.test(question)) return "yes";
  if (/What did you talk about with/.test(question)) return o.specific ?? `asked about the billing migration (${spoken.people++})`;
  if (/What does the team need most/.test(question)) return o.teamNeeds ?? "fewer flaky deploys; I led a CI overhaul that fixed them";
  if (/next steps and timing/.test(question)) return o.decision && o.decision !== "no" ? `They'll decide ${o.decision}` : "They'll be in touch";
  if (/name a day for the decision/.test(question)) return "no";
  if (/recruiter involved/.test(question)) return o.recruiter ?? "no";
  if (/never came up/.test(question)) return "skip";
  throw new Error(`quickDebrief met a question it does not expect:\n${question}`);
}

/** Runs a debrief through the real engine from a one-line start and saves it; returns the confirmation. */
export function quickDebrief(d: Driver, o: QuickDebrief = {}) {
  const names = o.names ?? ["Dana Li"];
  const line = `${o.company ?? "Acme"}, ${o.role ?? "Staff Engineer"}, ${o.when ?? "today 10am"}, video, final round, with ${names.join(" and ")}, ${FEELING[o.interest ?? "yes"]}`;
  let out: Outbound[] = d.command(line);
  const spoken = { people: 0 };
  for (let turn = 0; turn < 30; turn++) {
    const answer = answerTo(textOf(out), o, spoken);
    if (answer === undefined) {
      const confirm = buttonsOf(out).find((b) => b.action === Actions.confirm);
      if (!confirm) throw new Error("no confirm button on the summary");
      return d.press(confirm.action, confirm.value);
    }
    out = d.say(answer);
  }
  throw new Error("quickDebrief did not reach the summary");
}
