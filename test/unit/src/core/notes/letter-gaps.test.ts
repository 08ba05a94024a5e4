// The gap question the thank-you nudge asks: a note that could not be used is quoted back; a person the notes say
// nothing about gets one specific question instead of a padded letter.
import { describe, expect, it } from "vitest";
import { readMaterial } from "../../../../../src/core/letters/index.js";
import { gapQuestion } from "../../../../../src/core/notes/letter-gaps.js";
import { makeDebrief } from "../../../../support/letters/make-debrief.js";

function text(block: ReturnType<typeof gapQuestion>): string {
  return block && block.type === "text" ? block.markdown : "";
}

describe("gapQuestion", () => {
  it("asks one specific thing about a person the notes say nothing about", () => {
    const d = makeDebrief({ interviewers: [{ id: 1, name: "Tom Hughes", title: "COO" }] });
    const asked = text(gapQuestion(d, readMaterial(d).gaps));
    expect(asked).toBe(
      "One more thing: your notes had nothing about one person, so that letter is short. What's one thing Tom asked you, or told you about the team? One sentence, the way you'd say it to Tom. Reply with the sentence, or _skip_.",
    );
  });

  it("asks about an unusable note and a missing one together, one line each", () => {
    const d = makeDebrief({ interviewers: [{ id: 1, name: "Dana Li", specific: "😬🙃" }, { id: 2, name: "Tom Hughes" }] });
    const asked = text(gapQuestion(d, readMaterial(d).gaps));
    expect(asked).toMatch(/^One more thing: a note of yours didn't fit a letter as written, so I left it out\. Your notes had nothing about one person, so that letter is short\.\n/);
    expect(asked).toContain('1. For what you talked about with Dana ("😬🙃"): how would you put that to Dana in one sentence?');
    expect(asked).toContain("2. What's one thing Tom asked you, or told you about the team?");
    expect(asked).toMatch(/Reply with one line for each, in order, or _skip_\.$/);
  });

  it("asks nothing when every note reached the letters", () => {
    const d = makeDebrief();
    expect(gapQuestion(d, readMaterial(d).gaps)).toBeUndefined();
  });
});
