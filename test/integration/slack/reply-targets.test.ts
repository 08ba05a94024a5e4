// Where replies go, over signed HTTP to the real Bolt app and the real coach: always the user's own
// DM, as stored or as conversations.open gives it, never a channel named by a click's container or a
// modal's private_metadata, and an address taken from a click or a modal is never stored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SlackActionIds } from "../../../adapters/slack/render-block-kit.js";
import { Coach } from "../../../src/core/coach.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { buttonClick, dmEvent, letterSubmission } from "../../support/slack/payloads.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: "http", makeCoach: (store, clock) => new Coach({ store, clock, defaultTz: "UTC" }) });
});
afterAll(async () => h?.close());
beforeEach(() => h.fake.reset());

const posted = () => h.fake.callsOf("chat.postMessage").map((c) => c.args.channel as string);
const stored = (user: string) => h.store.users.find({ platform: "slack", tenant: "TONE", user })?.address;

describe("reply targets", () => {
  it("a click that names another channel is answered in the user's stored DM, which stays as it was", async () => {
    await h.slack.event(dmEvent({ team: "TONE", user: "UALICE", channel: "DALICE", text: "hello" }));
    await h.adapter.idle();
    expect(stored("UALICE")).toBe("slack:TONE:DALICE");
    h.fake.reset();

    const res = await h.slack.interaction(buttonClick({ team: "TONE", user: "UALICE", channel: "DELSEWHERE", actionId: "letters.list" }));
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(posted().length).toBeGreaterThan(0);
    expect(new Set(posted())).toEqual(new Set(["DALICE"]));
    expect(stored("UALICE")).toBe("slack:TONE:DALICE");
  });

  it("a first click from someone with no stored DM opens their DM with conversations.open and stores that", async () => {
    await h.slack.interaction(buttonClick({ team: "TONE", user: "UBOB", channel: "DELSEWHERE", actionId: "letters.list" }));
    await h.adapter.idle();
    expect(h.fake.callsOf("conversations.open").map((c) => c.args.users)).toEqual(["UBOB"]);
    expect(new Set(posted())).toEqual(new Set(["DBOB"]));
    expect(stored("UBOB")).toBe("slack:TONE:DBOB");
  });

  it("the letter editor's submission is answered in the stored DM, whatever its metadata names", async () => {
    await h.slack.event(dmEvent({ team: "TONE", user: "UCARA", channel: "DCARA", text: "hello" }));
    await h.adapter.idle();
    h.fake.reset();
    const res = await h.slack.interaction(letterSubmission({ team: "TONE", user: "UCARA", letterId: "999", channel: "DELSEWHERE", parts: ["Dear Ana,", "Thanks!"] }));
    expect(res.status).toBe(200);
    await h.adapter.idle();
    expect(posted().length).toBeGreaterThan(0);
    expect(new Set(posted())).toEqual(new Set(["DCARA"]));
    expect(stored("UCARA")).toBe("slack:TONE:DCARA");
  });

  it("the letter editor carries no channel in its metadata, whatever channel the Edit click came from", async () => {
    await h.slack.event(dmEvent({ team: "TONE", user: "UDAN", channel: "DDAN", text: "hello" }));
    await h.adapter.idle();
    const user = h.store.users.find({ platform: "slack", tenant: "TONE", user: "UDAN" })!;
    const letterId = h.store.write(() => {
      const interview = h.store.interviews.createDraft(user.id, Date.now());
      return h.store.letters.save({ interviewId: interview, interviewerId: null, kind: "thanks", variant: 0, recipient: "Ana", email: null, subject: "Thank you", body: "Dear Ana,\n\nThanks." }, Date.now());
    });
    h.fake.reset();
    await h.slack.interaction(buttonClick({ team: "TONE", user: "UDAN", channel: "DELSEWHERE", actionId: SlackActionIds.letterEdit, value: String(letterId) }));
    await h.adapter.idle();
    const [open] = h.fake.callsOf("views.open");
    expect(open, "the editor opened").toBeDefined();
    expect(JSON.parse(open!.args.view.private_metadata)).toEqual({ letterId: String(letterId) });
  });
});
