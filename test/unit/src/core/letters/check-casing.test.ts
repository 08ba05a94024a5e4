// A name or product typed in small letters in the notes is pointed out, never silently capitalised or left unsaid.
import { describe, expect, it } from "vitest";
import { checkSmallNames } from "../../../../../src/core/letters/check-casing.js";
import type { Debrief } from "../../../../../src/core/model/interview.js";

const d: Debrief = {
  id: 1,
  status: "active",
  interviewers: [{ id: 1, name: "Shawn McAllister", specific: "i flipped three ortho groups from zimmer, moving from lacerte to cch axcess" }],
};

describe("names typed in small letters", () => {
  it("are pointed out once each, with the capital to consider", () => {
    const found = checkSmallNames("I flipped three ortho groups from zimmer. You use lacerte, and zimmer again.", d);
    const words = found.map((f) => /"(\p{L}+)"/u.exec(f.message)![1]);
    expect(words.filter((w) => w === "zimmer")).toHaveLength(1);
    expect(words).toContain("lacerte");
    expect(found.find((f) => f.message.includes('"zimmer"'))!.message).toContain("Zimmer?");
  });
  it("leave dictionary words, capitalised names and words the user never typed alone", () => {
    expect(checkSmallNames("I flipped three groups from Zimmer.", d)).toEqual([]);
    expect(checkSmallNames("The groups were moving from one system.", d)).toEqual([]);
    expect(checkSmallNames("We discussed qwertyz.", d)).toEqual([]);
  });
});
