// `afterword serve` as an operator runs it: the built server process with Slack over HTTP or
// Socket Mode, pointed at the fake Slack API. Proves the adapter composes with the real server.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMAND_ACK } from "../../adapters/slack/register-listeners.js";
import { buildOnce, MAIN, ROOT } from "./build-and-sweep.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { commandFields, dmEvent } from "./payloads.js";
import { SlackSender } from "./slack-requests.js";

let fake: FakeSlackApi;
const dirs: string[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  buildOnce();
  fake = await new FakeSlackApi().start();
}, 150_000);
afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await fake?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Starts `afterword serve` on a free port; resolves with its URL once it logs that it listens. */
function serve(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), "afterword-serve-"));
  dirs.push(dir);
  const child = spawn(process.execPath, [MAIN, "serve"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", DATABASE_PATH: join(dir, "a.db"), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", SLACK_BOT_TOKEN: fake.botToken, SLACK_API_URL: fake.url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${out}`)), 20_000);
    child.stdout!.on("data", (d) => {
      out += d;
      for (const line of out.split("\n")) {
        if (!line.includes("Afterword is listening")) continue;
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${JSON.parse(line).port}` });
      }
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

function stopped(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("afterword serve with Slack", () => {
  it("over HTTP: answers a signed /interview-done at POST /slack/events and starts the debrief in the DM", async () => {
    const { child, url } = await serve({ SLACK_SIGNING_SECRET: "serve-secret" });
    const slack = new SlackSender(`${url}/slack/events`, "serve-secret");
    const res = await slack.command(commandFields({ team: "TSERVE", user: "USERVE", text: "Acme" }));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ response_type: "ephemeral", text: COMMAND_ACK });
    await until(() => fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DSERVE"));
    expect((await slack.event(dmEvent({ team: "TSERVE", user: "USERVE", channel: "DSERVE", text: "hi" }), { secret: "wrong" })).status).toBe(401);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await stopped(child)).toBe(0);
  });

  it("over Socket Mode: connects with the app token and acknowledges the command with the ephemeral line", async () => {
    const { child } = await serve({ SLACK_APP_TOKEN: fake.appToken });
    await until(() => fake.socketCount === 1);
    const ack = await fake.sendEnvelope("slash_commands", commandFields({ team: "TSERVE", user: "USOCK", text: "" }));
    expect(ack).toEqual({ response_type: "ephemeral", text: COMMAND_ACK });
    await until(() => fake.callsOf("chat.postMessage").some((c) => c.args.channel === "DSOCK"));
    expect(await stopped(child)).toBe(0);
    await until(() => fake.socketCount === 0);
  });
});
