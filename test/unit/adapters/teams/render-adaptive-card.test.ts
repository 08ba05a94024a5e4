import { describe, expect, it } from "vitest";
import { Actions } from "../../../../src/core/actions.js";
import type { Outbound } from "../../../../src/core/types.js";
import { MAX_ACTIVITY_BYTES, renderOutbound } from "../../../../adapters/teams/render-adaptive-card.js";
import { cardProblems, cardsOf } from "../../../support/teams/adaptive-card-sdk.js";

const question: Outbound = {
  text: "How did it happen?",
  blocks: [
    { type: "text", markdown: "How did it *happen*? Plain words work: _today 10am_." },
    {
      type: "buttons",
      buttons: [
        { action: Actions.answer, label: "Phone", value: "phone" },
        { action: Actions.answer, label: "Video", value: "video", style: "primary" },
        { action: Actions.skip, label: "Skip" },
        { action: Actions.back, label: "Back" },
        { action: Actions.cancel, label: "Cancel", style: "danger" },
      ],
    },
  ],
};

const letters: Outbound = {
  text: "Your thank-you notes",
  blocks: [
    { type: "fields", fields: [{ label: "Company", value: "Acme" }, { label: "Key points", value: "a\nb" }] },
    { type: "letter", letterId: "7", to: "Dana Li", subject: "Thank you", body: "Hi Dana,\n\nThank you.\n\nSam", mailto: "mailto:dana@acme.example?subject=Thank%20you" },
    { type: "letter", letterId: "8", to: "Omar Haddad", subject: "Thank you", body: "Hi Omar,\n\nThanks!" },
    { type: "buttons", buttons: [{ action: Actions.letterSent, label: "I sent them", value: "7" }] },
  ],
};

describe("the Adaptive Card renderer", () => {
  it("renders text and buttons as a 1.5 card with a fallback that Microsoft's SDK accepts", () => {
    const [activity, ...rest] = renderOutbound(question);
    expect(rest).toEqual([]);
    expect(activity!.summary).toBe("How did it happen?");
    const [card] = cardsOf(activity!) as any[];
    expect(card.fallbackText).toBe("How did it happen?");
    expect(cardProblems(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({ type: "TextBlock", text: "How did it **happen**? Plain words work: _today 10am_." });
    const submits = card.body.filter((e: any) => e.type === "ActionSet").flatMap((s: any) => s.actions);
    expect(submits.map((a: any) => a.data)).toEqual([
      { action: Actions.answer, value: "phone" },
      { action: Actions.answer, value: "video" },
      { action: Actions.skip },
      { action: Actions.back },
      { action: Actions.cancel },
    ]);
    expect(submits.map((a: any) => a.style)).toEqual([undefined, "positive", undefined, undefined, "destructive"]);
  });

  it("renders letters with the text, a mailto link and an edit form submitting letter.save", () => {
    const [activity] = renderOutbound(letters);
    const [card] = cardsOf(activity!) as any[];
    expect(cardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("mailto:dana@acme.example?subject=Thank%20you");
    const edits = card.body.filter((e: any) => e.type === "ActionSet").flatMap((s: any) => s.actions).filter((a: any) => a.type === "Action.ShowCard");
    expect(edits).toHaveLength(2);
    const form = edits[0].card;
    expect(form.body[0]).toMatchObject({ type: "Input.Text", id: "letter-7", isMultiline: true, value: "Hi Dana,\n\nThank you.\n\nSam" });
    expect(form.actions[0]).toMatchObject({ type: "Action.Submit", data: { action: "letter.save", value: "7" } });
    expect(card.body[0]).toEqual({ type: "FactSet", facts: [{ title: "Company", value: "Acme" }] });
  });

  it("splits a long message into several activities, each under Teams' size limit and valid", () => {
    const long: Outbound = {
      text: "Your export",
      blocks: [
        { type: "text", markdown: "word ".repeat(12_000) },
        { type: "file", filename: "afterword-export.json", mime: "application/json", content: JSON.stringify({ a: "x".repeat(30_000) }, null, 2) },
        { type: "letter", letterId: "9", to: "Dana", subject: "Hi", body: "Dear Dana,\n" + "thanks a lot. ".repeat(1_500) },
      ],
    };
    const activities = renderOutbound(long);
    expect(activities.length).toBeGreaterThan(3);
    for (const a of activities) {
      expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThanOrEqual(MAX_ACTIVITY_BYTES);
      for (const card of cardsOf(a)) expect(cardProblems(card)).toEqual([]);
    }
    expect(activities[1]!.summary).toBe("Your export (continued)");
    const text = activities.flatMap(cardsOf).map((c) => JSON.stringify(c)).join("");
    expect(text).toContain("letter-9");
  });

  it("gives a message with no blocks a card from its text", () => {
    const [activity] = renderOutbound({ text: "Done.", blocks: [] });
    expect(cardProblems(cardsOf(activity!)[0])).toEqual([]);
  });

  it("is judged by an SDK that does report problems", () => {
    expect(cardProblems({ type: "AdaptiveCard", version: "1.5", body: [{ type: "Nope" }] })).not.toEqual([]);
    expect(cardProblems({ type: "AdaptiveCard", version: "1.5", body: [], actions: [{ type: "Action.OpenUrl", title: "x" }] })).not.toEqual([]);
  });

  it("shows a letter, its recipient and subject as text: a link typed into them stays text", () => {
    const typed = "[Click here](https://evil.example/login)";
    const out: Outbound = { text: "Your note", blocks: [{ type: "letter", letterId: "7", to: typed, subject: typed, body: `Dear Ana,\n\nSee ${typed}.` }] };
    // What Teams renders as markdown: every TextBlock (the edit box keeps the user's exact text).
    const texts: string[] = [];
    JSON.stringify(renderOutbound(out), (key, value) => {
      if (value && typeof value === "object" && value.type === "TextBlock") texts.push(value.text);
      return value;
    });
    expect(texts.filter((t) => t.includes("Click here"))).toHaveLength(3);
    expect(texts.filter((t) => /\[Click here\]\(https:/.test(t))).toEqual([]);
  });
});
