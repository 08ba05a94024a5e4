// The name that signs letters and how they greet people: asked once in the terminal, kept per user, editable in
// settings on every platform, and never overwritten by the platform's display name.
import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import type { Block, Inbound, Outbound, Platform } from "../../../src/core/types.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function setup() {
  const t = tempCoach("2026-11-17T15:00:00Z");
  cleanups.push(t.cleanup);
  return t;
}

function letters(out: Outbound[]) {
  return out.flatMap((m) => m.blocks).filter((b): b is Extract<Block, { type: "letter" }> => b.type === "letter");
}

function preview(d: Driver, after: Outbound[]) {
  const b = buttonsOf(after).find((x) => x.action === Actions.draftNotes)!;
  return letters(d.press(b.action, b.value));
}

describe("the name that signs letters", () => {
  it("is asked once in the terminal, on its own, right after the first debrief is saved and before the plan", () => {
    const t = setup();
    const me = new Driver(t.coach, { platform: "console", tenant: "local", user: "sam" }, t.clock);
    const saved = quickDebrief(me);
    expect(textOf(saved)).toMatch(/^Saved\. One quick thing first: What name should I sign your letters with\?/);
    expect(textOf(saved)).not.toMatch(/plan/);
    // No nudge waits for the answer: the plan is already in place.
    const user = t.store.users.find({ platform: "console", tenant: "local", user: "sam" })!;
    const [interview] = t.store.interviews.list(user.id);
    expect(t.store.reminders.pendingFor(interview!.id).map((r) => r.kind)).toContain("reflect");
    const plan = me.say("Tomáš Dvořák");
    expect(textOf(plan)).toMatch(/^Thanks\. Your letters will be signed \*Tomáš Dvořák\*\. Here's the plan/);
    for (const l of preview(me, plan)) expect(l.body.split("\n").pop()).toBe("Tomáš Dvořák");
    // A second debrief goes straight to the plan.
    t.clock.advance(86_400_000);
    expect(textOf(quickDebrief(me, { company: "Globex" }))).toMatch(/^Saved\. Here's the plan/);
  });

  it("can be skipped: the plan follows, letters go unsigned, and it is not asked again", () => {
    const t = setup();
    const me = new Driver(t.coach, { platform: "console", tenant: "local", user: "sam" }, t.clock);
    const saved = quickDebrief(me);
    const skip = buttonsOf(saved).find((b) => b.label === "Skip")!;
    const plan = me.press(skip.action, skip.value);
    expect(textOf(plan)).toMatch(/without a name until you add one in settings\. Here's the plan/);
    expect(preview(me, plan)[0]!.body.split("\n").pop()).toMatch(/^(?:Best regards|Best|Kind regards|All the best|Best wishes),$/);
    t.clock.advance(86_400_000);
    expect(textOf(quickDebrief(me, { company: "Globex" }))).toMatch(/^Saved\. Here's the plan/);
  });

  it("is never the login the terminal was started with, and is not asked in Slack or Teams, which give the real name", () => {
    const t = setup();
    for (const platform of ["slack", "teams"] as Platform[]) {
      const me = new Driver(t.coach, { platform, tenant: "T1", user: `${platform}-sam` }, t.clock);
      const saved = quickDebrief(me);
      expect(textOf(saved)).toMatch(/^Saved\. Here's the plan/);
      expect(preview(me, saved)[0]!.body.split("\n").pop()).toBe("Sam Rivera");
    }
  });

  it("chosen in settings, survives the platform refreshing its display name on every event", () => {
    const t = setup();
    const me = new Driver(t.coach, { platform: "slack", tenant: "T1", user: "U1" }, t.clock);
    const saved = quickDebrief(me);
    const ask = buttonsOf([t.coach.home(me.from)]).find((b) => b.action === Actions.signingName)!;
    expect(ask.label).toBe("Change my name");
    expect(textOf(me.press(ask.action, ask.value))).toMatch(/What name should I sign your letters with\?/);
    expect(textOf(me.say("Dr. Samantha Rivera-Okoye"))).toMatch(/signed \*Dr\. Samantha Rivera-Okoye\*/);
    // Slack's users.info name arrives again with the next event; the user's choice stands.
    const next: Inbound = { kind: "text", text: "settings", from: me.from, at: t.clock.now(), id: "refresh-1", displayName: "Sam R." };
    expect(textOf(t.coach.handle(next))).toMatch(/Signed \*Dr\. Samantha Rivera-Okoye\*/);
    for (const l of preview(me, saved)) expect(l.body.split("\n").pop()).toBe("Dr. Samantha Rivera-Okoye");
  });
});

describe("the greeting style", () => {
  it("is by first name by default and formal when chosen in settings on every platform, kept per user, and redrafts the letters", () => {
    const t = setup();
    for (const platform of ["console", "slack", "teams"] as Platform[]) {
      const me = new Driver(t.coach, { platform, tenant: "T1", user: `${platform}-greet` }, t.clock);
      let after = quickDebrief(me, { names: ["Dr. Amara Okafor", "Dana Li"] });
      if (/What name should I sign/.test(textOf(after))) after = me.say("Sam Rivera");
      expect(preview(me, after).map((l) => l.body.split("\n")[0])).toEqual(["Dear Dr. Okafor,", "Dear Dana,"]);
      const formal = buttonsOf([t.coach.home(me.from)]).find((b) => b.action === Actions.greeting)!;
      expect(formal.value).toBe("formal");
      expect(textOf(me.press(formal.action, formal.value))).toMatch(/greet people formally/);
      expect(preview(me, after).map((l) => l.body.split("\n")[0])).toEqual(["Dear Dr. Okafor,", "Dear Dana Li,"]);
      expect(textOf([t.coach.home(me.from)])).toMatch(/greet people formally/);
    }
  });
});
