import { describe, expect, it } from "vitest";
import { splitText, toCardInline, toTextBlocks } from "../../../../adapters/teams/card-markdown.js";

describe("light markdown to the Adaptive Cards subset", () => {
  it("turns *bold* into **bold** and leaves what the subset already understands", () => {
    expect(toCardInline("*Acme* is _great_")).toBe("**Acme** is _great_");
    expect(toCardInline("**already**")).toBe("**already**");
    expect(toCardInline("*bold*, then")).toBe("**bold**, then");
    expect(toCardInline("(*x*)")).toBe("(**x**)");
    expect(toCardInline("2*3*4")).toBe("2*3*4");
    expect(toCardInline("a * b * c")).toBe("a * b * c");
  });

  it("drops code ticks and strikes, converts Slack-style links", () => {
    expect(toCardInline("use `code` here")).toBe("use code here");
    expect(toCardInline("~gone~ yes")).toBe("gone yes");
    // The engine writes no links: what a user typed as one stays text.
    expect(toCardInline("see [X](https://x.example)")).toBe("see [X]\u200b(https://x.example)");
  });

  it("makes one TextBlock per line, keeps lists together and spaces paragraphs", () => {
    const blocks = toTextBlocks("Line one\nLine *two*\n\n• a\n• b\n1. one\n\n# Head\nend");
    expect(blocks).toEqual([
      { type: "TextBlock", text: "Line one", wrap: true },
      { type: "TextBlock", text: "Line **two**", wrap: true, spacing: "None" },
      { type: "TextBlock", text: "- a\r- b\r1. one", wrap: true, spacing: "Medium" },
      { type: "TextBlock", text: "**Head**", wrap: true, spacing: "Medium" },
      { type: "TextBlock", text: "end", wrap: true, spacing: "None" },
    ]);
  });

  it("splits long text at line or word boundaries", () => {
    expect(splitText("aaaa bbbb cccc\ndddd", 9)).toEqual(["aaaa bbbb", "cccc\ndddd"]);
    expect(splitText("aaaa\nbbbb cccc dddd", 12)).toEqual(["aaaa\nbbbb", "cccc dddd"]);
    expect(splitText("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(splitText("", 10)).toEqual([""]);
  });
});
