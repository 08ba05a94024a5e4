// The Teams endpoint before authentication: what it logs of a client-chosen tenant id, and what it
// answers when Microsoft's login hosts cannot be reached to check a token.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { CoachDouble } from "../../support/teams/coach-double.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { emulatorConfig, startTeamsServer, type TeamsServer } from "../../support/teams/teams-server.js";

let connector: FakeConnector;
const servers: TeamsServer[] = [];
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await connector.close();
});

function message(tenant: string) {
  return {
    type: "message",
    id: "1767000000001",
    channelId: "msteams",
    serviceUrl: connector.serviceUrl,
    from: { id: "29:user", name: "Sam", aadObjectId: "aad-1" },
    conversation: { id: "a:edge", conversationType: "personal", tenantId: tenant },
    recipient: { id: "28:bot", name: "Afterword" },
    channelData: { tenant: { id: tenant } },
    text: "hello",
  };
}

describe("the Teams endpoint before authentication", () => {
  it("logs at most a short prefix of a refused tenant id a client chose", async () => {
    const server = await startTeamsServer({ coach: new CoachDouble(), config: emulatorConfig({ MicrosoftAppTenantId: "11111111-aaaa-bbbb-cccc-000000000001" }) });
    servers.push(server);
    const res = await server.post(message("x".repeat(100_000)));
    expect(res.status).toBe(403);
    const line = server.logs.find((l) => l.msg === "teams: activity from another tenant refused")!;
    expect(line).toBeDefined();
    // Before: all 100,000 characters went into the log line.
    expect(JSON.stringify(line).length).toBeLessThan(1_000);
  });

  it("answers a token it cannot check (Microsoft unreachable) with a plain 503, never the internal error", async () => {
    // Microsoft's key endpoint stands in on loopback, dropping every connection: tests never reach the internet.
    let asked = 0;
    const down = createServer((req) => {
      asked++;
      req.socket.destroy();
    });
    await new Promise<void>((resolve) => down.listen(0, "127.0.0.1", resolve));
    const closeDown = () => new Promise<void>((resolve) => down.close(() => resolve()));
    const { port } = down.address() as AddressInfo;
    const config = loadConfig({
      MicrosoftAppId: "00000000-0000-0000-0000-0000000000aa",
      MicrosoftAppPassword: "not-a-secret",
      TEAMS_OPENID_METADATA_URL: `http://127.0.0.1:${port}/v1/.well-known/openidconfiguration`,
      HOST: "127.0.0.1",
      PORT: "0",
      DATABASE_PATH: ":memory:",
    });
    const coach = new CoachDouble();
    const server = await startTeamsServer({ coach, config });
    servers.push(server);
    // Well-formed enough that botbuilder goes to fetch Microsoft's signing keys to check it.
    const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    const token = [part({ alg: "RS256", typ: "JWT", kid: "fake-key" }), part({ iss: "https://api.botframework.com", aud: config.MicrosoftAppId, nbf: now - 60, exp: now + 3600, serviceurl: connector.serviceUrl }), "c2lnbmF0dXJl"].join(".");
    const res = await server.post(message("11111111-aaaa-bbbb-cccc-000000000001"), { authorization: `Bearer ${token}` }).finally(closeDown);
    // Before: 500 with "request to https://login.botframework.com/… failed, reason: getaddrinfo ENOTFOUND …".
    expect(res.status).toBe(503);
    expect(JSON.parse(res.body)).toEqual({ error: "auth_unavailable", message: "The bot could not check this request's credentials right now." });
    expect(res.body).not.toMatch(/ENOTFOUND|ECONNREFUSED|getaddrinfo|127\.0\.0\.1|login\.botframework|openid|request to https?:/i);
    expect(server.logs.some((l) => /token could not be checked/.test(l.msg))).toBe(true);
    expect(coach.events).toEqual([]);
    expect(asked).toBeGreaterThan(0);
  });
});
