import { beforeAll, describe, expect, it } from "vitest";
import { checkDistinct, checkLetter, composeThankYous, type Draft, type Finding } from "../../../../../src/core/letters/index.js";
import { makeDebrief } from "../../../../support/letters/make-debrief.js";

const debrief = makeDebrief();
const opts = { userName: "Sam Carter" };
let dana: Draft;
let zoe: Draft;

beforeAll(() => {
  [dana, zoe] = composeThankYous({ debrief, ...opts }) as [Draft, Draft];
});

/** The codes found when `edit` is applied to Dana's clean letter. */
function codesAfter(edit: (body: string) => string, d = debrief): string[] {
  return checkLetter({ ...dana, body: edit(dana.body) }, d, opts).map((f: Finding) => f.code);
}

/** Inserts a sentence after the greeting. */
const insert = (sentence: string) => (body: string) => body.replace(/\n\n/, `\n\n${sentence} `);

describe("seeded defects are each caught with a clear finding", () => {
  it("starts from letters with no findings", () => {
    expect(checkLetter(dana, debrief, opts)).toEqual([]);
    expect(checkLetter(zoe, debrief, opts)).toEqual([]);
  });

  it("a misspelled name: Dana Lee for Dana Li", () => {
    const findings = checkLetter({ ...dana, body: dana.body.replace(/^\S+ Dana( Li)?,/, "Dear Dana Lee,") }, debrief, opts);
    expect(findings.map((f) => f.code)).toContain("name.misspelled");
    expect(findings.find((f) => f.code === "name.misspelled")!.message).toBe('The letter says "Dana Lee", but the name is confirmed as "Dana Li".');
  });

  it("a near-miss surname after a title, a typo in a first name and wrong casing", () => {
    expect(codesAfter(insert("I enjoyed meeting Ms. Lee."))).toContain("name.misspelled");
    expect(codesAfter(insert("I enjoyed meeting Dnaa."))).toContain("name.misspelled");
    expect(codesAfter(insert("Please pass my thanks to dana li."))).toContain("name.misspelled");
    expect(codesAfter(insert("Please pass my thanks to Zoe O'Neil-Brandt."))).toContain("name.misspelled");
  });

  it("hyperbole and an exclamation run: I would be thrilled beyond words!!!", () => {
    const codes = codesAfter(insert("I would be thrilled beyond words!!!"));
    expect(codes).toContain("tone.hyperbole");
    expect(codes).toContain("tone.exclamation");
    expect(codesAfter(insert("This is my dream job and the team is amazing."))).toContain("tone.hyperbole");
  });

  it("desperation: please, I really need this job", () => {
    const findings = checkLetter({ ...dana, body: insert("please, I really need this job.")(dana.body) }, debrief, opts);
    const desperate = findings.find((f) => f.code === "tone.desperate");
    expect(desperate?.message).toMatch(/"please,"/);
    expect(desperate?.message).toMatch(/"really need this job"/);
  });

  it("pushiness and over-familiarity", () => {
    expect(codesAfter(insert("I expect to hear back ASAP."))).toContain("tone.pushy");
    expect(codesAfter(insert("I will follow up daily until I hear."))).toContain("tone.pushy");
    expect(codesAfter((b) => b.replace(/^\S+ /, "Hey ") + "\nxoxo"))
      .toContain("tone.familiar");
    expect(codesAfter(insert("Thanks again, buddy 😀"))).toContain("tone.familiar");
  });

  it("a 900-word letter", () => {
    const words = dana.body.split(/\s+/).length;
    const filler = "We also talked about the data pipeline and how it runs every day".split(" ");
    const padding = Array.from({ length: 900 - words }, (_, i) => filler[i % filler.length]).join(" ");
    const body = `${dana.body}\n\n${padding}.`;
    expect(body.split(/\s+/)).toHaveLength(900);
    const long = checkLetter({ ...dana, body }, debrief, opts).find((f) => f.code === "length.too-long");
    expect(long?.message).toBe("This thank-you note is 900 words; cut it to 300 or fewer so it is read to the end.");
  });

  it("two letters with only the name swapped", () => {
    const swapped = { recipient: zoe.recipient, body: dana.body.replace(/Dana Li/g, "Zoë O'Neil-Brandt").replace(/Dana/g, "Zoë") };
    const findings = checkDistinct([dana, swapped]);
    expect(findings.map((f) => f.code)).toEqual(["distinct.too-similar"]);
    expect(findings[0]!.message).toMatch(/Dana Li and Zoë O'Neil-Brandt are 100% alike/);
    expect(checkDistinct([dana, zoe])).toEqual([]);
  });

  it("misspelled common words: recieve, oportunity", () => {
    const findings = checkLetter({ ...dana, body: insert("I hope to recieve news about this oportunity.")(dana.body) }, debrief, opts);
    const spelling = findings.filter((f) => f.code === "spelling.unknown").map((f) => f.message);
    expect(spelling).toEqual(['"recieve" looks misspelled; did you mean "receive"?', '"oportunity" looks misspelled; did you mean "opportunity"?']);
  });

  it("the company spelled wrong: Acme Corp, Acmee, ACME", () => {
    for (const wrong of ["Acme Corp", "Acmee", "ACME"]) {
      const findings = checkLetter({ ...dana, body: dana.body.replace("role at Acme", `role at ${wrong}`) }, debrief, opts);
      const hit = findings.find((f) => f.code === "company.misspelled");
      expect(hit?.message, wrong).toBe(`The letter says "${wrong}", but the company is confirmed as "Acme".`);
    }
  });

  it("the role spelled wrong: Senior Data Enginer, senior data engineer", () => {
    expect(codesAfter((b) => b.replace("Senior Data Engineer", "Senior Data Enginer"))).toContain("role.misspelled");
    expect(codesAfter((b) => b.replace("Senior Data Engineer", "senior data engineer"))).toContain("role.misspelled");
  });

  it("interest claimed when the user said no", () => {
    const no = makeDebrief({ interest: "no" });
    const [clean] = composeThankYous({ debrief: no, ...opts });
    expect(checkLetter(clean!, no, opts)).toEqual([]);
    const findings = checkLetter({ ...clean!, body: insert("I remain very interested in the role.")(clean!.body) }, no, opts);
    expect(findings.map((f) => f.code)).toContain("interest.claimed");
    const promise = checkLetter({ ...clean!, body: insert("I'll check in on Tuesday 17 March.")(clean!.body) }, no, opts);
    expect(promise.map((f) => f.code)).toContain("follow-up.unwanted");
  });

  it("overstated interest when the user is unsure", () => {
    const unsure = makeDebrief({ interest: "unsure" });
    const [clean] = composeThankYous({ debrief: unsure, ...opts });
    expect(checkLetter(clean!, unsure, opts)).toEqual([]);
    const codes = checkLetter({ ...clean!, body: insert("I'm extremely excited to join.")(clean!.body) }, unsure, opts).map((f) => f.code);
    expect(codes).toContain("interest.overstated");
  });

  it("missing beats of the playbook: thanks, the specific moment, the fit, the follow-up date, the recipient's name", () => {
    const bare = "Dear Dana,\n\nI am writing about the Senior Data Engineer role at Acme, which we discussed on Tuesday.\n\nBest regards,\nSam Carter";
    const codes = checkLetter({ ...dana, body: bare }, debrief, opts).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(["element.thanks", "element.specific", "element.fit", "element.follow-up"]));
    const nameless = checkLetter({ ...dana, body: dana.body.replace(/^.*\n/, "Hello,\n") }, debrief, opts).map((f) => f.code);
    expect(nameless).toContain("name.recipient-missing");
    expect(checkLetter({ ...dana, recipient: "Dana Lee" }, debrief, opts).map((f) => f.code)).toContain("name.recipient-mismatch");
  });
});
