// `afterword serve` as an operator runs it: the built server process with Slack over HTTP or
// Socket Mode, pointed at the fake Slack API. Proves the adapter composes with the real server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe, type ServeChild } from "../../support/serve-child.js";
import { killAllProcesses } from "../../support/spawn.js";
import { until } from "../../support/until.js";
import { FakeSlackApi } from "../../support/slack/fake-slack-api.js";
import { commandFields, dmEvent, viewSubmission } from "../../support/slack/payloads.js";
import { SlackSender } from "../../support/slack/slack-requests.js";
import { closingFetch } from "../../support/http.js";

let fake: FakeSlackApi;
const dirs: string[] = [];

beforeAll(async () => {
  fake = await new FakeSlackApi().start();
});
afterAll(async () => {
  killAllProcesses();
  await fake?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts `afterword serve` on a free port against the fake Slack API; resolves once it listens. */
function serve(env: Record<string, string>): Promise<ServeChild> {
  const dir = mkdtempSync(join(tmpdir(), "afterword-serve-"));
  dirs.push(dir);
  return startServe({ DATABASE_PATH: join(dir, "a.db"), SLACK_BOT_TOKEN: fake.botToken, SLACK_API_URL: fake.url, ...env });
}

async function stopped(server: ServeChild): Promise<number | null> {
  return (await server.stop()).code;
}

describe("afterword serve with Slack", () => {
  it("over HTTP: answers a signed /interview-done at POST /slack/events with the debrief form, and the debrief goes on in the DM", async () => {
    const server = await serve({ SLACK_SIGNING_SECRET: "serve-secret" });
    const { url } = server;
    const slack = new SlackSender(`${url}/slack/events`, "serve-secret");
    const command = commandFields({ team: "TSERVE", user: "USERVE", text: "Acme" });
    const res = await slack.command(command);
    expect(res.status).toBe(200);
    await until(() => fake.callsOf("views.open").some((c) => c.args.trigger_id === command.trigger_id), "the debrief form");
    const view = fake.callsOf("views.open").find((c) => c.args.trigger_id === command.trigger_id)!.args.view;
    expect(view.blocks.find((b: any) => b.block_id === "company").element.initial_value).toBe("Acme");
    const sent = await slack.interaction(viewSubmission({ team: "TSERVE", user: "USERVE", view, answers: { role: "Engineer" } }));
    expect(sent.status).toBe(200);
    await until(() => fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DSERVE"));
    expect((await slack.event(dmEvent({ team: "TSERVE", user: "USERVE", channel: "DSERVE", text: "hi" }), { secret: "wrong" })).status).toBe(401);
    expect((await closingFetch(`${url}/healthz`)).status).toBe(200);
    expect(await stopped(server)).toBe(0);
  });

  it("over Socket Mode: connects with the app token, acknowledges the command and opens the debrief form", async () => {
    const server = await serve({ SLACK_APP_TOKEN: fake.appToken });
    await until(() => fake.socketCount === 1);
    const command = commandFields({ team: "TSERVE", user: "USOCK", text: "" });
    await fake.sendEnvelope("slash_commands", command);
    await until(() => fake.callsOf("views.open").some((c) => c.args.trigger_id === command.trigger_id), "the debrief form");
    expect(fake.rejected).toEqual([]);
    expect(await stopped(server)).toBe(0);
    await until(() => fake.socketCount === 0);
  });
});
