// "I heard back" at each stage of the plan: the right answer, the interview closed, and silence afterwards.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { buttonsOf, textOf } from "../../support/temp-store.js";
import { at, lettersOf, worldsPerTest, type Delivery } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

const TZ = "America/Los_Angeles";
/** Stages, each named by the nudge the user answers from, and when they answer. */
const STAGES = [
  { after: "reflect", until: "2026-11-17T18:30" },
  { after: "thanks", until: "2026-11-18T10:00" },
  { after: "checkin", until: "2026-12-01T10:00" },
] as const;

const OUTCOMES = [
  { outcome: "next_round", says: /Another round/, closedAs: "next_round" },
  { outcome: "offer", says: /Congratulations!/, closedAs: "offer" },
  { outcome: "rejected", says: /short, gracious reply/, closedAs: "rejected" },
] as const;

const cases = STAGES.flatMap((s) => OUTCOMES.map((o) => ({ ...s, ...o })));

describe("heard back", () => {
  it.each(cases)("after the $after nudge: $outcome", async (c) => {
    const w = newWorld(at("2026-11-17T15:00", TZ));
    const ana = w.user("ana", TZ);
    quickDebrief(ana, { when: "today 10am", company: "Acme", names: ["Dana Li"] });
    const before = await w.runUntil(at(c.until, TZ));
    const nudge = before.find((x) => x.kind === c.after) as Delivery;
    expect(nudge).toBeDefined();

    // The nudge's button asks which way; the answer closes the interview.
    const heard = buttonsOf([nudge.message]).find((b) => b.action === Actions.heardBack)!;
    const asked = ana.press(heard.action, heard.value);
    expect(textOf(asked)).toMatch(/What did you hear from \*Acme\*\?/);
    const choice = buttonsOf(asked).find((b) => b.value?.endsWith(`:${c.outcome}`))!;
    const answer = ana.press(choice.action, choice.value);
    expect(textOf(answer)).toMatch(c.says);

    if (c.outcome === "next_round") {
      expect(buttonsOf(answer).map((b) => b.action)).toContain(Actions.logNext);
    }
    if (c.outcome === "rejected") {
      const [letter] = lettersOf(answer[0]!);
      expect(letter?.to).toBe("Dana Li");
      expect(letter?.body).toMatch(/Acme/);
    }

    expect(buttonsOf(answer).map((b) => b.label)).toContain("Undo");
    // Another round before the thank-you is out keeps this round's thank-you; everything else stops.
    const keepsThanks = c.outcome === "next_round" && c.after !== "checkin";
    expect(w.interview(ana)).toMatchObject({ status: keepsThanks ? "active" : "closed", outcome: c.closedAs });
    const open = w.rows(ana).filter((r) => r.status === "pending" || r.status === "sending").map((r) => r.kind);
    expect(open.filter((k) => !(keepsThanks && (k === "thanks" || k === "thanks_again")))).toEqual([]);
    // Nothing more, ever (but that thank-you): sweep hourly to 60 days after the interview.
    const after = await w.runUntil(new Date(Date.parse(at("2026-11-17T10:00", TZ)) + 60 * 86_400_000).toISOString(), 60);
    expect(after.map((x) => x.kind).filter((k) => !(keepsThanks && (k === "thanks" || k === "thanks_again")))).toEqual([]);
    // A late answer still counts: the old button asks again rather than refusing.
    expect(textOf(ana.press(heard.action, heard.value))).toMatch(/What did you hear from \*Acme\*\?/);
  });

  it("a nudge in flight when the user hears back does not plan anything after it", async () => {
    const w = newWorld(at("2026-11-17T15:00", TZ));
    const ana = w.user("ana", TZ);
    quickDebrief(ana, { when: "today 10am" });
    const d = w.interview(ana);
    expect((await w.runUntil(at("2026-11-30T12:00", TZ), 60)).map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again"]);
    // The check-in is being delivered (claimed, port slow) when the user reports an offer from another device.
    let answered = false;
    w.setPort(() => {
      if (answered) return;
      answered = true;
      ana.press(Actions.heardBack, `${d.id}:offer`);
    });
    await w.sweepNow(at("2026-12-01T09:00", TZ));
    expect(w.to(ana).at(-1)!.kind).toBe("checkin");
    expect(w.interview(ana)).toMatchObject({ status: "closed", outcome: "offer" });
    expect(w.rows(ana).filter((r) => r.status === "pending" || r.status === "sending")).toEqual([]);
  });
});
