// A person's browser during "Add to Slack": opens Afterword's install link and comes back from
// Slack's consent page, carrying the state cookie as a browser would.
import { expect } from "vitest";
import { closingFetch } from "../http.js";

/** GET /slack/install: the redirect to Slack's consent page, and the state cookie set with it. */
export async function startInstall(serverUrl: string): Promise<{ location: string; cookie: string; state: string }> {
  const res = await closingFetch(`${serverUrl}/slack/install`, { redirect: "manual" });
  expect(res.status).toBe(302);
  const location = res.headers.get("location")!;
  expect(location).toMatch(/^https:\/\/slack\.com\/oauth\/v2\/authorize\?/);
  const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
  const state = new URL(location).searchParams.get("state")!;
  expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  return { location, cookie, state };
}

/** The browser arriving back at /slack/oauth_redirect (with the cookie, when it is the one that started). */
export async function comeBack(url: string, cookie?: string): Promise<{ status: number; html: string }> {
  const res = await closingFetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: res.status, html: await res.text() };
}
