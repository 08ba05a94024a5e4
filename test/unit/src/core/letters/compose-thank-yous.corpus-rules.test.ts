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

// The first case: three interviewers, a recruiter, a point that never came up that fits Dana.
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
    ["the point that never came up is in the letter it fits", (d: Draft) => ({ ...d, body: d.body.replace(/[^.:]*: I shipped the search rewrite\./, "") })],
  ])("%s", (rule, defect) => {
    const dana = thanks()[0]!;
    expect(fails(rule, dana)).toBeUndefined();
    expect(fails(rule, defect(dana))).toBeTruthy();
  });

  it("the point that never came up, put in a letter it does not fit", () => {
    const zoe = thanks()[1]!;
    expect(fails("the point that never came up is in the letter it fits", insert(zoe, "Something we didn't get to: I shipped the search rewrite."))).toMatch(/fits Dana Li/);
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
    const shared = insert(zoe, "I understand the team needs someone to own the data pipeline end to end.");
    expect(checkPanel([dana, shared])).toMatch(/is in the letters to/);
    const copy = { ...dana, recipient: zoe.recipient, body: dana.body.replace(/Dana/g, "Zoë") };
    expect(checkPanel([dana, copy])).toBeTruthy();
  });
});
