// The /api/messages endpoint at its edges: bodies, tenants, lifecycle, and the configuration
// guards that keep an unauthenticated endpoint off the network.
import express from "express";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { assertTeamsHostAllowed, createTeamsAdapter, TeamsHostError, TeamsOffError } from "../../../adapters/teams/create-teams-adapter.js";
import { isAllowedTenant, tenantGate } from "../../../adapters/teams/tenant-gate.js";
import { CoachDouble } from "../../support/teams/coach-double.js";
import { cardProblems, cardsOf } from "../../support/teams/adaptive-card-sdk.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { captureLogger, emulatorConfig, startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";

const TENANT = "11111111-aaaa-bbbb-cccc-000000000001";
let connector: FakeConnector;
const servers: TeamsServer[] = [];

beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await connector.close();
});

async function serve(coach = new CoachDouble(), config = emulatorConfig()) {
  const server = await startTeamsServer({ coach, config });
  servers.push(server);
  return { server, coach };
}

function message(overrides: Record<string, unknown> = {}) {
  return {
    type: "message",
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: "msteams",
    serviceUrl: connector.serviceUrl,
    from: { id: "29:user", name: "Sam", aadObjectId: "aad-1" },
    conversation: { id: "a:edge", conversationType: "personal", tenantId: TENANT },
    recipient: { id: "28:bot", name: "Afterword" },
    channelData: { tenant: { id: TENANT } },
    text: "hello",
    ...overrides,
  };
}

describe("the /api/messages endpoint", () => {
  it("answers malformed, non-activity and oversized bodies with 4xx, never 5xx", async () => {
    const { server, coach } = await serve();
    expect((await server.postRaw("{not json")).status).toBe(400);
    expect((await server.postRaw("[1,2]")).status).toBe(400);
    expect((await server.postRaw('"text"')).status).toBe(400);
    expect((await server.postRaw(JSON.stringify({ type: "message" }))).status).toBe(400);
    expect((await server.postRaw(JSON.stringify(message({ serviceUrl: "not a url" })))).status).toBe(400);
    expect((await server.postRaw("type=message", "application/x-www-form-urlencoded")).status).toBe(400);
    const huge = JSON.stringify(message({ text: "x".repeat(1_100_000) }));
    expect((await server.postRaw(huge)).status).toBe(413);
    expect(coach.events).toEqual([]);
  });

  it("welcomes a user who adds the bot in a personal chat", async () => {
    const { server } = await serve();
    const before = connector.activities.length;
    const res = await server.post(message({ type: "conversationUpdate", text: undefined, membersAdded: [{ id: "28:bot" }] }));
    expect(res.status).toBe(200);
    const sent = connector.activities.slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.activity)).toContain("interview-done");
  });

  it("deletes a user's data when they remove the app", async () => {
    const { server, coach } = await serve();
    expect((await server.post(message({ type: "installationUpdate", action: "remove", text: undefined }))).status).toBe(200);
    expect(coach.forgotten).toEqual([{ platform: "teams", tenant: TENANT, user: "aad-1" }]);
  });

  it("apologises when a turn fails and answers 500 when storage is unavailable, so nothing is half-stored", async () => {
    const coach = new CoachDouble();
    const { server } = await serve(coach);
    coach.reply = () => {
      throw new Error("boom");
    };
    const before = connector.activities.length;
    expect((await server.post(message())).status).toBe(200);
    expect(JSON.stringify(connector.activities.slice(before))).toContain("send it again");
    coach.reply = () => {
      throw Object.assign(new Error("The database is unavailable right now"), { code: "AFTERWORD_STORAGE_UNAVAILABLE" });
    };
    // CloudAdapter prints the error it answers 500 for; keep the test output clean.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect((await server.post(message())).status).toBe(500);
    quiet.mockRestore();
    expect(server.logs.some((l) => l.msg === "teams turn failed")).toBe(true);
  });

  it("stops taking activities once stopped", async () => {
    const { server, coach } = await serve();
    await server.handle.stop();
    expect((await server.post(message())).status).toBe(503);
    expect(coach.events).toEqual([]);
  });
});

describe("single tenant", () => {
  // A SingleTenant configuration cannot authenticate offline (botbuilder fetches Microsoft's
  // OpenID metadata), so the gate is tested where it runs: the express middleware in front of
  // CloudAdapter, both alone with a SingleTenant config and mounted on the real endpoint.
  it("the middleware refuses other tenants with 403 before anything runs", () => {
    const config = loadConfig({ MicrosoftAppId: "app", MicrosoftAppPassword: "pw", MicrosoftAppType: "SingleTenant", MicrosoftAppTenantId: TENANT });
    const { logger, lines } = captureLogger();
    const gate = tenantGate(config, logger);
    const run = (body: unknown) => {
      let status = 0;
      let passed = false;
      const res = { status: (s: number) => ((status = s), res), json: () => res } as unknown as express.Response;
      gate({ body } as express.Request, res, () => void (passed = true));
      return { status, passed };
    };
    expect(run(message())).toEqual({ status: 0, passed: true });
    expect(run(message({ channelData: { tenant: { id: "intruder" } }, conversation: { id: "a:x", tenantId: "intruder" } }))).toEqual({ status: 403, passed: false });
    expect(run(message({ channelData: {}, conversation: { id: "a:x" } }))).toEqual({ status: 403, passed: false });
    expect(lines.some((l) => l.msg === "teams: activity from another tenant refused" && l.tenant === "intruder")).toBe(true);
    expect(isAllowedTenant(undefined, message({ channelData: { tenant: { id: "anyone" } } }) as never)).toBe(true);
    expect(isAllowedTenant(TENANT.toUpperCase(), message() as never)).toBe(true);
  });

  it("mounted on the endpoint, an activity from another tenant gets 403 and reaches neither the coach nor the connector", async () => {
    const { server, coach } = await serve(new CoachDouble(), emulatorConfig({ MicrosoftAppTenantId: TENANT }));
    const before = connector.activities.length;
    const foreign = message({ channelData: { tenant: { id: "intruder" } }, conversation: { id: "a:x", conversationType: "personal", tenantId: "intruder" } });
    expect((await server.post(foreign)).status).toBe(403);
    expect(coach.events).toEqual([]);
    expect(connector.activities.length).toBe(before);
    expect((await server.post(message())).status).toBe(200);
    expect(coach.events).toHaveLength(1);
  });
});

describe("authenticated mode", () => {
  it("with an app id, a request without a valid Bot Framework token gets 401 and reaches no coach", async () => {
    // Offline, only the refusals can be exercised: a genuine token needs Microsoft's OpenID metadata.
    const config = loadConfig({ MicrosoftAppId: "0b6c5a3e-8f1d-4c2a-9e7b-3d5f1a2c4e6b", MicrosoftAppPassword: "pw", HOST: "127.0.0.1" });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const { server, coach } = await serve(new CoachDouble(), config);
      expect((await server.postRaw(JSON.stringify(message()))).status).toBe(401);
      expect((await server.post(message(), { authorization: "Bearer not-a-jwt" })).status).toBe(401);
      expect(coach.events).toEqual([]);
    } finally {
      quiet.mockRestore();
    }
  });
});

describe("configuration guards", () => {
  it("refuses an unauthenticated endpoint on anything but loopback", () => {
    expect(() => assertTeamsHostAllowed(emulatorConfig({ HOST: "0.0.0.0" }))).toThrow(TeamsHostError);
    expect(() => assertTeamsHostAllowed(emulatorConfig({ HOST: "0.0.0.0" }))).toThrow(/HOST=127\.0\.0\.1/);
    expect(() => assertTeamsHostAllowed(emulatorConfig({ HOST: "192.168.1.4" }))).toThrow(TeamsHostError);
    for (const HOST of ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"]) expect(() => assertTeamsHostAllowed(emulatorConfig({ HOST }))).not.toThrow();
    const real = loadConfig({ MicrosoftAppId: "app", MicrosoftAppPassword: "pw", HOST: "0.0.0.0" });
    expect(() => assertTeamsHostAllowed(real)).not.toThrow();
  });

  it("createTeamsAdapter itself refuses 0.0.0.0 when unauthenticated, and logs that it runs for local testing only", async () => {
    const { logger, lines } = captureLogger();
    const deps = { coach: new CoachDouble(), logger, clock: () => new Date(), http: express() };
    await expect(createTeamsAdapter({ ...deps, config: emulatorConfig({ HOST: "0.0.0.0" }) })).rejects.toThrow(TeamsHostError);
    await createTeamsAdapter({ ...deps, config: emulatorConfig() });
    expect(lines.find((l) => /unauthenticated/.test(l.msg))).toMatchObject({ level: 40, msg: expect.stringMatching(/local emulator testing on loopback only/) });
  });

  it("keeps Teams off without an app id, and says why", async () => {
    const config = loadConfig({});
    expect(config.teams).toBe("off");
    expect(config.notes).toContain("Teams is off: no MicrosoftAppId (set TEAMS_UNAUTHENTICATED=true only for local emulator testing on loopback).");
    const { logger } = captureLogger();
    const http = express();
    await expect(createTeamsAdapter({ config, coach: new CoachDouble(), logger, clock: () => new Date(), http })).rejects.toThrow(TeamsOffError);
    await expect(createTeamsAdapter({ config, coach: new CoachDouble(), logger, clock: () => new Date(), http })).rejects.toThrow(/no MicrosoftAppId/);
    expect(loadConfig({ TEAMS_UNAUTHENTICATED: "false" }).teams).toBe("off");
  });
});

describe("the cards sent above", () => {
  it("every one parses without errors or warnings in Microsoft's Adaptive Cards SDK at 1.5", () => {
    const cards = connector.activities.flatMap((a) => cardsOf(a.activity));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });
});
