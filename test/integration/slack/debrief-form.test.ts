// The debrief form in Slack: the real Bolt app on signed HTTP against the fake Web API, which
// refuses a view as Slack would. The modal opens from the command's trigger before any slow call,
// prefilled; what comes back is checked by the engine, and a malformed, stale or someone else's
// submission is refused with a clear line and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORM_MODAL_ID } from "../../../adapters/slack/render-form-modal.js";
import { Coach } from "../../../src/core/coach.js";
import { validateView } from "../../support/slack/block-kit-rules.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { viewSubmission } from "../../support/slack/payloads.js";
import { SlackPerson, textOf } from "../../support/slack/slack-person.js";

let h: Harness;
let now = new Date("2026-11-17T15:00:00Z");
const TEAM = "TFORM";

beforeAll(async () => {
  h = await startHarness({ mode: "http", clock: () => new Date(now), makeCoach: (store, clock) => new Coach({ store, clock, defaultTz: "UTC" }) });
  h.fake.users.set("UPRIYA", { tz: "America/New_York", real_name: "Priya Raman" });
});
afterAll(async () => h?.close());

const user = (id: string) => new SlackPerson(h.slack, h.fake, TEAM, id, { settle: () => h.adapter.idle() });
const interviewsOf = (id: string) => {
  const row = h.store.users.find({ platform: "slack", tenant: TEAM, user: id });
  return row ? h.store.interviews.list(row.id) : [];
};

describe("the debrief form in Slack", () => {
  it("opens from the command's trigger before any other Web API call, prefilled, and Slack's rules hold", async () => {
    const priya = user("UPRIYA");
    h.fake.reset();
    const { json: ack, view, replies: posts } = await priya.command("Northwind, Lead Data Engineer, yesterday at 4pm, on site, with Kwame Mensah (CTO), 12 person startup");
    expect(JSON.stringify(ack ?? "")).not.toMatch(/ephemeral/);
    // Nothing slow before the modal: no profile lookup, no DM opened, nothing posted.
    expect(h.fake.calls[0]!.method).toBe("views.open");
    expect(posts).toEqual([]);
    expect(view).toMatchObject({ type: "modal", callback_id: FORM_MODAL_ID, title: { text: "Your interview" } });
    const input = (id: string) => view.blocks.find((b: any) => b.block_id === id)?.element;
    expect(input("company").initial_value).toBe("Northwind");
    expect(input("role").initial_value).toBe("Lead Data Engineer");
    expect(input("date")).toMatchObject({ type: "datepicker", initial_date: "2026-11-16" });
    expect(input("time")).toMatchObject({ type: "timepicker", initial_time: "16:00" });
    expect(input("format").initial_option.value).toBe("on site");
    expect(input("name1").initial_value).toBe("Kwame Mensah");
    expect(input("title1").initial_value).toBe("CTO");
    expect(input("name2").initial_value).toBeUndefined();
    expect(input("notes").initial_value).toBe("12 person startup");
    expect(view.blocks.filter((b: any) => /^name\d$/.test(b.block_id))).toHaveLength(8);
    expect(h.fake.rejected).toEqual([]);
    expect(interviewsOf("UPRIYA")).toEqual([]);

    // Sent: acknowledged once committed, then the chat asks only what the form does not hold.
    const sent = await priya.submitView(view, { stage: "first round" });
    expect(sent.json).toBeFalsy();
    expect(textOf(sent)).toMatch(/Thanks, that's the basics[\s\S]*I have \*Kwame Mensah\* \(CTO\)\. Spelled exactly right\?/);
    expect(textOf(sent)).not.toMatch(/Which company|When was it|How did it happen|Which stage/);
    const [row] = interviewsOf("UPRIYA");
    const d = h.store.interviews.load(h.store.users.find({ platform: "slack", tenant: TEAM, user: "UPRIYA" })!.id, row!.id)!;
    // The pickers were read in Priya's zone (New York): 16:00 there is 21:00 UTC.
    expect(d).toMatchObject({ company: "Northwind", role: "Lead Data Engineer", format: "on site", stage: "first round", happenedAt: "2026-11-16T21:00:00.000Z" });
    expect(d.interviewers).toMatchObject([{ name: "Kwame Mensah", title: "CTO" }]);

    // The same form sent again is stale: refused, nothing more stored.
    const again = await priya.submitView(view, { company: "Northwind twice" });
    expect(textOf(again)).toMatch(/already been used or has expired/);
    expect(interviewsOf("UPRIYA")).toHaveLength(1);
  });

  it("refuses someone else's form and a malformed one with a clear line, storing nothing", async () => {
    const ana = user("UANA");
    const eve = user("UEVE");
    const { view } = await ana.command("Acme, Staff Engineer");
    // Eve sends Ana's form (its token names Ana): refused in Eve's DM.
    await h.slack.interaction(viewSubmission({ team: TEAM, user: "UEVE", view }));
    await h.adapter.idle();
    expect(textOf(eve.take())).toMatch(/wasn't opened by you/);
    expect(interviewsOf("UEVE")).toEqual([]);
    // A date Slack's picker would never send, and a field the form does not have.
    expect(textOf(await ana.submitView(view, { date: "16/11/2026" }))).toMatch(/didn't come through right \(the day is not a date\)/);
    const forged = viewSubmission({ team: TEAM, user: "UANA", view });
    forged.view.state.values.extra = { extra: { type: "plain_text_input", value: "x" } };
    await h.slack.interaction(forged);
    await h.adapter.idle();
    expect(textOf(ana.take())).toMatch(/didn't come through right/);
    expect(interviewsOf("UANA")).toEqual([]);
  });

  it("an old form is refused once it has waited more than a day", async () => {
    const bo = user("UBO");
    const { view } = await bo.command("Globex");
    now = new Date(now.getTime() + 25 * 3_600_000);
    expect(textOf(await bo.submitView(view))).toMatch(/already been used or has expired/);
    expect(interviewsOf("UBO")).toEqual([]);
  });
});

describe("the fake Web API refuses views as Slack does", () => {
  const input = (block_id: string, element: Record<string, unknown>) => ({ type: "input", block_id, label: { type: "plain_text", text: "x" }, element });
  const modal = (extra: Record<string, unknown> = {}, blocks: unknown[] = [input("a", { type: "plain_text_input", action_id: "a" })]) => ({
    type: "modal",
    title: { type: "plain_text", text: "Your interview" },
    blocks,
    ...extra,
  });
  it.each([
    ["a title over 24 characters", modal({ title: { type: "plain_text", text: "A title that is much too long" } })],
    ["more than 100 blocks", modal({}, Array.from({ length: 101 }, (_, i) => input(`b${i}`, { type: "plain_text_input", action_id: `a${i}` })))],
    ["a repeated block id", modal({}, [input("same", { type: "plain_text_input", action_id: "a" }), input("same", { type: "plain_text_input", action_id: "b" })])],
    ["a repeated action id", modal({}, [input("a", { type: "plain_text_input", action_id: "x" }), input("b", { type: "plain_text_input", action_id: "x" })])],
    ["private_metadata over 3,000 characters", modal({ private_metadata: "x".repeat(3001) })],
    ["a date not written YYYY-MM-DD", modal({}, [input("d", { type: "datepicker", action_id: "d", initial_date: "16/11/2026" })])],
    ["a time not written HH:mm", modal({}, [input("t", { type: "timepicker", action_id: "t", initial_time: "4pm" })])],
  ])("refuses %s", (_why, view) => {
    expect(validateView(view, "modal")).toBeDefined();
  });
  it("accepts a well-formed modal", () => {
    expect(validateView(modal(), "modal")).toBeUndefined();
  });
});
