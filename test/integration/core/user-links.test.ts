// `[label](url)` typed by a user is shown back as text, never as a link: a company typed that way
// and listed on the user's home, over signed HTTP to the real Bolt app (App Home) and through
// botbuilder's real CloudAdapter (the settings card), both with the real coach on SQLite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import type { UserRef } from "../../../src/core/types.js";
import { Store } from "../../../src/store/store.js";
import { startHarness, type Harness } from "../../support/slack/harness.js";
import { homeOpened } from "../../support/slack/payloads.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";

const TYPED = "[Click here](https://evil.example/login)";
const TENANT = "6a1b2c3d-0000-4000-8000-00000000c001";
let slack: Harness;
let dir: string;
let store: Store;
let connector: FakeConnector;
let teams: TeamsServer;

/** An interview whose company the user typed as a markdown link. */
function typedCompany(s: Store, ref: UserRef): void {
  s.write(() => {
    const user = s.users.upsert(ref, {}, Date.now());
    const interview = s.interviews.createDraft(user.id, Date.now());
    s.interviews.setField(interview, "company", TYPED);
    s.interviews.setStatus(interview, "active", Date.now());
  });
}

beforeAll(async () => {
  slack = await startHarness({ mode: "http", makeCoach: (s, clock) => new Coach({ store: s, clock, defaultTz: "UTC" }) });
  dir = mkdtempSync(join(tmpdir(), "afterword-links-"));
  store = Store.open(join(dir, "teams.db"));
  connector = await startFakeConnector();
  teams = await startTeamsServer({ coach: new Coach({ store, clock: () => new Date(), defaultTz: "UTC" }) });
});
afterAll(async () => {
  await slack?.close();
  await teams?.close();
  await connector?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a link typed by a user", () => {
  it("is text on the Slack App Home: named, but linking nowhere", async () => {
    typedCompany(slack.store, { platform: "slack", tenant: "TONE", user: "ULINK" });
    await slack.slack.event(homeOpened({ team: "TONE", user: "ULINK" }));
    await slack.adapter.idle();
    const view = JSON.stringify(slack.fake.callsOf("views.publish").map((c) => c.args.view));
    expect(view).toContain("Click here");
    // Before: <https://evil.example/login|Click here>, a live link.
    expect(view).not.toMatch(/<https:\/\/evil\.example[^>]*\|/);
  });

  it("is text on the Teams settings card: named, but no markdown link", async () => {
    typedCompany(store, { platform: "teams", tenant: TENANT, user: "aad-link" });
    const res = await teams.post({
      type: "message",
      id: "1767000000999",
      channelId: "msteams",
      serviceUrl: connector.serviceUrl,
      from: { id: "29:link", name: "Lin", aadObjectId: "aad-link" },
      conversation: { id: "a:link", conversationType: "personal", tenantId: TENANT },
      recipient: { id: "28:afterword-bot", name: "Afterword" },
      channelData: { tenant: { id: TENANT } },
      text: "settings",
    });
    expect(res.status).toBe(200);
    const shown = JSON.stringify(connector.to("a:link").map((a) => a.activity));
    expect(shown).toContain("Click here");
    // Before: [Click here](https://evil.example/login), which Teams renders as a link.
    expect(shown).not.toMatch(/\[Click here\]\(https:/);
  });
});
