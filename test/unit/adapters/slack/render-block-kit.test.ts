import { describe, expect, it } from "vitest";
import { decodeSlackAddress, encodeSlackAddress } from "../../../../adapters/slack/address.js";
import { slackTextToPlain, toMrkdwn } from "../../../../adapters/slack/mrkdwn.js";
import { baseActionId, fitMailto, renderOutbound, SlackActionIds } from "../../../../adapters/slack/render-block-kit.js";
import { renderHome } from "../../../../adapters/slack/render-home.js";
import { readLetterModal, renderLetterModal } from "../../../../adapters/slack/render-letter-modal.js";
import { splitText, truncate } from "../../../../adapters/slack/split-text.js";
import type { Block, Outbound } from "../../../../src/core/types.js";
import { validateMessage, validateView } from "../../../support/slack/block-kit-rules.js";

const words = (n: number, w = "interview") => Array.from({ length: n }, (_, i) => `${w}${i}`).join(" ");
const sectionTexts = (blocks: any[]) => blocks.filter((b) => b.type === "section" && b.text).map((b) => b.text.text as string);

function expectValid(out: Outbound) {
  const { messages } = renderOutbound(out);
  for (const m of messages) expect(validateMessage(m)).toBeUndefined();
  return messages;
}

describe("address", () => {
  it("round-trips a workspace and DM channel", () => {
    const a = encodeSlackAddress({ team: "T0ADGE2G4EM", channel: "D0ACX51K95H" });
    expect(a).toBe("slack:T0ADGE2G4EM:D0ACX51K95H");
    expect(decodeSlackAddress(a)).toEqual({ team: "T0ADGE2G4EM", channel: "D0ACX51K95H" });
  });
  it("refuses other platforms' addresses and malformed ids", () => {
    expect(() => decodeSlackAddress("teams:abc:def")).toThrow(/not a Slack address/);
    expect(() => decodeSlackAddress("slack:T1")).toThrow();
    expect(() => encodeSlackAddress({ team: "T:1", channel: "D1" })).toThrow();
  });
});

describe("text helpers", () => {
  it("splits at paragraph, line and word boundaries within the limit", () => {
    const text = `${words(300)}\n\n${words(300, "offer")}`;
    const pieces = splitText(text, 3000);
    expect(pieces.every((p) => p.length <= 3000)).toBe(true);
    expect(pieces.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
  });
  it("cuts a word with no spaces and never inside a surrogate pair", () => {
    const pieces = splitText("😀".repeat(2000), 3001);
    expect(pieces.every((p) => p.length <= 3001 && !/[\ud800-\udbff]$/.test(p))).toBe(true);
    expect(pieces.join("")).toBe("😀".repeat(2000));
    expect(truncate("abcdef", 4)).toBe("abc…");
  });
  it("escapes mrkdwn control characters and converts links", () => {
    // The engine writes no links: `[site](url)` typed by a user stays text.
    expect(toMrkdwn("Q&A <b> **bold** [site](https://x.io/a?b=1)")).toBe("Q&amp;A &lt;b&gt; *bold* [site](https://x.io/a?b=1)");
  });
  it("reads what the user typed out of Slack's message markup", () => {
    expect(slackTextToPlain("mail <mailto:ana@acme.io|ana@acme.io> or <https://acme.io|acme> &amp; <@U123> &lt;3")).toBe(
      "mail ana@acme.io or acme & @U123 <3",
    );
  });
});

describe("renderOutbound", () => {
  it("always carries a fallback text, even when the engine gave none", () => {
    const [m] = expectValid({ text: "", blocks: [{ type: "text", markdown: "*Hi* there" }] });
    expect(m!.text).toBe("Hi there");
  });

  it("splits a very long answer echoed back across sections of at most 3,000 characters", () => {
    const long = words(2000); // ~ 22k characters
    const [m] = expectValid({ text: "Summary", blocks: [{ type: "text", markdown: long }] });
    const texts = sectionTexts(m!.blocks);
    expect(texts.length).toBeGreaterThan(7);
    expect(texts.every((t) => t.length <= 3000)).toBe(true);
    expect(texts.join(" ").split(/\s+/)).toEqual(long.split(/\s+/));
  });

  it("keeps sections under 3,000 after escaping grows the text", () => {
    const [m] = expectValid({ text: "x", blocks: [{ type: "text", markdown: "&".repeat(5000) }] });
    expect(sectionTexts(m!.blocks).every((t) => t.length <= 3000)).toBe(true);
  });

  it("splits a message over 50 blocks into several messages, each valid with its own fallback", () => {
    const blocks: Block[] = Array.from({ length: 120 }, (_, i) => ({ type: "text", markdown: `line ${i}` }));
    const messages = expectValid({ text: "Everything I know", blocks });
    expect(messages.length).toBe(3);
    expect(messages.every((m) => m.blocks.length <= 50 && m.text.length > 0)).toBe(true);
    expect(messages[1]!.text).toMatch(/continued, 2 of 3/);
    expect(messages.flatMap((m) => sectionTexts(m.blocks))).toEqual(blocks.map((_, i) => `line ${i}`));
  });

  it("keeps a letter's blocks together in the next message rather than splitting it", () => {
    const blocks: Block[] = [
      ...Array.from({ length: 48 }, (_, i): Block => ({ type: "text", markdown: `t${i}` })),
      { type: "letter", letterId: "7", to: "Ana", subject: "Thanks", body: "Dear Ana,\n\nThank you." },
    ];
    const messages = expectValid({ text: "x", blocks });
    expect(messages.length).toBe(2);
    expect(messages[1]!.blocks[0]).toMatchObject({ type: "section", text: { text: expect.stringContaining("*To:* Ana") } });
  });

  it("trims button text to 75, values to 2,000 and action ids to 255; chunks 25 buttons per actions block", () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({ action: `a.${i}`, label: `Label ${i} ${"x".repeat(100)}`, value: "v".repeat(2500) }));
    buttons.push({ action: "z".repeat(300), label: "long id", value: "1" });
    const [m] = expectValid({ text: "pick", blocks: [{ type: "buttons", buttons }] });
    const actions = m!.blocks.filter((b: any) => b.type === "actions") as any[];
    expect(actions.map((a) => a.elements.length)).toEqual([25, 6]);
    const els = actions.flatMap((a) => a.elements);
    expect(els.every((e: any) => e.text.text.length <= 75 && e.value.length <= 2000 && e.action_id.length <= 255)).toBe(true);
  });

  it("makes repeated engine action ids unique and maps them back", () => {
    const [m] = expectValid({
      text: "Did it go well?",
      blocks: [
        { type: "buttons", buttons: [{ action: "debrief.answer", label: "Yes", value: "yes" }, { action: "debrief.answer", label: "No", value: "no" }] },
        { type: "buttons", buttons: [{ action: "debrief.answer", label: "Unsure", value: "unsure" }, { action: "debrief.skip", label: "Skip" }] },
      ],
    });
    const ids = m!.blocks.flatMap((b: any) => (b.type === "actions" ? b.elements.map((e: any) => e.action_id) : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map(baseActionId)).toEqual(["debrief.answer", "debrief.answer", "debrief.answer", "debrief.skip"]);
  });

  it("renders a letter readably with To/Subject, an email link and an Edit button; a long letter spans sections", () => {
    const body = `Dear Ana,\n\n${words(900, "grateful")}\n\nBest,\nSam`;
    const mailto = `mailto:ana@acme.io?subject=${encodeURIComponent("Thank you")}&body=${encodeURIComponent("short")}`;
    const [m] = expectValid({ text: "Your thank-you note", blocks: [{ type: "letter", letterId: "42", to: "Ana Ruiz", subject: "Thank you", body, mailto }] });
    expect((m!.blocks[0] as any).text.text).toBe("*To:* Ana Ruiz\n*Subject:* Thank you");
    const bodyTexts = m!.blocks.filter((b: any) => b.type === "section" && b.text.type === "plain_text").map((b: any) => b.text.text);
    expect(bodyTexts.length).toBeGreaterThan(2);
    expect(bodyTexts.join(" ").split(/\s+/)).toEqual(body.split(/\s+/));
    const els = (m!.blocks.at(-1) as any).elements;
    expect(els[0]).toMatchObject({ text: { text: "Open as email" }, url: mailto, action_id: SlackActionIds.openEmail });
    expect(els[1]).toMatchObject({ text: { text: "Edit" }, action_id: SlackActionIds.letterEdit, value: "42" });
  });

  it("drops the body from a mailto over 3,000 characters and says so", () => {
    const mailto = `mailto:ana@acme.io?subject=Thanks%20Ana&body=${encodeURIComponent(words(600))}`;
    expect(mailto.length).toBeGreaterThan(3000);
    expect(fitMailto(mailto)).toEqual({ url: "mailto:ana@acme.io?subject=Thanks%20Ana", bodyDropped: true });
    const [m] = expectValid({ text: "x", blocks: [{ type: "letter", letterId: "1", to: "Ana", subject: "Thanks Ana", body: words(600), mailto }] });
    expect(JSON.stringify(m!.blocks)).toMatch(/too long for an email link/);
  });

  it("puts fields in sections of at most 10, each at most 2,000 characters", () => {
    const fields = Array.from({ length: 12 }, (_, i) => ({ label: `Field ${i}`, value: i === 0 ? "y".repeat(3000) : `value ${i}` }));
    const [m] = expectValid({ text: "Summary", blocks: [{ type: "fields", fields }] });
    expect(m!.blocks.map((b: any) => b.fields.length)).toEqual([10, 2]);
    expect((m!.blocks[0] as any).fields[0].text.length).toBeLessThanOrEqual(2000);
  });

  it("returns files separately for upload", () => {
    const r = renderOutbound({ text: "", blocks: [{ type: "file", filename: "afterword.json", mime: "application/json", content: "{}" }] });
    expect(r.messages).toEqual([]);
    expect(r.files).toHaveLength(1);
  });
});

describe("renderHome", () => {
  it("publishes at most 100 blocks, keeps the settings buttons at the end, and says there is more", () => {
    const blocks: Block[] = [
      ...Array.from({ length: 150 }, (_, i): Block => ({ type: "text", markdown: `Nudge ${i}` })),
      { type: "buttons", buttons: [{ action: "settings.pause", label: "Pause nudges" }, { action: "data.export", label: "Export my data" }] },
    ];
    const view = renderHome({ text: "Home", blocks });
    expect(validateView(view, "home")).toBeUndefined();
    expect(view.blocks.length).toBe(100);
    expect(view.blocks.at(-1)).toMatchObject({ type: "actions" });
    expect(JSON.stringify(view.blocks.at(-2))).toMatch(/more than fits/);
  });
});

describe("letter modal", () => {
  it("has a title within 24 characters and holds a long letter in several inputs that read back whole", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `${words(110, `para${i}word`)}.`);
    const body = paragraphs.join("\n\n");
    expect(body.length).toBeGreaterThan(6000);
    const view = renderLetterModal({ to: "Ana", subject: "Thanks", body }, { letterId: "42" });
    expect(validateView(view, "modal")).toBeUndefined();
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    const inputs = view.blocks.filter((b: any) => b.type === "input") as any[];
    expect(inputs.length).toBeGreaterThan(2);
    const values = Object.fromEntries(inputs.map((b) => [b.block_id, { [b.element.action_id]: { value: b.element.initial_value } }]));
    expect(readLetterModal({ private_metadata: view.private_metadata!, state: { values } })).toEqual({ meta: { letterId: "42" }, text: body });
  });
  it("is refused by the fake when a title is too long (proving the check is live)", () => {
    expect(validateView({ type: "modal", title: { type: "plain_text", text: "An editor with a long title" }, blocks: [] }, "modal")?.error).toBe("invalid_arguments");
  });
});
