// One message per moment and one way to read a typed date, in Slack: the real Bolt app on signed
// HTTP against the fake Slack API, the real Coach on a real SQLite file, the sweeper run through the
// Slack ChatPort at the injected clock's time.
import { describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { slackDebrief } from "../../support/slack/answer-debrief.js";
import { slackFollowUp } from "../../support/slack/follow-up-harness.js";
import { textOf } from "../../support/slack/slack-person.js";

const w = slackFollowUp("2026-11-17T15:00:00Z");

describe("Slack: one message per moment, one date reader", () => {
  it("nudges due together after a pause arrive as one DM that reads in order", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const ana = w.person("UMOMENT", "Europe/London");
    await slackDebrief(ana, "Acme, Staff Engineer, with Dana Li", { when: "today 10am" });
    await ana.openHome();
    await ana.pressInHome(Actions.pause);
    expect((await w.sweepAt("2026-11-19T12:00:00Z")).sent).toBe(0);
    await ana.pressInHome(Actions.resumeNudges);
    ana.skip();
    const result = await w.sweepAt("2026-11-19T12:05:00Z");
    expect(result.sent).toBe(1);
    const posts = ana.take();
    expect(posts).toHaveLength(1);
    const text = textOf(posts);
    expect(text).toMatch(/while your nudges were paused[\s\S]*Two steps for Acme \(Staff Engineer\) are due now[\s\S]*1\. Look back first[\s\S]*2\. Your thank-you notes/);
    expect(text).not.toMatch(/offline/);
    // The thank-you's letters come fresh when asked, after looking back.
    const notes = textOf(await ana.press(Actions.draftNotes));
    expect(notes).toMatch(/Here are your thank-you drafts[\s\S]*Dana/);
  });

  it("'Pick a day' refuses 'the day after the thing' with examples and takes 'next Thursday'", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const bo = w.person("UPICK", "Europe/London");
    await slackDebrief(bo, "Globex, Designer, with Ann Lee", { when: "today 10am" });
    await w.sweepAt("2026-11-18T09:30:00Z");
    bo.skip();
    const pick = bo.findButton(Actions.snoozeDay);
    expect(textOf(await bo.press(Actions.snoozeDay, pick.value))).toMatch(/Which day should I bring this back\?/);
    const refused = textOf(await bo.say("the day after the thing"));
    expect(refused).toMatch(/I couldn't read “the day after the thing” as a day ahead: I can't place “thing”\. Try _Monday_, _next Thursday_ or _Dec 3_\./);
    expect(textOf(await bo.say("next Thursday"))).toMatch(/Snoozed\. I'll bring it back Thursday 26 Nov, 09:00/);
  });
});
