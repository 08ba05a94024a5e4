import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLetter, LENGTH_RANGES, type Draft } from "../../../../../src/core/letters/index.js";
import { makeDebrief } from "../../../../support/letters/make-debrief.js";
import { ROOT } from "../../../../support/build-once.js";

const debrief = makeDebrief();
const opts = { userName: "Sam Carter" };

/** A letter to Dana as a user might paste it back after editing. */
function edited(body: string, extra: Partial<Draft> = {}): Draft {
  return { kind: "thanks", interviewerId: 1, recipient: "Dana Li", subject: "Thank you", body, ...extra };
}

const HONEST_EDIT = `Hi Dana,

Thanks so much for meeting me on Tuesday about the Senior Data Engineer role at Acme. Your question on migrating the
billing service without downtime got me thinking, and I've sketched how I'd stage it.

You're looking for someone who can own Acme's data pipeline end to end; that's the work I've done for the last three
years, and it's why cutting our deploy time in half at my last job mattered so much to me.

I'm still very interested. If I haven't heard by the 17th of March I'll drop you a line.

Thanks again,
Sam Carter`;

describe("checkLetter on a user's own edit", () => {
  it("accepts an honest paraphrase with contractions, possessives and a British spelling", () => {
    expect(checkLetter(edited(HONEST_EDIT), debrief, opts)).toEqual([]);
    const british = HONEST_EDIT.replace("got me thinking", "got me thinking about the behaviour of our old colour-coded dashboards");
    expect(checkLetter(edited(british), debrief, opts)).toEqual([]);
  });

  it("ignores numbers, emails, URLs, acronyms and the debrief's own words in the spelling check", () => {
    const body = HONEST_EDIT.replace(
      "Thanks again,",
      "My notes are at https://example.com/notes-v2 and you can reach me at sam.carter+jobs@example.org; I used SQL and K8s, 3x faster.\n\nThanks again,",
    );
    expect(checkLetter(edited(body), debrief, opts)).toEqual([]);
  });

  it("does not mistake ordinary words near a name for a misspelled name", () => {
    const body = HONEST_EDIT.replace("Thanks again,", "Data from the pipeline is only part of it; Dana led the discussion well.\n\nThanks again,");
    expect(checkLetter(edited(body), debrief, opts)).toEqual([]);
  });

  it("accepts curly apostrophes for a confirmed straight one, and a possessive of the company", () => {
    const d = makeDebrief();
    const body = "Dear Zoë,\n\nThank you for Tuesday. I keep thinking about your team’s move to event sourcing and Acme’s plans for it.\n\nBest,\nSam Carter";
    expect(checkLetter({ kind: "card", interviewerId: 2, recipient: "Zoë O'Neil-Brandt", subject: "Card for Zoë O’Neil-Brandt", body }, d, opts)).toEqual([]);
  });

  it("allows a polite please and a single exclamation mark, but not a run", () => {
    const polite = HONEST_EDIT.replace("Thanks again,", "Please let me know if a writing sample would help. Talk soon!\n\nThanks again,");
    expect(checkLetter(edited(polite), debrief, opts)).toEqual([]);
    const twice = HONEST_EDIT.replace("Thanks again,", "Talk soon! Thanks!\n\nThanks again,");
    expect(checkLetter(edited(twice), debrief, opts).map((f) => f.code)).toEqual(["tone.exclamation"]);
  });

  it("flags emoticons and over-familiar sign-offs", () => {
    const body = HONEST_EDIT.replace("Thanks again,", "Cheers mate :)\n\nThanks again,");
    // "Cheers mate :)" also ends without a full stop, which the sentence check reports on its own.
    expect(checkLetter(edited(body), debrief, opts).map((f) => f.code)).toEqual(["tone.familiar", "form.sentence"]);
  });

  it("keeps the length ranges per kind", () => {
    expect(LENGTH_RANGES.thanks).toEqual([20, 300]);
    expect(LENGTH_RANGES.card[1]).toBeLessThan(LENGTH_RANGES.thanks[1] / 2);
    const card = { kind: "card" as const, interviewerId: 1, recipient: "Dana Li", subject: "Card", body: HONEST_EDIT + "\n" + HONEST_EDIT };
    expect(checkLetter(card, debrief, opts).map((f) => f.code)).toContain("length.too-long");
    expect(checkLetter(edited("Dear Dana, thanks."), debrief, opts).map((f) => f.code)).toContain("length.too-short");
  });

  it("accepts the check-in day as a weekday in a follow-up sentence or as a date, however it is written", () => {
    const noDate = HONEST_EDIT.replace("If I haven't heard by the 17th of March I'll drop you a line.", "");
    expect(checkLetter(edited(noDate), debrief, opts).map((f) => f.code)).toEqual(["element.follow-up"]);
    for (const phrase of ["I'll check in on Tuesday if I haven't heard.", "Expect a short note from me on March 17.", "I'll write on 17 Mar."]) {
      expect(checkLetter(edited(noDate.replace("I'm still very interested.", `I'm still very interested. ${phrase}`)), debrief, opts)).toEqual([]);
    }
  });

  it("does not ask a card or a check-in for the beats of a full letter", () => {
    const checkin = {
      kind: "checkin" as const,
      interviewerId: 1,
      recipient: "Dana Li",
      subject: "Checking in",
      body: "Dear Dana,\n\nI'm writing to ask whether a decision has been made on the Senior Data Engineer role. I'm still very interested.\n\nBest regards,\nSam Carter",
    };
    expect(checkLetter(checkin, debrief, opts)).toEqual([]);
  });
});

describe("the core boundary", () => {
  it("keeps src/core/letters free of chat SDKs and the database driver", () => {
    const dir = join(ROOT, "src/core/letters");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      expect(source, file).not.toMatch(/from\s+["'](?:@slack\/|botbuilder|better-sqlite3|express|\.\.\/\.\.\/store)/);
    }
  });
});
