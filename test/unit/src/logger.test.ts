// The logger's own defences, one by one: SDK lines cut before their payloads, errors reduced to
// what an operator needs, secret values scrubbed from whatever a caller logs, request ids from
// the async context on every line (and only that request's).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger, logContext, scrubSdkText, scrubSecrets, serializeError } from "../../../src/logger.js";
import { requestIdOf } from "../../../src/server/request-id.js";

const dir = mkdtempSync(join(tmpdir(), "afterword-logger-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("log scrubbing", () => {
  it("cuts SDK lines before their payloads and removes token shapes", () => {
    expect(scrubSdkText('http request body: {"channel":"D1","text":"my secret answer"}')).toBe("http request body: [payload omitted]");
    expect(scrubSdkText('Received a message on the WebSocket: {"envelope_id":"1","payload":{"text":"hi"}}')).toBe("Received a message on the WebSocket: [payload omitted]");
    expect(scrubSdkText("ack() call begins (body: my secret answer)")).toBe("ack() call begins (body: [payload omitted]");
    expect(scrubSdkText("apiCall('chat.postMessage') start")).toBe("apiCall('chat.postMessage') start");
    expect(scrubSecrets("token xoxb-123-456-abc and xapp-1-A-2 and Bearer eyJhbGciOi.x.y and v0=" + "a".repeat(64))).toBe("token [redacted] and [redacted] and [redacted] and [redacted]");
  });

  it("reduces an SDK error to type, message, code and stack: never the request it carried", () => {
    const err = Object.assign(new Error("A request error occurred: ECONNRESET"), {
      code: "slack_webapi_request_error",
      original: { config: { headers: { Authorization: "Bearer xoxb-live-token" }, data: "text=my+secret+answer" } },
    });
    const out = JSON.stringify(serializeError(err));
    expect(out).toContain("slack_webapi_request_error");
    expect(out).not.toContain("xoxb-live-token");
    expect(out).not.toContain("secret");
  });

  it("scrubs the configured secret values from every line, and adds the request id of the async context only", () => {
    const file = join(dir, "a.log");
    const logger = createLogger("trace", file, { secrets: ["SIGNING-SECRET-12345", 'with"quote-secret'] });
    logContext.run({ reqId: "req-1" }, () => {
      logger.info({ oops: "SIGNING-SECRET-12345 leaked", other: 'with"quote-secret' }, "first");
      logger.warn({ condition: "locked" }, "second");
    });
    logger.info("outside");
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(JSON.stringify(lines)).not.toContain("SIGNING-SECRET-12345");
    expect(JSON.stringify(lines)).not.toContain("quote-secret");
    expect(lines.map((l) => l.reqId)).toEqual(["req-1", "req-1", undefined]);
    // One line's fields never leak into the next line of the same request.
    expect(lines[1].oops).toBeUndefined();
    expect(lines[0].condition).toBeUndefined();
  });

  it("redacts the fields that hold user text or credentials", () => {
    const file = join(dir, "b.log");
    const logger = createLogger("info", file, { secrets: [] });
    logger.info({ text: "answer", body: "letter", token: "t", event: { text: "answer" }, req: { headers: { authorization: "x" } } }, "fields");
    const line = JSON.parse(readFileSync(file, "utf8"));
    expect(line).toMatchObject({ text: "[redacted]", body: "[redacted]", token: "[redacted]", event: { text: "[redacted]" }, req: { headers: { authorization: "[redacted]" } } });
  });

  it("takes a caller's plain request id and replaces anything else", () => {
    expect(requestIdOf({ headers: { "x-request-id": "abc-123:def" } })).toBe("abc-123:def");
    for (const bad of ["a b", "x".repeat(200), "id\nforged", "", "<script>"]) expect(requestIdOf({ headers: { "x-request-id": bad } })).toMatch(/^[0-9a-f-]{36}$/);
  });
});
