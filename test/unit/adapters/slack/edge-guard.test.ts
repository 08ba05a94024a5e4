// The Slack edge guard on its own, with its clock frozen: a request stamped just inside the
// five-minute window passes and one a second past it is refused, in both directions, however long
// the requests take to arrive. (The front door, through Bolt, is http-edge.test.ts.)
import express from "express";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_SKEW_SECONDS, slackEdgeGuard } from "../../../../adapters/slack/edge-guard.js";
import { createLogger } from "../../../../src/logger.js";

// Half a second past a whole second, so rounding either way would show.
const NOW_MS = 1_800_000_000_500;
const NOW_S = NOW_MS / 1000;
let server: Server;
let url: string;

beforeAll(async () => {
  const app = express();
  app.post("/slack/events", slackEdgeGuard(createLogger("silent", "none"), () => NOW_MS), (_req, res) => void res.status(200).send("passed"));
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function post(headers: Record<string, string>, body = "{}"): Promise<number> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  await res.arrayBuffer();
  return res.status;
}

const stamped = (ts: number) => post({ "x-slack-request-timestamp": String(ts) });

describe("slackEdgeGuard", () => {
  it("lets through a timestamp up to five minutes from now, either way", async () => {
    expect(MAX_SKEW_SECONDS).toBe(300);
    expect(await stamped(Math.floor(NOW_S))).toBe(200);
    expect(await stamped(Math.floor(NOW_S) + 300)).toBe(200);
    expect(await stamped(Math.ceil(NOW_S) - 300)).toBe(200);
  });

  it("refuses a timestamp a second past the window, in the future and in the past, with 401", async () => {
    expect(await stamped(Math.floor(NOW_S) + 301)).toBe(401);
    expect(await stamped(Math.ceil(NOW_S) - 301)).toBe(401);
  });

  it("refuses a missing or unreadable timestamp with 401", async () => {
    expect(await post({})).toBe(401);
    expect(await post({ "x-slack-request-timestamp": "soon" })).toBe(401);
    expect(await post({ "x-slack-request-timestamp": "" })).toBe(401);
  });

  it("answers 413 to a body declared over 1 MB before looking at the timestamp", async () => {
    expect(await post({ "x-slack-request-timestamp": String(Math.floor(NOW_S)) }, "x".repeat(MAX_BODY_BYTES + 1))).toBe(413);
  });
});
