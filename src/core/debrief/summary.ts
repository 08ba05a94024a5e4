import { Actions } from "../actions.js";
import type { Debrief } from "../model/interview.js";
import { compose, quoteUser } from "../messages.js";
import { formatLocal, formatLocalDay } from "../plan/index.js";
import { companyAsWritten } from "../letters/letter-facts.js";
import type { Block, Button, Outbound } from "../types.js";
import { personOf, questionFor } from "./questions.js";

const SHOWN = 280;
const BUTTON_CHARS = 60;
const INTEREST = { yes: "Yes", unsure: "Unsure", no: "No" } as const;

function short(value: string, max = SHOWN): string {
  const v = quoteUser(value.replace(/\s+/g, " ").trim());
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

function whenOf(d: Debrief, tz: string): string | undefined {
  return d.happenedAt ? formatLocal(new Date(d.happenedAt), tz) : undefined;
}

/** The stored answer to one step as the user will read it, or undefined when unanswered. */
export function describeStep(step: string, d: Debrief, tz = "UTC"): string | undefined {
  const person = personOf(step, d);
  if (step.startsWith("person.")) {
    const key = step.split(":")[0];
    const v = key === "person.name" ? person?.name : key === "person.title" ? person?.title : key === "person.email" ? person?.email : person?.specific;
    return v ? short(v) : undefined;
  }
  switch (step) {
    case "basics":
      return [d.company, d.role].filter(Boolean).map((s) => short(s!)).join(", ") || undefined;
    case "formatStage":
      return [d.format, d.stage].filter(Boolean).map((s) => short(s!)).join(", ") || undefined;
    case "when":
      return whenOf(d, tz);
    case "decisionDate":
      return d.decisionDate ? formatLocalDay(d.decisionDate) : undefined;
    case "interviewers":
    case "readback":
      return d.interviewers.map((p) => short(p.title ? `${p.name} (${p.title})` : p.name)).join(", ") || undefined;
    case "recruiter":
      return d.recruiter ? short([d.recruiter.name, d.recruiter.email].filter(Boolean).join(" · ")) : undefined;
    default: {
      const v = (d as unknown as Record<string, unknown>)[step];
      return typeof v === "string" && v ? short(v) : undefined;
    }
  }
}

function interviewerLines(d: Debrief): string | undefined {
  if (!d.interviewers.length) return undefined;
  return d.interviewers.map((p) => [p.name, p.title, p.email, p.specific ? `“${p.specific}”` : undefined].filter(Boolean).map((s) => short(s!)).join(" · ")).join("\n");
}

/** Every field of the debrief worth showing: the facts always, reflections and older answers when present. */
export function summaryFields(d: Debrief, tz: string): { label: string; value: string }[] {
  const facts: [string, string | undefined][] = [
    ["Company", d.company && short(d.company)],
    ["Role", d.role && short(d.role)],
    ["When", whenOf(d, tz)],
    ["Format", d.format && short(d.format)],
    ["Stage", d.stage && short(d.stage)],
    ["Interviewers", interviewerLines(d)],
    ["Team's needs", describeStep("teamNeeds", d)],
    ["Next steps", describeStep("nextSteps", d)],
    ["Decision date", describeStep("decisionDate", d)],
    ["Recruiter", describeStep("recruiter", d)],
    ["Never came up", describeStep("unsaid", d)],
  ];
  const later: [string, string | undefined][] = [
    ["Key points", describeStep("keyPoints", d)],
    ["Their answers", describeStep("theirAnswers", d)],
    ["Went well", describeStep("wentWell", d)],
    ["Would answer differently", describeStep("differently", d)],
    ["Pluses", describeStep("pluses", d)],
    ["Minuses", describeStep("minuses", d)],
    ["Still interested", d.interest ? INTEREST[d.interest] : undefined],
  ];
  return [...facts.map(([label, value]) => ({ label, value: value ?? "—" })), ...later.filter(([, v]) => v).map(([label, value]) => ({ label, value: value! }))];
}

/**
 * How the letters will name the company and the role, said when the user might want it otherwise: a company typed
 * in small letters gets its capitals; a role in small letters or shaped like a posting ("RN - med surg nights") is
 * written exactly as typed.
 */
export function lowerCaseLine(d: { company?: string; role?: string }): string | undefined {
  const parts: string[] = [];
  const company = d.company?.trim();
  if (company && /\p{L}/u.test(company) && company === company.toLowerCase()) parts.push(`*${quoteUser(companyAsWritten(company)!)}*`);
  const role = d.role?.trim();
  if (role && /\p{L}/u.test(role) && (role === role.toLowerCase() || /\s[-–]\s|[(),]/.test(role))) parts.push(`*the ${quoteUser(role)} role*`);
  if (!parts.length) return undefined;
  return `Your letters will say ${parts.join(" and ")}: type _edit_ if they write ${parts.length > 1 ? "them" : "it"} differently.`;
}

function lowerCaseNote(d: Debrief): Block[] {
  const line = lowerCaseLine(d);
  return line ? [{ type: "text", markdown: line }] : [];
}

/** The summary card that ends a debrief: every answer, then save / edit / discard. */
export function summaryCard(d: Debrief, tz: string): Outbound {
  if (d.status === "active" || d.status === "closed") return savedSummaryCard(d, tz);
  const blocks: Block[] = [
    { type: "text", markdown: `Here's your debrief${d.company ? ` for *${quoteUser(d.company)}*` : ""}. Check it over:` },
    { type: "fields", fields: summaryFields(d, tz) },
    ...lowerCaseNote(d),
    {
      type: "buttons",
      buttons: [
        { action: Actions.confirm, label: "Looks right, save it", value: String(d.id), style: "primary" },
        { action: Actions.editMenu, label: "Edit", value: String(d.id) },
        { action: Actions.cancel, label: "Discard", value: String(d.id), style: "danger" },
      ],
    },
  ];
  return compose(blocks, `Your debrief${d.company ? ` for ${d.company}` : ""} is ready to save.`);
}

/** A saved debrief being edited: its answers with the change, then done or another change (nothing to discard). */
function savedSummaryCard(d: Debrief, tz: string): Outbound {
  return compose(
    [
      { type: "text", markdown: `Here's your debrief${d.company ? ` for *${quoteUser(d.company)}*` : ""} with that change:` },
      { type: "fields", fields: summaryFields(d, tz) },
      {
        type: "buttons",
        buttons: [
          { action: Actions.confirm, label: "Done, save it", value: String(d.id), style: "primary" },
          { action: Actions.editMenu, label: "Change something else", value: String(d.id) },
        ],
      },
    ],
    `Your debrief${d.company ? ` for ${d.company}` : ""}, edited.`,
  );
}

/** The steps Edit offers, with their labels: the facts, then each interviewer's name, title, email and conversation. */
export function editableSteps(d: Debrief): { step: string; label: string }[] {
  const steps = ["company", "role", "when", "format", "stage"].map((step) => ({ step, label: questionFor(step)!.label }));
  for (const p of d.interviewers) {
    const who = short(p.name, 24);
    steps.push(
      { step: `person.name:${p.id}`, label: `${who}, spelling` },
      { step: `person.title:${p.id}`, label: `${who}, title` },
      { step: `person.email:${p.id}`, label: `${who}, email` },
      { step: `person.specific:${p.id}`, label: `${who}, what you talked about` },
    );
  }
  steps.push({ step: "readback", label: "Add or drop interviewers" });
  for (const step of ["teamNeeds", "nextSteps", "decisionDate", "recruiter", "unsaid"]) steps.push({ step, label: questionFor(step)!.label });
  return steps;
}

/** Edit: every field with its current value, one tap to change that one thing. */
export function editMenu(d: Debrief, tz: string): Outbound {
  const buttons: Button[] = editableSteps(d).map(({ step, label }) => {
    const value = step === "readback" || step.startsWith("person.name:") ? undefined : (describeStep(step, d, tz) ?? "—");
    const text = value ? `${label}: ${value}` : label;
    return { action: Actions.editField, label: text.length > BUTTON_CHARS ? `${text.slice(0, BUTTON_CHARS - 1)}…` : text, value: step };
  });
  buttons.push({ action: Actions.confirm, label: "Nothing, save it", value: String(d.id), style: "primary" });
  return compose([
    { type: "text", markdown: "Which one would you like to change? Each shows what I have now." },
    { type: "buttons", buttons },
  ]);
}
