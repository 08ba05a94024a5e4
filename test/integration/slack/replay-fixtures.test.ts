// Real recorded Slack payloads, replayed through the real Bolt app over signed HTTP with
// Afterword's command name, action ids and callback id swapped in: the neutral events that come
// out, and what is ignored.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { fixture } from "../../support/slack/payloads.js";
import { RecordingCoach } from "../../support/slack/recording-coach.js";

let h: Harness;
let coach: RecordingCoach;

beforeAll(async () => {
  h = await startHarness({ mode: "http", makeCoach: (store) => new RecordingCoach(store) });
  coach = h.coach as RecordingCoach;
});
afterAll(async () => h?.close());
beforeEach(() => {
  coach.events.length = 0;
});

async function settle() {
  await h.adapter.idle();
}

describe("recorded slash commands", () => {
  const f = fixture("slash-commands-slack.json");

  it("turns /interview-done with and without text into command events of that workspace and user", async () => {
    for (const cmd of [f.slashCommand, f.slashCommandWithArgs]) {
      const res = await h.slack.command({ ...cmd, command: "/interview-done" });
      expect(res.status).toBe(200);
      expect(res.json.response_type).toBe("ephemeral");
    }
    await settle();
    expect(coach.events.map((e) => ({ kind: e.kind, args: (e as any).args, from: e.from, id: e.id, address: e.address }))).toEqual([
      { kind: "command", args: "", from: { platform: "slack", tenant: "T00FAKE00BB", user: "U00FAKEUSER2" }, id: f.slashCommand.trigger_id, address: "slack:T00FAKE00BB:D00FAKEUSER2" },
      { kind: "command", args: "some arguments here", from: { platform: "slack", tenant: "T00FAKE00BB", user: "U00FAKEUSER2" }, id: f.slashCommandWithArgs.trigger_id, address: "slack:T00FAKE00BB:D00FAKEUSER2" },
    ]);
  });

  it("answers another command name at once without starting anything", async () => {
    const res = await h.slack.command({ ...f.slashCommand, trigger_id: "other.1" });
    await settle();
    expect(res.status).toBe(200);
    expect(res.json.text).toMatch(/I only know \/interview-done/);
    expect(coach.events).toEqual([]);
  });

  it("turns the recorded view_submission, as Afterword's letter editor, into letter.save", async () => {
    const v = structuredClone(f.viewSubmission);
    v.view.callback_id = "afterword.letter-edit";
    v.view.private_metadata = JSON.stringify({ letterId: "17" });
    v.view.state.values = { "letter-body-0": { "body-0": v.view.state.values.message.message } };
    expect((await h.slack.interaction(v)).status).toBe(200);
    await settle();
    expect(coach.events).toEqual([
      expect.objectContaining({ kind: "action", action: "letter.save", value: "17", text: "Hello!", id: v.trigger_id, from: { platform: "slack", tenant: "T00FAKE00BB", user: "U00FAKEUSER2" } }),
    ]);
  });
});

describe("recorded DMs", () => {
  it("takes DM messages (with or without event_id) and ignores mentions and channel threads", async () => {
    const dm = fixture("dm-slack.json");
    const direct = fixture("dm-slack-direct.json");
    for (const body of [dm.mention, dm.dmRequest, dm.dmMessage, direct.directDM, direct.followUp]) {
      expect((await h.slack.event(body)).status).toBe(200);
    }
    await settle();
    expect(coach.events.map((e) => ({ text: (e as any).text, from: e.from, id: e.id, address: e.address }))).toEqual([
      { text: "Hey!", from: { platform: "slack", tenant: "T00FAKE00AA", user: "U00FAKEUSER1" }, id: "D0A5319PS02:1767377001.319859", address: "slack:T00FAKE00AA:D0A5319PS02" },
      { text: "hello hello", from: { platform: "slack", tenant: "T0ADGE2G4EM", user: "U0ADXQT6CRW" }, id: "Ev0AFKSS1NKD", address: "slack:T0ADGE2G4EM:D0ACX51K95H" },
      { text: "cool!!", from: { platform: "slack", tenant: "T0ADGE2G4EM", user: "U0ADXQT6CRW" }, id: "Ev0AFVSPHSLU", address: "slack:T0ADGE2G4EM:D0ACX51K95H" },
    ]);
  });
});

describe("recorded interactions", () => {
  it("turns button, select and radio actions (channel and ephemeral messages) into action events", async () => {
    const a = fixture("actions-reactions-slack.json");
    const m = fixture("modals-slack.json");
    const swap = (body: any, actionId: string) => {
      const b = structuredClone(body);
      b.actions[0].action_id = actionId;
      return b;
    };
    const bodies = [
      swap(a.action, "settings.show"),
      swap(a.staticSelectAction, "debrief.answer"),
      swap(a.radioButtonsAction, "debrief.answer~2"),
      swap(m.action, "letters.draft"),
      swap(m.ephemeralAction, "nudge.snooze"),
    ];
    for (const b of bodies) expect((await h.slack.interaction(b)).status).toBe(200);
    expect((await h.slack.event(a.reaction)).status).toBe(200);
    await settle();
    expect(coach.events.map((e) => ({ action: (e as any).action, value: (e as any).value, tenant: e.from.tenant, user: e.from.user, id: e.id }))).toEqual([
      { action: "settings.show", value: undefined, tenant: "T00FAKE00AA", user: "U00FAKEUSER1", id: a.action.trigger_id },
      { action: "debrief.answer", value: "greet", tenant: "T00FAKE00AA", user: "U00FAKEUSER1", id: a.staticSelectAction.trigger_id },
      { action: "debrief.answer", value: "all_text", tenant: "T00FAKE00AA", user: "U00FAKEUSER1", id: a.radioButtonsAction.trigger_id },
      { action: "letters.draft", value: undefined, tenant: "T00FAKE00BB", user: "U00FAKEUSER2", id: m.action.trigger_id },
      { action: "nudge.snooze", value: undefined, tenant: "T00FAKE00BB", user: "U00FAKEUSER2", id: m.ephemeralAction.trigger_id },
    ]);
  });
});

describe("two workspaces of one app", () => {
  it("keeps each workspace's user apart, with their own DM address", async () => {
    const asDm = (body: any, channel: string) => {
      const b = structuredClone(body);
      b.event.type = "message";
      b.event.channel_type = "im";
      b.event.channel = channel;
      return b;
    };
    const t1 = fixture("slack-multi-workspace-team1.json").mention;
    const t2 = fixture("slack-multi-workspace-team2.json").mention;
    for (const b of [asDm(t1, "D0TEAM1"), asDm(t2, "D0TEAM2")]) expect((await h.slack.event(b)).status).toBe(200);
    await settle();
    expect(coach.events.map((e) => ({ text: (e as any).text, from: e.from, address: e.address, id: e.id }))).toEqual([
      { text: "@U0A9G5N5URZ testing", from: { platform: "slack", tenant: "T0A8YAUUGMU", user: "U0A8WUV28QM" }, address: "slack:T0A8YAUUGMU:D0TEAM1", id: "Ev0ADTDDMR9R" },
      { text: "@U0B2H7P8VTX hello from team 2", from: { platform: "slack", tenant: "T0B3ZCXXNRV", user: "U0B1JRWK4YP" }, address: "slack:T0B3ZCXXNRV:D0TEAM2", id: "Ev0BXYZ12345" },
    ]);
    expect(h.store.users.find({ platform: "slack", tenant: "T0A8YAUUGMU", user: "U0B1JRWK4YP" })).toBeUndefined();
    expect(h.store.users.find({ platform: "slack", tenant: "T0B3ZCXXNRV", user: "U0B1JRWK4YP" })).toMatchObject({ address: "slack:T0B3ZCXXNRV:D0TEAM2" });
    // Uninstalling from team 1 leaves team 2 alone.
    await h.slack.event({ team_id: "T0A8YAUUGMU", type: "event_callback", event_id: "EvUNINSTALL1", event: { type: "app_uninstalled" } });
    expect(h.store.users.find({ platform: "slack", tenant: "T0A8YAUUGMU", user: "U0A8WUV28QM" })).toBeUndefined();
    expect(h.store.users.find({ platform: "slack", tenant: "T0B3ZCXXNRV", user: "U0B1JRWK4YP" })).toBeDefined();
  });
});
