// App Home as the follow-up's own page, in Slack over signed HTTP: every interview with its saved
// debrief and a "Heard back" button, every letter with the nudge's buttons, undo for a day, and the
// time zone and holidays' country, each press republishing the page.
import { describe, expect, it } from "vitest";
import { baseActionId } from "../../../adapters/slack/render-block-kit.js";
import { Actions } from "../../../src/core/actions.js";
import { slackDebrief } from "../../support/slack/answer-debrief.js";
import { slackFollowUp } from "../../support/slack/follow-up-harness.js";
import { textOf, type SlackPerson } from "../../support/slack/slack-person.js";

const w = slackFollowUp("2026-11-17T15:00:00Z");

/** All the visible text of a published view. */
function viewText(view: any): string {
  return (view.blocks as any[]).flatMap((b) => [b.text?.text, ...(b.fields ?? []).map((f: any) => f.text), ...(b.elements ?? []).map((e: any) => e.text?.text ?? e.text)]).filter(Boolean).join("\n");
}

/** Presses the button with this engine action (and label) on the user's App Home, as Slack sends it; returns the DM replies and the home published after. */
async function pressOnHome(user: SlackPerson, view: any, action: string, label?: RegExp) {
  const el = (view.blocks as any[]).filter((b) => b.type === "actions").flatMap((b) => b.elements).find((e: any) => baseActionId(e.action_id) === action && (!label || label.test(e.text.text)));
  if (!el) throw new Error(`no ${action} button on App Home:\n${viewText(view)}`);
  const replies = await user.pressInHome(el.action_id, el.value);
  const home = w.h.fake.callsOf("views.publish").filter((c) => c.args.user_id === user.user).at(-1)?.args.view;
  return { replies, home };
}

describe("App Home: the follow-up's own page", () => {
  it("lists each interview with its debrief and Heard back, each letter with its buttons and state, and undoes from the page", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const ana = w.person("UHOME", "Europe/London");
    await slackDebrief(ana, "Acme, Staff Engineer, with Dana Li", { when: "today 10am" });
    await w.sweepAt("2026-11-17T18:00:00Z");
    await w.sweepAt("2026-11-18T09:00:00Z");
    ana.skip();
    let home = await ana.openHome();
    const page = viewText(home);
    expect(page).toMatch(/Your interviews[\s\S]*Acme \(Staff Engineer\): following up; next: Thank-you reminder on Thursday 19 Nov, 09:00[\s\S]*Read the debrief[\s\S]*Heard back/);
    expect(page).toMatch(/Your letters[\s\S]*thank-you to Dana Li \(draft\)[\s\S]*Mark sent/);
    expect(page).toMatch(/Time zone: Europe\/London \(from your Slack profile\)\. Public holidays: United Kingdom \(from your time zone\)\./);
    expect(home.blocks.length).toBeLessThanOrEqual(100);

    // Mark sent from the page: the DM says so with its Undo, the page shows it sent and offers the undo for a day.
    const sent = await pressOnHome(ana, home, Actions.letterSent);
    home = sent.home;
    expect(textOf(sent.replies)).toMatch(/All thank-you notes are out/);
    expect(viewText(home)).toMatch(/thank-you to Dana Li \(sent\)[\s\S]*Undo, for a day[\s\S]*Undo: Marked your letter to Dana Li sent/);
    w.now = new Date("2026-11-18T20:00:00Z");
    const undone = await pressOnHome(ana, home, Actions.undo, /^Undo: Marked your letter to Dana Li sent$/);
    expect(textOf(undone.replies)).toMatch(/Undone: marked your letter to Dana Li sent/);
    expect(viewText(undone.home)).toMatch(/thank-you to Dana Li \(draft\)/);
    expect(viewText(undone.home)).not.toMatch(/Undo, for a day/);

    // Heard back, and the saved debrief, from the interview's own buttons.
    const heard = await pressOnHome(ana, undone.home, Actions.heardBack);
    expect(textOf(heard.replies)).toMatch(/What did you hear from \*?Acme\*?\?/);
    const read = await pressOnHome(ana, heard.home, Actions.viewDebrief);
    expect(textOf(read.replies)).toMatch(/Your debrief for Acme \(Staff Engineer\), as saved:[\s\S]*Dana Li/);
  });

  it("undo from the page lasts a day of the user's clock", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const bo = w.person("UHOMEDAY", "Europe/London");
    await slackDebrief(bo, "Globex, Designer, with Ann Lee", { when: "today 10am" });
    await bo.press(Actions.draftNotes);
    const early = bo.findButton(Actions.letterSent);
    await bo.press(Actions.letterSent, early.value);
    await bo.press(Actions.sendEarly, `${early.value}:sent`);
    const home = await bo.openHome();
    expect(viewText(home)).toMatch(/Undo: Marked your letter to Ann Lee sent/);
    w.now = new Date("2026-11-18T15:01:00Z");
    expect(viewText(await bo.openHome())).not.toMatch(/Undo, for a day/);
  });

  it("changes the time zone and the holidays' country from the page; planned nudges keep their local times", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const cy = w.person("UHOMETZ", "Europe/London");
    await slackDebrief(cy, "Initech, Analyst, with Bill Lumbergh", { when: "today 10am" });
    cy.skip();
    const home = await cy.openHome();
    expect(textOf((await pressOnHome(cy, home, Actions.timeZone)).replies)).toMatch(/Which time zone are you in\?/);
    const moved = textOf(await cy.say("New York"));
    expect(moved).toMatch(/Your time zone is now America\/New_York[\s\S]*Wednesday 18 Nov, 09:00: Send your thank-you notes \(Analyst at Initech\)/);
    const after = await cy.openHome();
    expect(viewText(after)).toMatch(/Wednesday 18 Nov, 09:00: Send your thank-you notes[\s\S]*Time zone: America\/New_York \(you chose it\)/);
    // Slack's profile still says London: a chosen zone stays.
    w.now = new Date("2026-11-19T15:00:00Z");
    await cy.say("settings");
    expect(w.h.store.users.find({ platform: "slack", tenant: "TACME", user: "UHOMETZ" })!.tz).toBe("America/New_York");
    expect(textOf((await pressOnHome(cy, after, Actions.country)).replies)).toMatch(/Which country do you work in\?/);
    expect(textOf(await cy.say("Germany, BY"))).toMatch(/Public holidays now follow Germany \(Bayern\)/);
    expect(viewText(await cy.openHome())).toMatch(/Public holidays: Germany \(Bayern\) \(you chose it\)/);
  });

  it("changes the name that signs letters and the nudge hours from the page; the letters are signed anew", async () => {
    w.now = new Date("2026-11-17T15:00:00Z");
    const di = w.person("UHOMENAME", "Europe/London");
    await slackDebrief(di, "Umbrella, Chemist, with Alice Abernathy", { when: "today 10am" });
    di.skip();
    const home = await di.openHome();
    expect(viewText(home)).toMatch(/Letters[\s\S]*Signed[\s\S]*Change my name/);
    // Every coming nudge names the role and the company.
    const coming = viewText(home).split("\n").filter((l) => /^• \w+day \d+ \w+, \d\d:\d\d: /.test(l));
    expect(coming.length).toBeGreaterThanOrEqual(3);
    for (const line of coming) expect(line).toMatch(/\(Chemist at Umbrella\)$/);
    expect(textOf((await pressOnHome(di, home, Actions.signingName)).replies)).toMatch(/What name should I sign your letters with\?/);
    expect(textOf(await di.say("Dee Ramos"))).toMatch(/Your letters will be signed \*?Dee Ramos/);
    const hours = await pressOnHome(di, await di.openHome(), Actions.hours, /^Later \(10–20\)$/);
    expect(textOf(hours.replies)).toMatch(/Nudges will come between 10:00–20:00, your time/);
    expect(viewText(hours.home)).toMatch(/Signed \*?Dee Ramos/);
    expect(viewText(hours.home)).toMatch(/Nudges arrive between 10:00–20:00/);
    // The thank-you the next morning is signed with the new name.
    await w.sweepAt("2026-11-17T18:00:00Z");
    di.skip();
    await w.sweepAt("2026-11-18T10:00:00Z");
    expect(textOf(di.take())).toMatch(/Dear Alice,[\s\S]*\nDee Ramos/);
  });
});
