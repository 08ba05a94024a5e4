// Self-assessment feeds the coaching, not the letter: the check-in advice shows the user their own reflection.
import { describe, expect, it } from "vitest";
import { composeCheckIn, composeThankYous } from "../../../src/core/letters/index.js";
import { checkInCoaching } from "../../../src/core/notes/coaching-notes.js";
import { makeDebrief } from "../../support/letters/make-debrief.js";

describe("check-in coaching from the user's own reflection", () => {
  const d = makeDebrief({ pluses: "great team, real ownership", minuses: "long commute", differently: "rambled on the caching q", wentWell: "nailed the caching answer tbh" });

  it("shows the pluses and minuses, and keeps a weak answer out of the check-in, in the user's words", () => {
    const lines = checkInCoaching(d);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('what draws you ("great team, real ownership") and what gives you pause ("long commute")');
    expect(lines[1]).toContain('("rambled on the caching q") is for the next conversation');
    expect(checkInCoaching(makeDebrief({ wentWell: "the migration story" }))[0]).toContain('lead with what went well for you: "the migration story"');
    expect(checkInCoaching(makeDebrief({ wentWell: undefined }))).toEqual([]);
  });

  it("never puts that reflection into a letter", () => {
    for (const letter of [...composeThankYous({ debrief: d }), composeCheckIn({ debrief: d })]) {
      expect(letter.body).not.toMatch(/commute|ownership|rambled|nailed|caching/);
    }
  });
});
