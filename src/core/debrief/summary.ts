import { Actions } from "../actions.js";
import type { Debrief } from "../model/interview.js";
import { compose, quoteUser } from "../messages.js";
import { formatLocal, formatLocalDay } from "../plan/index.js";
import type { Block, Outbound } from "../types.js";
import { EDITABLE } from "./questions.js";

const SHOWN = 280;

function short(value: string): string {
  const v = quoteUser(value.replace(/\s+/g, " ").trim());
  return v.length > SHOWN ? `${v.slice(0, SHOWN - 1)}…` : v;
}

/** The value of one summary field as the user will read it, or undefined when unanswered. */
export function describeField(key: string, d: Debrief, tz: string): string | undefined {
  switch (key) {
    case "when":
      return d.happenedAt ? formatLocal(new Date(d.happenedAt), tz) : undefined;
    case "decisionDate":
      return d.decisionDate ? formatLocalDay(d.decisionDate) : undefined;
    case "interviewers":
      return d.interviewers.length
        ? d.interviewers
            .map((p) => [p.name, p.title, p.email, p.specific ? `“${p.specific}”` : undefined].filter(Boolean).map((s) => short(s!)).join(" · "))
            .join("\n")
        : undefined;
    case "recruiter":
      return d.recruiter ? short([d.recruiter.name, d.recruiter.email].filter(Boolean).join(" · ")) : undefined;
    case "interest":
      return d.interest ? { yes: "Yes", unsure: "Unsure", no: "No" }[d.interest] : undefined;
    default: {
      const v = (d as unknown as Record<string, unknown>)[key];
      return typeof v === "string" && v ? short(v) : undefined;
    }
  }
}

/** The summary card that ends a debrief: every answer, then confirm / edit / cancel. */
export function summaryCard(d: Debrief, tz: string): Outbound {
  const fields = EDITABLE.map((q) => ({ label: q.label, value: describeField(q.key, d, tz) ?? "—" }));
  const blocks: Block[] = [
    { type: "text", markdown: `Here's your debrief${d.company ? ` for *${quoteUser(d.company)}*` : ""}. Check it over:` },
    { type: "fields", fields },
    {
      type: "buttons",
      buttons: [
        { action: Actions.confirm, label: "Looks right, save it", value: String(d.id), style: "primary" },
        { action: Actions.editMenu, label: "Edit an answer", value: String(d.id) },
        { action: Actions.cancel, label: "Discard", value: String(d.id), style: "danger" },
      ],
    },
  ];
  return compose(blocks, `Your debrief${d.company ? ` for ${d.company}` : ""} is ready to confirm.`);
}

/** The menu of fields that can be edited from the summary. */
export function editMenu(d: Debrief): Outbound {
  return compose([
    { type: "text", markdown: "Which answer would you like to change?" },
    { type: "buttons", buttons: EDITABLE.map((q) => ({ action: Actions.editField, label: q.label, value: q.key })) },
  ]);
}
