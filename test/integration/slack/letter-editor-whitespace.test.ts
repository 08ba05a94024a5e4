// The Slack letter editor round trip over signed HTTP to the real Bolt app: a letter with a long run
// of blank lines opens, and its submission reads back into exactly that letter. Before, the
// whitespace cut between the editor's parts went into private_metadata, which was cut at Slack's
// 3,000 characters, so the letter could never be saved from the editor again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SlackActionIds } from "../../../adapters/slack/render-block-kit.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { buttonClick, dmEvent, letterSubmission } from "../../support/slack/payloads.js";
import { RecordingCoach } from "../../support/slack/recording-coach.js";

let h: Harness;
let coach: RecordingCoach;
beforeAll(async () => {
  h = await startHarness({ mode: "http", makeCoach: (store) => new RecordingCoach(store) });
  coach = h.coach as RecordingCoach;
});
afterAll(async () => h?.close());

describe("the letter editor", () => {
  it("saves a letter with thousands of blank lines in it, exactly as it was", async () => {
    await h.slack.event(dmEvent({ team: "TONE", user: "UWIDE", channel: "DWIDE", text: "hello" }));
    await h.adapter.idle();
    const user = h.store.users.find({ platform: "slack", tenant: "TONE", user: "UWIDE" })!;
    const interview = h.store.interviews.createDraft(user.id, Date.now());
    const body = `Dear Ana,\n\n${"Thank you for your time. ".repeat(150)}${"\n".repeat(4000)}${"I enjoyed the talk about deploys. ".repeat(100)}\n \t\n\n\nBest,\nSam`;
    const letterId = h.store.letters.save({ interviewId: interview, interviewerId: null, kind: "thanks", variant: 0, recipient: "Ana", email: null, subject: "Thank you", body }, Date.now());

    await h.slack.interaction(buttonClick({ team: "TONE", user: "UWIDE", channel: "DWIDE", actionId: SlackActionIds.letterEdit, value: String(letterId) }));
    await h.adapter.idle();
    const [open] = h.fake.callsOf("views.open");
    expect(open, "the editor opened").toBeDefined();
    expect(h.fake.rejected).toEqual([]);
    const view = open!.args.view;
    expect(view.private_metadata.length).toBeLessThanOrEqual(3000);

    // The person presses Save without changing anything: Slack sends back the view's metadata and inputs.
    const inputs = view.blocks.filter((b: any) => b.type === "input");
    const submit = letterSubmission({ team: "TONE", user: "UWIDE", letterId: String(letterId), parts: [] });
    submit.view.private_metadata = view.private_metadata;
    submit.view.state = { values: Object.fromEntries(inputs.map((b: any) => [b.block_id, { [b.element.action_id]: { type: "plain_text_input", value: b.element.initial_value ?? null } }])) };
    const res = await h.slack.interaction(submit);
    expect(res.status).toBe(200);
    // Before: {"response_action":"errors", … "Something went wrong reading this letter" …}.
    expect(res.text).not.toMatch(/Something went wrong/);
    await h.adapter.idle();
    expect(coach.applied).toContainEqual(expect.objectContaining({ kind: "action", action: "letter.save", value: String(letterId), text: body }));
  });
});
