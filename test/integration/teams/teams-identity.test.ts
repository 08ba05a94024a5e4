// Who a Teams activity is from, through botbuilder's real CloudAdapter (unauthenticated, on
// loopback) with the real coach on a real SQLite file: only Teams' own channel (and the emulator
// here) is served, so a Direct Line client cannot speak as a Teams user; two users' activities
// that share an id (ids are millisecond timestamps) are both applied; a tenant id is one tenant
// whatever its letter case.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isServedChannel } from "../../../adapters/teams/channel-gate.js";
import { Coach } from "../../../src/core/coach.js";
import { Store } from "../../../src/store/store.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { emulatorConfig, startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";

const TENANT = "5e1a2b3c-0000-4000-8000-00000000b001";
let dir: string;
let store: Store;
let connector: FakeConnector;
let elsewhere: FakeConnector;
let server: TeamsServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterword-teams-id-"));
  store = Store.open(join(dir, "afterword.db"));
  connector = await startFakeConnector();
  elsewhere = await startFakeConnector();
  server = await startTeamsServer({ coach: new Coach({ store, clock: () => new Date(), defaultTz: "UTC" }) });
});
afterAll(async () => {
  await server?.close();
  await connector?.close();
  await elsewhere?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function activity(o: { aad: string; conversation: string; id?: string; tenant?: string; channelId?: string; serviceUrl?: string; text?: string }) {
  const tenant = o.tenant ?? TENANT;
  return {
    type: "message",
    id: o.id ?? `${Date.now()}${Math.floor(Math.random() * 1000)}`,
    channelId: o.channelId ?? "msteams",
    serviceUrl: o.serviceUrl ?? connector.serviceUrl,
    from: { id: `29:${o.aad}`, name: o.aad, aadObjectId: o.aad },
    conversation: { id: o.conversation, conversationType: "personal", tenantId: tenant },
    recipient: { id: "28:afterword-bot", name: "Afterword" },
    channelData: { tenant: { id: tenant } },
    text: o.text ?? "settings",
  };
}

const user = (aad: string, tenant = TENANT) => store.users.find({ platform: "teams", tenant, user: aad });

describe("who a Teams activity is from", () => {
  it("refuses an activity from another channel (Direct Line) that names a Teams user: nothing answered, nothing rewired", async () => {
    expect((await server.post(activity({ aad: "aad-vera", conversation: "a:vera" }))).status).toBe(200);
    const address = user("aad-vera")!.address;
    const res = await server.post(activity({ aad: "aad-vera", conversation: "a:vera", channelId: "directline", serviceUrl: elsewhere.serviceUrl }));
    expect(res.status).toBe(403);
    // Before: Vera's settings card went to the caller's serviceUrl and her address pointed there.
    expect(elsewhere.activities).toEqual([]);
    expect(user("aad-vera")!.address).toBe(address);
    expect(server.logs.some((l) => l.msg === "teams: activity from a channel other than Teams refused" && l.channelId === "directline")).toBe(true);
  });

  it("serves the emulator only when unauthenticated on loopback, and Teams always", () => {
    const unauthenticated = emulatorConfig();
    const authenticated = { ...unauthenticated, teams: "authenticated" as const };
    expect([isServedChannel(unauthenticated, "msteams"), isServedChannel(unauthenticated, "emulator"), isServedChannel(unauthenticated, "directline"), isServedChannel(unauthenticated, "webchat")]).toEqual([true, true, false, false]);
    expect([isServedChannel(authenticated, "msteams"), isServedChannel(authenticated, "emulator")]).toEqual([true, false]);
  });

  it("applies two users' activities that share an id (millisecond timestamps collide), each once", async () => {
    const id = "1767000000123";
    const first = await server.post(activity({ aad: "aad-ana", conversation: "a:ana", id }));
    const second = await server.post(activity({ aad: "aad-bo", conversation: "a:bo", id }));
    expect([first.status, second.status]).toEqual([200, 200]);
    // Before: Bo's was taken for a redelivery of Ana's and silently dropped.
    expect(connector.to("a:ana").length).toBeGreaterThan(0);
    expect(connector.to("a:bo").length).toBeGreaterThan(0);
    expect(user("aad-bo")).toBeDefined();
    // A real redelivery (same conversation, same id) is still applied once.
    const before = connector.to("a:bo").length;
    expect((await server.post(activity({ aad: "aad-bo", conversation: "a:bo", id }))).status).toBe(200);
    expect(connector.to("a:bo").length).toBe(before);
  });

  it("treats a tenant id as one tenant whatever its letter case", async () => {
    await server.post(activity({ aad: "aad-cy", conversation: "a:cy", tenant: TENANT.toUpperCase() }));
    await server.post(activity({ aad: "aad-cy", conversation: "a:cy", tenant: TENANT }));
    const rows = store.db.prepare("SELECT tenant FROM users WHERE platform = 'teams' AND user_id = 'aad-cy'").all();
    expect(rows).toEqual([{ tenant: TENANT }]);
  });
});
