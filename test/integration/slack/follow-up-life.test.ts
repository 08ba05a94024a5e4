// The follow-up as people live it, in Slack: the real Bolt app on signed HTTP against the fake
// Slack API, the real Coach on a real SQLite file, the sweeper run in-process through the Slack
// ChatPort at the injected clock's time.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { slackDebrief } from "../../support/slack/answer-debrief.js";
import { slackFollowUp } from "../../support/slack/follow-up-harness.js";
import { textOf } from "../../support/slack/slack-person.js";

const w = slackFollowUp("2026-11-17T15:00:00Z");

describe("following up in Slack", () => {
  it("plans a German user's check-in two working days after a decision on 23 December: Monday 28 December", async () => {
    w.now = new Date("2026-12-15T12:00:00Z");
    const sam = w.person("UBERLIN", "Europe/Berlin");
    const plan = textOf(await slackDebrief(sam, "Acme, Staff Engineer, with Dana Li", { when: "today 10am", decision: "by 23 December" }));
    // Christmas Day and the 26th are public holidays in Germany; Christmas Eve is a working day.
    expect(plan).toMatch(/Check in, once: Monday 28 Dec, 09:00/);
    const home = JSON.stringify((await sam.openHome()).blocks);
    expect(home).toMatch(/Monday 28 Dec, 09:00/);

    // The thank-you nudge the next morning (after the reflect that evening) promises that day.
    await w.sweepAt("2026-12-15T15:00:00Z");
    sam.skip();
    await w.sweepAt("2026-12-16T08:00:00Z");
    const nudge = textOf(sam.take());
    expect(nudge).toMatch(/Monday 28 December/);
  });

  it("hears back in plain words: an offer from one interview, the other closed politely and undone, then another round that keeps the thank-you", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const ana = w.person("UANA", "Europe/London");
    await slackDebrief(ana, "Acme, Staff Engineer, with Dana Li", { when: "today 10am" });
    await slackDebrief(ana, "Globex, Platform Lead, with Ann Lee", { when: "today 11am" });
    const user = w.h.store.users.find({ platform: "slack", tenant: "TACME", user: "UANA" })!;
    const [globex, acme] = w.h.store.interviews.list(user.id);

    // "Got an offer from Globex!": matched by the company's name, confirmed with one tap.
    const asked = textOf(await ana.say("Got an offer from Globex!"));
    expect(asked).toMatch(/It sounds like you have an offer at Globex \(Platform Lead\)/);
    const offer = textOf(await ana.press(Actions.heardBack, `${globex!.id}:offer`));
    expect(offer).toMatch(/Congratulations![\s\S]*LinkedIn is fine[\s\S]*Acme \(Staff Engineer\)/);
    expect(w.h.store.interviews.load(user.id, globex!.id)).toMatchObject({ status: "closed", outcome: "offer" });

    // Close the other interview politely, then think better of it: Undo puts its nudges back.
    expect(textOf(await ana.press(Actions.withdraw, String(acme!.id)))).toMatch(/Closed \*Acme\*/);
    expect(w.h.store.reminders.pendingFor(acme!.id)).toEqual([]);
    const undo = ana.findButton(Actions.undo);
    expect(textOf(await ana.press(Actions.undo, undo.value))).toMatch(/Undone: closed Acme/);
    expect(w.h.store.reminders.pendingFor(acme!.id).map((r) => r.kind)).toEqual(["reflect", "thanks", "checkin"]);

    // "They want a second round": only Acme is open, so that is the one; its thank-you still comes, the check-in never.
    expect(textOf(await ana.say("they want a second round"))).toMatch(/they want another round at Acme/);
    expect(textOf(await ana.press(Actions.heardBack, `${acme!.id}:next_round`))).toMatch(/thank-you notes for this round still matter/);
    expect(w.h.store.reminders.pendingFor(acme!.id).map((r) => r.kind)).toEqual(["reflect", "thanks"]);
    ana.skip();
    await w.sweepAt("2026-11-18T09:30:00Z");
    const next = ana.take();
    expect(textOf(next)).toMatch(/thank-you/);
    expect(textOf(next)).not.toMatch(/get in touch on/);
    await w.sweepAt("2026-12-31T12:00:00Z");
    expect(textOf(ana.take())).not.toMatch(/check-in/);
  });

  it("holds the email link back before the reflect step: Open as email asks first, then gives the link", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const bo = w.person("UBO", "Europe/London");
    await slackDebrief(bo, "Initech, Analyst, with Bill Lumbergh", { when: "today 10am" });
    const preview = await bo.press(Actions.draftNotes);
    const urls = preview.replies.flatMap((p) => p.args.blocks ?? []).flatMap((b: any) => b.elements ?? []).filter((e: any) => e.url);
    expect(urls).toEqual([]);
    const open = bo.findButton(Actions.letterOpen);
    expect(textOf(await bo.press(Actions.letterOpen, open.value))).toMatch(/Send before you've slept on it\?/);
    const anyway = await bo.press(Actions.sendEarly, `${open.value}:open`);
    const link = anyway.replies.flatMap((p) => p.args.blocks ?? []).flatMap((b: any) => b.elements ?? []).find((e: any) => e.url);
    expect(link?.url).toMatch(/^mailto:/);
    // Asked once: the next letter action goes straight through.
    expect(textOf(await bo.press(Actions.letterSent, open.value))).toMatch(/All thank-you notes are out/);
  });

  it("'letters' in the DM lists every letter with its state and buttons", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const cy = w.person("UCY", "Europe/London");
    await slackDebrief(cy, "Hooli, Product Manager, with Gavin Belson", { when: "today 10am" });
    await w.sweepAt("2026-11-18T09:30:00Z");
    cy.skip();
    const list = await cy.say("letters");
    expect(textOf(list)).toMatch(/Hooli \(Product Manager\)\*?: thank-you to Gavin Belson \(draft\)/);
    const sent = cy.findButton(Actions.letterSent);
    expect(textOf(await cy.press(Actions.letterSent, sent.value))).toMatch(/All thank-you notes are out/);
  });

  it("the let-go's Keep it open, pressed in the DM, keeps the interview open; nothing more is planned, and Heard back still works", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const di = w.person("UDI", "Europe/London");
    await slackDebrief(di, "Acme, Staff Engineer, with Dana Li", { when: "today 10am" });
    const user = w.h.store.users.find({ platform: "slack", tenant: "TACME", user: "UDI" })!;
    const [acme] = w.h.store.interviews.list(user.id);
    for (const at of ["2026-11-17T18:00:00Z", "2026-11-18T09:30:00Z", "2026-11-19T09:30:00Z", "2026-12-01T09:30:00Z"]) await w.sweepAt(at);
    const checkin = di.findButton(Actions.nudgeDone);
    expect(textOf(await di.press(Actions.nudgeDone, checkin.value))).toMatch(/Check-in sent/);
    di.skip();
    await w.sweepAt("2026-12-08T10:00:00Z");
    const letGo = di.take();
    expect(textOf(letGo)).toMatch(/No word from \*Acme\* since your check-in about the \*Staff Engineer\* role\. You did this one well: a thoughtful debrief and one courteous check-in\./);
    expect(w.h.store.interviews.load(user.id, acme!.id)).toMatchObject({ status: "closed", outcome: "no_answer" });

    // The button as Slack renders it on the let-go message, pressed within the day.
    const keep = di.findButton(Actions.undo);
    expect(keep.text).toBe("Keep it open");
    w.now = new Date("2026-12-08T18:00:00Z");
    const kept = textOf(await di.press(Actions.undo, keep.value));
    expect(kept).toMatch(/Undone: let Acme go\. It stays open, with nothing more planned: I won't nudge you about it again\. If they get back to you, tell me/);
    expect(w.h.store.interviews.load(user.id, acme!.id)).toMatchObject({ status: "active" });
    expect(w.h.store.reminders.pendingFor(acme!.id)).toEqual([]);
    expect(JSON.stringify((await di.openHome()).blocks)).toMatch(/Acme \(Staff Engineer\): following up/);
    // Pressed again, it is already done; Heard back on the reply still records news.
    expect(textOf(await di.press(Actions.undo, keep.value))).toMatch(/That's already undone: let Acme go\./);
    expect(textOf(await di.press(Actions.heardBack, String(acme!.id)))).toMatch(/What did you hear from \*Acme\*\?/);
  });
});
