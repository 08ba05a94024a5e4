// Proactive sends through the real CloudAdapter to a fake Bot Connector on loopback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SendError, type Outbound } from "../../../src/core/types.js";
import { encodeTeamsAddress } from "../../../adapters/teams/address.js";
import { createTeamsChatPort } from "../../../adapters/teams/create-teams-adapter.js";
import { sendWithRetry, type RetryPolicy } from "../../../adapters/teams/send-with-retry.js";
import { ConnectorHttpError, parseRetryAfter } from "../../../adapters/teams/connector-http-client.js";
import { startFakeConnector, type FakeConnector } from "../../support/teams/fake-connector.js";
import { captureLogger, emulatorConfig } from "../../support/teams/teams-server.js";
import { cardProblems, cardsOf } from "../../support/teams/adaptive-card-sdk.js";

let connector: FakeConnector;
beforeAll(async () => {
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.close();
});

const nudge: Outbound = {
  text: "Time to send your thank-you notes",
  blocks: [
    { type: "text", markdown: "Time to send your *thank-you notes*." },
    { type: "buttons", buttons: [{ action: "nudge.done", label: "Sent", value: "1" }] },
  ],
};
const sleeps: number[] = [];
const fast: RetryPolicy = { tries: 3, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs: 2_000, sleep: async (ms) => void sleeps.push(ms) };

function addressFor(conversationId: string, serviceUrl = connector.serviceUrl) {
  return encodeTeamsAddress({ channelId: "msteams", serviceUrl, conversationId, tenantId: "t1", botId: "28:bot", userId: "29:user" });
}

function port(retry: RetryPolicy = fast) {
  const { logger, lines } = captureLogger();
  const p = createTeamsChatPort(emulatorConfig(), logger, retry);
  return { port: p, lines };
}

describe("the Teams ChatPort", () => {
  it("delivers a nudge into the stored conversation as a valid Adaptive Card", async () => {
    const { port: p } = port();
    const result = await p.send(addressFor("a:ok"), nudge);
    expect(result.id).toMatch(/^sent-/);
    const [sent] = connector.to("a:ok");
    // A proactive send arrives as a reply to a made-up activity id.
    expect(sent!.path).toMatch(/^\/v3\/conversations\/a%3Aok\/activities\/[^/]+$/);
    expect(sent!.activity).toMatchObject({ type: "message", summary: "Time to send your thank-you notes", from: { id: "28:bot" }, recipient: { id: "29:user" } });
    expect(cardProblems(cardsOf(sent!.activity)[0])).toEqual([]);
  });

  it("reports 403 (blocked, uninstalled) and 404 as permanent, without retrying", async () => {
    const { port: p } = port();
    connector.block("a:blocked", 403);
    connector.block("a:gone", 404);
    for (const conversation of ["a:blocked", "a:gone"]) {
      const before = connector.attempts.length;
      const err = await p.send(addressFor(conversation), nudge).catch((e) => e);
      expect(err).toBeInstanceOf(SendError);
      expect(err.kind).toBe("permanent");
      expect(connector.attempts.length - before).toBe(1);
    }
  });

  it("even when the adapter has an onTurnError that swallows failures", async () => {
    const { port: p } = port();
    let swallowed = 0;
    (p as any).cloud.adapter.onTurnError = async () => void swallowed++;
    await expect(p.send(addressFor("a:blocked"), nudge)).rejects.toMatchObject({ kind: "permanent" });
    expect(swallowed).toBe(0);
  });

  it("retries a 429, honouring Retry-After, and then delivers once", async () => {
    const { port: p } = port();
    sleeps.length = 0;
    connector.failNext({ status: 429, retryAfter: "1" });
    const before = connector.to("a:throttled").length;
    await p.send(addressFor("a:throttled"), nudge);
    expect(connector.to("a:throttled").length - before).toBe(1);
    expect(sleeps).toEqual([1000]);
  });

  it("retries 412, 502 and 504 with backoff and jitter", async () => {
    const { port: p } = port();
    sleeps.length = 0;
    connector.failNext({ status: 412 }, { status: 502 });
    await p.send(addressFor("a:flaky"), nudge);
    connector.failNext({ status: 504 });
    await p.send(addressFor("a:flaky"), nudge);
    expect(connector.to("a:flaky")).toHaveLength(2);
    expect(sleeps).toHaveLength(3);
    for (const ms of sleeps) expect(ms).toBeLessThanOrEqual(20);
  });

  it("gives up after three throttled tries with a retry SendError carrying Retry-After", async () => {
    const { port: p, lines } = port();
    connector.failNext({ status: 429, retryAfter: "1" }, { status: 429, retryAfter: "1" }, { status: 429, retryAfter: "1" });
    const before = connector.attempts.length;
    const err = await p.send(addressFor("a:busy"), nudge).catch((e) => e);
    expect(err).toMatchObject({ kind: "retry", retryAfterMs: 1000 });
    expect(connector.attempts.length - before).toBe(3);
    expect(lines.some((l) => l.msg === "teams send failed" && l.kind === "retry")).toBe(true);
  });

  it("does not sit out a long Retry-After inside the sweep: the sweeper reschedules", async () => {
    const { port: p } = port();
    sleeps.length = 0;
    connector.failNext({ status: 429, retryAfter: "120" });
    await expect(p.send(addressFor("a:busy"), nudge)).rejects.toMatchObject({ kind: "retry", retryAfterMs: 120_000 });
    expect(sleeps).toEqual([]);
  });

  it("treats an unreachable connector as retry, and an unreadable address as permanent", async () => {
    const { port: p } = port();
    await expect(p.send(addressFor("a:x", "http://127.0.0.1:1/"), nudge)).rejects.toMatchObject({ kind: "retry" });
    await expect(p.send("teams:garbage", nudge)).rejects.toMatchObject({ kind: "permanent" });
  });
});

describe("sendWithRetry", () => {
  it("doubles its backoff up to the cap and stops at the try limit", async () => {
    const waits: number[] = [];
    let calls = 0;
    const err = await sendWithRetry(
      async () => {
        calls++;
        throw new ConnectorHttpError("bad gateway", 502);
      },
      { tries: 4, baseDelayMs: 100, maxDelayMs: 250, maxRetryAfterMs: 0, sleep: async (ms) => void waits.push(ms), random: () => 1 },
    ).catch((e) => e);
    expect(calls).toBe(4);
    expect(waits).toEqual([100, 200, 250]);
    expect(err).toMatchObject({ kind: "retry" });
  });

  it("parses Retry-After in seconds and as an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
