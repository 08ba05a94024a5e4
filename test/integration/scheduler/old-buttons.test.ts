// Buttons pressed on old nudges, late or twice: they never bring a finished step back or skip the let-go.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { buttonsOf, textOf } from "../../support/temp-store.js";
import { at, lettersOf, local, worldsPerTest, type Delivery } from "../../support/scheduler/world.js";

// Whatever a test did, no nudge reached anyone outside their nudge hours (checked by worldsPerTest).
const newWorld = worldsPerTest();

const TZ = "Europe/London";

function setup() {
  const w = newWorld(at("2026-11-17T15:00", TZ));
  const ana = w.user("ana", TZ);
  quickDebrief(ana, { when: "today 10am", names: ["Dana Li"] });
  return { w, ana };
}

const button = (x: Delivery, action: string, label?: string) =>
  buttonsOf([x.message]).find((b) => b.action === action && (!label || b.label === label))!;

describe("old buttons", () => {
  it("'All sent' pressed on the thank-you after the check-in went out keeps the let-go", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-12-01T10:00", TZ));
    expect(got.map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again", "checkin"]);
    const thanks = got.find((x) => x.kind === "thanks")!;
    ana.press(Actions.nudgeDone, button(thanks, Actions.nudgeDone).value);
    expect(w.interview(ana).status).toBe("active");
    const rest = await w.runUntil(at("2027-01-20T12:00", TZ), 60);
    expect(rest.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["letgo", "Tue 2026-12-08 09:00"]]);
    expect(w.interview(ana)).toMatchObject({ status: "closed", outcome: "no_answer" });
  });

  it("marking the check-in sent twice does not push the let-go back", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-12-01T09:00", TZ));
    const checkin = got.find((x) => x.kind === "checkin")!;
    const [letter] = lettersOf(checkin.message);
    w.clock.set(at("2026-12-01T11:00", TZ));
    expect(textOf(ana.press(Actions.letterSent, letter!.letterId))).toMatch(/Check-in sent/);
    w.clock.set(at("2026-12-04T11:00", TZ));
    expect(textOf(ana.press(Actions.letterSent, letter!.letterId))).toMatch(/already marked sent/);
    expect(textOf(ana.press(Actions.nudgeDone, button(checkin, Actions.nudgeDone).value))).toMatch(/already done/);
    const rest = await w.runUntil(at("2026-12-10T12:00", TZ));
    expect(rest.map((x) => [x.kind, local(x.at, TZ)])).toEqual([["letgo", "Tue 2026-12-08 11:00"]]);
  });

  it("'no longer interested' after the thank-you step was dropped closes the interview at once", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-11-20T12:00", TZ));
    expect(got.map((x) => x.kind)).toEqual(["reflect", "thanks", "thanks_again"]);
    expect(got.find((x) => x.kind === "reflect")).toBeDefined();
    const no = buttonsOf(ana.say("done")).find((b) => b.action === Actions.interest && b.label === "No")!;
    expect(textOf(ana.press(no.action, no.value))).toMatch(/wraps this one up/);
    expect(w.interview(ana).status).toBe("closed");
    expect(await w.runUntil(at("2027-01-20T12:00", TZ), 120)).toEqual([]);
  });

  it("snoozing the thank-you after every note was marked sent is refused", async () => {
    const { w, ana } = setup();
    const got = await w.runUntil(at("2026-11-18T09:00", TZ));
    const thanks = got.find((x) => x.kind === "thanks")!;
    ana.press(Actions.letterSent, lettersOf(thanks.message)[0]!.letterId);
    expect(textOf(ana.press(Actions.snooze, button(thanks, Actions.snooze).value))).toMatch(/already done/);
    expect(textOf(ana.press(Actions.snoozeDay, button(thanks, Actions.snoozeDay).value))).toMatch(/already done/);
    const rest = await w.runUntil(at("2026-12-02T12:00", TZ));
    expect(rest.map((x) => x.kind)).toEqual(["checkin"]);
  });
});
