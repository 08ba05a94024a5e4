// Every letter drafted from 42 debriefs typed the way people type must clear the bar (see letter-rules.ts).
import { beforeAll, describe, expect, it } from "vitest";
import {
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  countWords,
  loadGrammarChecker,
  measureSimilarity,
  type Draft,
  type GrammarChecker,
} from "../../../../../src/core/letters/index.js";
import { checkPanel, RULES } from "../../../../support/letters/letter-rules.js";
import { TYPED_DEBRIEFS, type TypedCase } from "../../../../support/letters/typed-debriefs.js";

let grammar: GrammarChecker;
beforeAll(async () => {
  grammar = await loadGrammarChecker();
});

const VARIANTS = [0, 1];

/** Every draft of one case and variant: thanks per person, a card per person, the check-in and the rejection reply. */
function draftsOf(c: TypedCase, variant: number): { thanks: Draft[]; cards: Draft[]; all: Draft[] } {
  const ctx = { debrief: c.debrief, userName: c.userName, greeting: c.greeting, variant, tz: "UTC" };
  const thanks = composeThankYous(ctx);
  const cards = c.debrief.interviewers.map((p) => composeCard(ctx, p.id));
  return { thanks, cards, all: [...thanks, ...cards, composeCheckIn(ctx), composeRejectionReply(ctx)] };
}

describe("the typed corpus", () => {
  it("covers what people really type and who they meet", () => {
    expect(TYPED_DEBRIEFS.length).toBeGreaterThanOrEqual(40);
    const panels = new Set(TYPED_DEBRIEFS.map((c) => c.debrief.interviewers.length));
    for (const n of [0, 1, 2, 3, 4, 5]) expect(panels.has(n), `${n} interviewers`).toBe(true);
    expect(new Set(TYPED_DEBRIEFS.map((c) => c.debrief.interest))).toEqual(new Set(["yes", "unsure", "no", undefined]));
    expect(TYPED_DEBRIEFS.some((c) => c.debrief.recruiter) && TYPED_DEBRIEFS.some((c) => !c.debrief.recruiter)).toBe(true);
    expect(TYPED_DEBRIEFS.some((c) => c.greeting === "formal")).toBe(true);
    const notes = TYPED_DEBRIEFS.flatMap((c) => [c.debrief.teamNeeds, c.debrief.unsaid, ...c.debrief.interviewers.map((p) => p.specific)]).filter(Boolean) as string[];
    expect(notes.some((n) => /\p{Extended_Pictographic}/u.test(n) && !/\p{L}/u.test(n)), "a note of only emoji").toBe(true);
    expect(notes.some((n) => n.length >= 20_000), "a 20,000-character paste").toBe(true);
    expect(notes.filter((n) => /\b(?:tbh|lol|ugh|w\/o|bc|id|im)\b/.test(n)).length).toBeGreaterThan(8);
    const names = TYPED_DEBRIEFS.flatMap((c) => [c.userName ?? "", ...c.debrief.interviewers.map((p) => p.name)]);
    expect(names.some((n) => /[áéíóúřšžěůýčñøåäöüłßəễ]/i.test(n))).toBe(true);
    expect(names.some((n) => n.includes("'")) && names.some((n) => n.includes("-"))).toBe(true);
  });
});

describe.each(TYPED_DEBRIEFS.map((c) => [c.label, c] as const))("%s", (_label, c) => {
  it("every draft clears every rule, in every version", () => {
    const failures: string[] = [];
    for (const variant of VARIANTS) {
      for (const draft of draftsOf(c, variant).all) {
        for (const [name, rule] of Object.entries(RULES)) {
          const why = rule({ draft, c, grammar });
          if (why) failures.push(`${draft.kind} to ${draft.recipient} (v${variant}) breaks "${name}": ${why}\n${draft.body}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it("letters to two people share no sentence beyond the thanks and stay under 0.3 alike; each card is shorter than its letter", () => {
    for (const variant of VARIANTS) {
      const { thanks, cards } = draftsOf(c, variant);
      expect(checkPanel(thanks)).toBeUndefined();
      for (const card of cards) {
        const letter = thanks.find((t) => t.interviewerId === card.interviewerId)!;
        expect(countWords(card.body)).toBeLessThan(countWords(letter.body));
        expect(card.subject).toBe("");
      }
    }
  });
});

describe("figures for the closing note", () => {
  it("measures similarity and length across the corpus", () => {
    let maxSim = 0;
    const lengths: number[] = [];
    for (const c of TYPED_DEBRIEFS) {
      const { thanks } = draftsOf(c, 0);
      for (const t of thanks) lengths.push(countWords(t.body));
      for (let i = 0; i < thanks.length; i++) for (let j = i + 1; j < thanks.length; j++) maxSim = Math.max(maxSim, measureSimilarity(thanks[i]!, thanks[j]!));
    }
    lengths.sort((a, b) => a - b);
    console.log(`corpus: ${TYPED_DEBRIEFS.length} debriefs, ${lengths.length} thank-you letters, words ${lengths[0]}–${lengths[lengths.length - 1]} (median ${lengths[lengths.length >> 1]}), max similarity ${maxSim.toFixed(3)}`);
    expect(maxSim).toBeLessThan(0.3);
  });
});
