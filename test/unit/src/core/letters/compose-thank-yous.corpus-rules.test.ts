// Seeded defects: each rule of the corpus bar (letter-rules.ts) is shown to fail on a letter that breaks it, so a
// green corpus means the letters pass, not that a rule cannot fail.
import { beforeAll, describe, expect, it } from "vitest";
import { composeCheckIn, composeThankYous, loadGrammarChecker, type Draft, type GrammarChecker } from "../../../../../src/core/letters/index.js";
import { checkPanel, RULES } from "../../../../support/letters/letter-rules.js";
import { TYPED_DEBRIEFS, type TypedCase } from "../../../../support/letters/typed-debriefs.js";

let grammar: GrammarChecker;
beforeAll(async () => {
  grammar = await loadGrammarChecker();
});

// The first case: three interviewers, a recruiter, a point that never came up that goes to Priya (Dana has the fit).
const c: TypedCase = TYPED_DEBRIEFS[0]!;
const ctx = { debrief: c.debrief, userName: c.userName, tz: "UTC" };

function thanks(): Draft[] {
  return composeThankYous(ctx);
}

/** Puts a sentence right after the first sentence of the letter's first paragraph of prose. */
function insert(d: Draft, sentence: string): Draft {
  return { ...d, body: d.body.replace(/(\n\n[^\n]*?\.) /, `$1 ${sentence} `) };
}

function fails(rule: string, draft: Draft, from: TypedCase = c): string | undefined {
  return RULES[rule]!({ draft, c: from, grammar });
}

describe("every corpus rule fails on a seeded defect", () => {
  it("starts from letters that pass every rule", () => {
    for (const d of [...thanks(), composeCheckIn(ctx)]) for (const name of Object.keys(RULES)) expect(fails(name, d), `${name}: ${d.recipient}`).toBeUndefined();
  });

  it.each([
    ["no emoji", (d: Draft) => insert(d, "See you soon 😅.")],
    ["no exclamation run", (d: Draft) => insert(d, "It was great!!")],
    ["no hyperbole", (d: Draft) => insert(d, "I would be thrilled to join.")],
    ["no private aside", (d: Draft) => insert(d, "I forgot to mention my Kafka work.")],
    ["no private aside", (d: Draft) => insert(d, "It went on like 5 times.")],
    ["no self-assessment from the notes", (d: Draft) => insert(d, "I rambled on the kafka partitioning question.")],
    ["no reader in the third person, no note pronoun", (d: Draft) => insert(d, "Their builds break twice a week.")],
    ["no reader in the third person, no note pronoun", (d: Draft) => insert(d, "The answer landed well with Dana.")],
    ["greeting in the chosen style", (d: Draft) => ({ ...d, body: d.body.replace("Dear Dana,", "Hello Dana Li,") })],
    ["signed with the person's name", (d: Draft) => ({ ...d, body: d.body.replace(/Tomáš Dvořák$/, "tomas") })],
    ["sentences start with a capital and end with punctuation", (d: Draft) => insert(d, "and then the kafka stuff")],
    ["no finding from the checks, grammar included", (d: Draft) => insert(d, "I has enjoyed the the conversation.")],
    ["length for its kind", (d: Draft) => ({ ...d, body: `${d.body}\n\n${"More words here. ".repeat(60)}` })],
    ["recalls what its reader raised", (d: Draft) => ({ ...d, body: d.body.replace(/[^.]*ETL[^.]*\./, "") })],
    // The defects the first blind reading found, one per rule.
    ["no colon pivot", (d: Draft) => insert(d, "It's familiar ground for me: I did that at Stripe.")],
    ["no claimed reflection without content", (d: Draft) => insert(d, "I've kept thinking about your question on the ETL.")],
    ["no learned-about-the-team filler", (d: Draft) => insert(d, "It helped to hear more about the team at Northwind.")],
    ["never the reader's own title echoed back", (d: Draft) => insert(d, "It was good to hear how you see the role as Engineering Manager.")],
    ["never 'your question on my X'", (d: Draft) => insert(d, "I enjoyed working through your question about my Kafka work.")],
    ["thanks once, one closing line, no stacked offers", (d: Draft) => ({ ...d, body: d.body.replace(/\n\n(?=[^\n]*,\n[^\n]*$)/, " Thanks again for the conversation.\n\n") })],
    ["thanks once, one closing line, no stacked offers", (d: Draft) => insert(d, "If there's anything else I can share, I'd be glad to.")],
    ["company once, role title once and not in the subject", (d: Draft) => insert(d, "I now have a much better sense of Northwind.")],
    ["company once, role title once and not in the subject", (d: Draft) => ({ ...d, subject: "Thanks for meeting about the Senior Data Engineer role" })],
    ["no judgement of the interviewer", (d: Draft) => insert(d, "It was good to learn that you were tough.")],
    ["no raw input in the prose", (d: Draft) => insert(d, "I closed deals for the mid market.")],
    ["no raw input in the prose", (d: Draft) => insert(d, "I did that for 3 years.")],
    ["no raw input in the prose", (d: Draft) => insert(d, "I got ours from ten days to five.")],
  ])("%s", (rule, defect) => {
    const dana = thanks()[0]!;
    expect(fails(rule, dana)).toBeUndefined();
    expect(fails(rule, defect(dana))).toBeTruthy();
  });

  it("the point that never came up, left out of the letter it fits, or put in one it does not fit", () => {
    const [, zoe, priya] = thanks() as [Draft, Draft, Draft];
    const rule = "the point that never came up is in the letter it fits";
    expect(fails(rule, priya)).toBeUndefined();
    expect(fails(rule, { ...priya, body: priya.body.replace(/[^.]*search rewrite[^.]*\./, "") })).toMatch(/misses/);
    expect(fails(rule, insert(zoe, "I also shipped the search rewrite."))).toMatch(/fits Priya Raghunathan/);
  });

  it("an interviewer judged in the notes ('he was kinda tough') is caught if it reaches a letter", () => {
    const tough = TYPED_DEBRIEFS.find((x) => x.label.startsWith("northwind labs"))!;
    const tomas = composeThankYous({ debrief: tough.debrief, userName: tough.userName, tz: "UTC" })[1]!;
    expect(fails("no judgement of the interviewer", tomas, tough)).toBeUndefined();
    expect(fails("no judgement of the interviewer", insert(tomas, "I know the interview was tough."), tough)).toMatch(/tough/);
    expect(fails("no raw input in the prose", tomas, tough)).toBeUndefined();
    expect(fails("no raw input in the prose", { ...tomas, body: tomas.body.replace("Northwind Labs", "northwind labs") }, tough)).toMatch(/as typed/);
  });

  it("a reader with no note at all is asked about, not padded", () => {
    const none = TYPED_DEBRIEFS.find((x) => x.label === "people partner, no interviewer notes")!;
    const [, tom] = composeThankYous({ debrief: none.debrief, userName: none.userName, tz: "UTC" }) as [Draft, Draft];
    expect(fails("recalls what its reader raised", tom, none)).toBeUndefined();
    const notAsked = { ...none, debrief: { ...none.debrief, interviewers: none.debrief.interviewers.map((p) => ({ ...p, specific: "renewals" })) } };
    expect(fails("recalls what its reader raised", tom, { ...notAsked, recall: new Map([[tom.interviewerId!, undefined as unknown as string]]) })).toMatch(/not asked about/);
  });

  it("a check-in without the interview's full date, and one to a recruiter that speaks of a single note", () => {
    const checkin = composeCheckIn(ctx);
    expect(fails("the interview's date is unambiguous in a check-in", { ...checkin, body: checkin.body.replace(/ on Tuesday 1 December/, " on Tuesday") })).toBeTruthy();
    const oneNote = { ...checkin, body: checkin.body.replace(/[^.]*Dana Li[^.]*\./, "I hope my thank-you note found its way to you.") };
    expect(fails("a note to a recruiter names the notes sent to the interviewers", oneNote)).toBeTruthy();
  });

  it("two letters sharing a sentence beyond the thanks, and two letters too alike", () => {
    const [dana, zoe] = thanks() as [Draft, Draft];
    expect(checkPanel([dana, zoe])).toBeUndefined();
    const fit = dana.body.split(/(?<=\.)\s+/).find((x) => x.includes("Stripe"))!;
    const shared = insert(zoe, fit);
    expect(checkPanel([dana, shared])).toMatch(/is in the letters to/);
    const copy = { ...dana, recipient: zoe.recipient, body: dana.body.replace(/Dana/g, "Zoë") };
    expect(checkPanel([dana, copy])).toBeTruthy();
  });
});
