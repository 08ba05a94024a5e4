import { describe, expect, it } from "vitest";
import {
  checkDistinct,
  checkLetter,
  composeCard,
  composeCheckIn,
  composeRejectionReply,
  composeThankYous,
  DISTINCT_BOUND,
  measureSimilarity,
  type Draft,
} from "../../../../../src/core/letters/index.js";
import { generateDebriefs } from "../../../../support/letters/generate-debriefs.js";

const cases = generateDebriefs();
const VARIANTS = [0, 1, 2];

/** Every draft of one case and variant: thanks per person, a card per person, the check-in and the rejection reply. */
function draftsOf(c: (typeof cases)[number], variant: number): { thanks: Draft[]; all: Draft[] } {
  const ctx = { debrief: c.debrief, userName: c.userName, variant };
  const thanks = composeThankYous(ctx);
  const cards = c.debrief.interviewers.map((p) => composeCard(ctx, p.id));
  return { thanks, all: [...thanks, ...cards, composeCheckIn(ctx), composeRejectionReply(ctx)] };
}

describe("the generated corpus", () => {
  it("covers what the letters must handle", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const panel = new Set(cases.map((c) => c.debrief.interviewers.length));
    for (const n of [0, 1, 2, 3, 4]) expect(panel.has(n), `${n} interviewers`).toBe(true);
    expect(new Set(cases.map((c) => c.richness))).toEqual(new Set(["thin", "medium", "rich"]));
    expect(new Set(cases.map((c) => c.debrief.interest))).toEqual(new Set(["yes", "unsure", "no", undefined]));
    expect(cases.some((c) => c.debrief.decisionDate) && cases.some((c) => !c.debrief.decisionDate)).toBe(true);
    expect(cases.some((c) => c.debrief.checkinDate) && cases.some((c) => !c.debrief.checkinDate)).toBe(true);
    expect(cases.some((c) => c.debrief.recruiter) && cases.some((c) => !c.debrief.recruiter)).toBe(true);
    const names = cases.flatMap((c) => c.debrief.interviewers.map((p) => p.name));
    for (const name of ["Zoë O'Neil-Brandt", "José Ortega y Gasset", "Siobhán Ní Bhriain"]) expect(names).toContain(name);
  });
});

describe.each(cases.map((c) => [c.debrief.id, c.richness, c.debrief.interviewers.length, c.debrief.interest ?? "unsaid", c] as const))(
  "case %i (%s, %i interviewers, interest %s)",
  (_id, _richness, _people, _interest, c) => {
    it("every draft passes every check, in every variant", () => {
      for (const variant of VARIANTS) {
        for (const draft of draftsOf(c, variant).all) {
          const findings = checkLetter(draft, c.debrief, { userName: c.userName });
          expect(findings, `${draft.kind} to ${draft.recipient}, variant ${variant}:\n${draft.body}`).toEqual([]);
        }
      }
    });

    it("each person's thank-you is distinct from the others'", () => {
      for (const variant of VARIANTS) expect(checkDistinct(draftsOf(c, variant).thanks)).toEqual([]);
    });

    it("names people exactly as confirmed", () => {
      const { thanks } = draftsOf(c, 0);
      c.debrief.interviewers.forEach((p, i) => {
        expect(thanks[i]!.recipient).toBe(p.name);
        expect(thanks[i]!.interviewerId).toBe(p.id);
        const first = p.name.startsWith("Dr.") ? "Dr. Okafor" : p.name.split(" ")[0]!;
        expect(thanks[i]!.body).toContain(first);
      });
    });

    it("claims no interest and promises no check-in when the user is not pursuing the job", () => {
      if (c.debrief.interest !== "no") return;
      for (const variant of VARIANTS) {
        for (const draft of draftsOf(c, variant).all) {
          expect(draft.body).not.toMatch(/\binterest(?:ed)?\b|\bkeen\b|\bexcited\b|\beager\b|look forward|glad to join|considered again|kept in mind/);
          if (draft.kind === "thanks" || draft.kind === "card") expect(draft.body).not.toMatch(/check in|check back|follow up|get in touch|reach out/);
        }
      }
    });

    it("states nothing the debrief does not hold", () => {
      const d = c.debrief;
      for (const variant of VARIANTS) {
        for (const draft of draftsOf(c, variant).all) {
          if (!d.teamNeeds) expect(draft.body).not.toMatch(/team needs|team's needs|needs support|team's focus|need stood out/);
          if (!d.teamNeeds && d.unsaid) expect(draft.body).not.toContain(d.unsaid);
          if (!d.wentWell && !d.keyPoints) expect(draft.body).not.toMatch(/my answer|our discussion of|we covered|what I described/);
          if (!d.happenedAt) expect(draft.body).not.toMatch(/\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?! \d)/);
          if (!d.company) expect(draft.body).not.toMatch(/ (?:role|roles) at (?!the company)/);
          if (!d.checkinDate) expect(draft.body).not.toMatch(/\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/);
        }
      }
      if (c.richness === "thin") for (const t of draftsOf(c, 0).thanks) expect(t.body.split(/\s+/).length).toBeLessThan(80);
    });
  },
);

describe("distinctness bound", () => {
  it("sits well above the composer's letters and below a copy with the name swapped", () => {
    const same: number[] = [];
    for (const c of cases) {
      for (const variant of VARIANTS) {
        const { thanks } = draftsOf(c, variant);
        for (let i = 0; i < thanks.length; i++) for (let j = i + 1; j < thanks.length; j++) same.push(measureSimilarity(thanks[i]!, thanks[j]!));
      }
    }
    expect(same.length).toBeGreaterThan(300);
    expect(Math.max(...same)).toBeLessThan(DISTINCT_BOUND - 0.1);
    const c = cases.find((x) => x.debrief.interviewers.length >= 2 && x.richness === "rich")!;
    const [a, b] = draftsOf(c, 0).thanks;
    const aFirst = a!.recipient.split(" ")[0]!;
    const swapped = { recipient: b!.recipient, body: a!.body.replaceAll(a!.recipient, b!.recipient).replaceAll(aFirst, b!.recipient.split(" ")[0]!) };
    expect(measureSimilarity(a!, swapped)).toBe(1);
  });
});
