// The Web API client's transport on its own, against a server on loopback: one socket reused
// for calls in a row, the whole answer with its status and headers, redirects refused as the
// client asks, a call with no answer given up after the timeout, an abort honoured.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepAliveFetch } from "../../../../adapters/http/keep-alive-fetch.js";

let server: Server;
let base: string;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = createServer((req, res) => {
    sockets.add(req.socket);
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.url === "/moved") return void res.writeHead(302, { location: "/elsewhere" }).end();
      if (req.url === "/silent") return; // never answers
      res.writeHead(200, { "content-type": "application/json", "x-oauth-scopes": "chat:write, im:write" });
      res.end(JSON.stringify({ ok: true, echo: body, method: req.method, type: req.headers["content-type"] ?? null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("keepAliveFetch", () => {
  const fetch = keepAliveFetch(2_000);

  it("posts the body and hands back the status, headers and whole answer", async () => {
    const res = await fetch(`${base}/api/chat.postMessage`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"a":1}', redirect: "error" });
    expect(res.status).toBe(200);
    expect(res.ok).toBe(true);
    expect(res.headers.get("X-OAuth-Scopes")).toBe("chat:write, im:write");
    expect(res.headers.get("retry-after")).toBeNull();
    expect([...res.headers.entries()]).toContainEqual(["content-type", "application/json"]);
    expect(JSON.parse(await res.text())).toEqual({ ok: true, echo: '{"a":1}', method: "POST", type: "application/json" });
  });

  it("reuses one connection for calls made one after another", async () => {
    sockets.clear();
    for (let i = 0; i < 5; i++) await (await fetch(`${base}/api/x`, { method: "POST", body: "x", redirect: "error" })).text();
    expect(sockets.size).toBe(1);
  });

  it("refuses a redirect when the client asks it to", async () => {
    await expect(fetch(`${base}/moved`, { method: "POST", body: "", redirect: "error" })).rejects.toThrow(/redirect/);
  });

  it("gives up on a call that gets no answer within the timeout", async () => {
    const quick = keepAliveFetch(200);
    await expect(quick(`${base}/silent`, { method: "POST", body: "", redirect: "error" })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("stops when the caller aborts", async () => {
    const controller = new AbortController();
    const call = fetch(`${base}/silent`, { method: "POST", body: "", redirect: "error", signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortError" });
  });

  it("leaves a multipart body to the global fetch", async () => {
    const form = new FormData();
    form.append("field", "value");
    const res = await fetch(`${base}/api/files`, { method: "POST", body: form, redirect: "error" });
    expect(((await res.json()) as { type: string }).type).toMatch(/^multipart\/form-data/);
  });
});
