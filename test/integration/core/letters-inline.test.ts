import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { checkDistinct } from "../../../src/core/letters/index.js";
import type { Block } from "../../../src/core/types.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup(names = ["Dana Li", "Omar Haddad", "Zoë O'Neil-Brandt"]) {
  const t = tempCoach("2026-11-17T15:00:00Z");
  cleanups.push(t.cleanup);
  const sam = new Driver(t.coach, { platform: "slack", tenant: "T1", user: "U1" }, t.clock);
  const confirm = quickDebrief(sam, { names, decision: "by Friday" });
  const draft = buttonsOf(confirm).find((b) => b.action === Actions.draftNotes)!;
  return { ...t, sam, draft };
}

function letters(out: { blocks: Block[] }[]) {
  return out.flatMap((m) => m.blocks).filter((b): b is Extract<Block, { type: "letter" }> => b.type === "letter");
}

describe("letters inline in the chat", () => {
  it("drafts one distinct letter per interviewer, each with a mailto link naming the follow-up day", () => {
    const { sam, draft } = setup();
    const out = sam.press(draft.action, draft.value);
    const shown = letters(out);
    expect(shown.map((l) => l.to)).toEqual(["Dana Li", "Omar Haddad", "Zoë O'Neil-Brandt"]);
    for (const l of shown) {
      expect(l.body).toContain(l.to.split(" ")[0]);
      // The check-in day as a person says it the day after: the plan's own date, in the interview's month.
      expect(l.body).toMatch(/Tuesday the 24th/);
      // Before the reflect step the email link is held back: opening asks first, once.
      expect(l.mailto).toBeUndefined();
      const asked = textOf(sam.press(Actions.letterOpen, l.letterId));
      const first = l === shown[0];
      expect(asked).toMatch(first ? /Send before you've slept on it\?/ : /ready to open as an email/);
      const [opened] = letters(first ? sam.press(Actions.sendEarly, `${l.letterId}:open`) : sam.press(Actions.letterOpen, l.letterId));
      expect(opened!.mailto).toMatch(/^mailto:\?subject=.+&body=.+/);
      expect(decodeURIComponent(opened!.mailto!.split("&body=")[1]!)).toBe(l.body);
    }
    expect(checkDistinct(shown.map((l) => ({ recipient: l.to, body: l.body })))).toEqual([]);
    // No checks fired on the drafts themselves.
    expect(textOf(out)).not.toMatch(/Worth a second look/);
  });

  it("another version and the card stay distinct from the colleagues' letters", () => {
    const { sam, draft } = setup();
    const first = letters(sam.press(draft.action, draft.value));
    let current = first[0]!;
    for (let i = 0; i < 4; i++) {
      const out = sam.press(Actions.letterAnother, current.letterId);
      const next = letters(out)[0]!;
      expect(next.body).not.toBe(current.body);
      const pool = [next, ...first.slice(1)].map((l) => ({ recipient: l.to, body: l.body }));
      expect(checkDistinct(pool)).toEqual([]);
      current = next;
    }
    const card = letters(sam.press(Actions.letterCard, current.letterId))[0]!;
    expect(card.body.split(/\s+/).length).toBeLessThan(100);
  });

  it("an edited letter is stored and checked, with findings the user can act on", () => {
    const { sam, draft } = setup();
    const dana = letters(sam.press(draft.action, draft.value))[0]!;
    const out = sam.press(Actions.letterSave, dana.letterId, "Dear Dana Lee,\n\nI would be thrilled beyond words!!! I recieved so much from our talk.\n\nSam");
    const text = textOf(out);
    expect(text).toMatch(/Saved your version/);
    expect(text).toMatch(/Dana Lee/);
    expect(text).toMatch(/recieved/);
    expect(text).toMatch(/exclamation|thrilled/i);
    expect(letters(out)[0]!.body).toContain("Dear Dana Lee,");
  });

  it("marking every thank-you sent completes the step and cancels its reminders", () => {
    const { sam, draft, store } = setup(["Dana Li", "Omar Haddad"]);
    const shown = letters(sam.press(draft.action, draft.value));
    // Before the reflect step, marking sent asks once; the answer stands for the next letter.
    expect(textOf(sam.press(Actions.letterSent, shown[0]!.letterId))).toMatch(/Send before you've slept on it\?/);
    expect(textOf(sam.press(Actions.sendEarly, `${shown[0]!.letterId}:sent`))).toMatch(/1 to go: Omar Haddad/);
    expect(textOf(sam.press(Actions.letterSent, shown[1]!.letterId))).toMatch(/All thank-you notes are out/);
    const user = store.users.find({ platform: "slack", tenant: "T1", user: "U1" })!;
    expect(store.reminders.upcomingForUser(user.id).map((r) => r.kind)).toEqual(["reflect", "checkin"]);
  });
});
