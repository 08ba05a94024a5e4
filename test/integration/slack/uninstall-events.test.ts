// app_uninstalled and tokens_revoked over signed HTTP to the real Bolt app and the real coach: an
// uninstall delivered again (Slack's retry, or a replay inside the five-minute window) deletes
// nothing a reinstall has stored since; tokens_revoked ends a workspace only when it revokes this
// app's bot token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { dmEvent, uninstallEvent } from "../../support/slack/payloads.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: "http", makeCoach: (store, clock) => new Coach({ store, clock, defaultTz: "UTC" }) });
});
afterAll(async () => h?.close());

const stored = (team: string, user: string) => h.store.users.find({ platform: "slack", tenant: team, user });

describe("uninstall events", () => {
  it("an app_uninstalled delivered again does not delete what was stored after the first", async () => {
    await h.slack.event(dmEvent({ team: "TBACK", user: "UBACK", channel: "DBACK", text: "hello" }));
    await h.adapter.idle();
    const uninstall = uninstallEvent("TBACK");
    expect((await h.slack.event(uninstall)).status).toBe(200);
    expect(stored("TBACK", "UBACK")).toBeUndefined();

    // They install again and start over.
    await h.slack.event(dmEvent({ team: "TBACK", user: "UBACK", channel: "DBACK", text: "hello again" }));
    await h.adapter.idle();
    expect(stored("TBACK", "UBACK")).toBeDefined();

    // The same uninstall, delivered again: before, it deleted the new data too.
    expect((await h.slack.event(uninstall, { retryNum: 1 })).status).toBe(200);
    expect((await h.slack.event(uninstall)).status).toBe(200);
    expect(stored("TBACK", "UBACK")).toBeDefined();
  });

  it("a tokens_revoked that lists no bot token of this app deletes nothing; one that lists ours ends the workspace", async () => {
    await h.slack.event(dmEvent({ team: "TTOK", user: "UTOK", channel: "DTOK", text: "hello" }));
    await h.adapter.idle();
    const other = uninstallEvent("TTOK", "tokens_revoked");
    other.event.tokens = { bot: ["USOMEOTHERBOT"], oauth: ["UPERSON"] };
    expect((await h.slack.event(other)).status).toBe(200);
    const userOnly = uninstallEvent("TTOK", "tokens_revoked");
    userOnly.event.tokens = { oauth: ["UPERSON"] };
    expect((await h.slack.event(userOnly)).status).toBe(200);
    expect(stored("TTOK", "UTOK")).toBeDefined();

    const ours = uninstallEvent("TTOK", "tokens_revoked");
    ours.event.tokens = { bot: [h.fake.botUserId] };
    expect((await h.slack.event(ours)).status).toBe(200);
    expect(stored("TTOK", "UTOK")).toBeUndefined();
  });
});
