// The manifest an admin pastes and the README that justifies it stay in step with the code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLACK_EVENTS_PATH } from "../../../../adapters/slack/create-slack-adapter.js";
import { COMMANDS } from "../../../../adapters/slack/listeners/lines.js";
import { SLACK_BOT_SCOPES } from "../../../../adapters/slack/oauth/bot-scopes.js";
import { REDIRECT_PATH } from "../../../../adapters/slack/oauth/install-routes.js";
import { ROOT } from "../../../support/build-once.js";

const manifest = readFileSync(join(ROOT, "adapters/slack/manifest.yml"), "utf8");
const readme = readFileSync(join(ROOT, "adapters/slack/README.md"), "utf8");

function list(after: RegExp): string[] {
  const start = manifest.search(after);
  const lines = manifest.slice(start).split("\n").slice(1);
  const items: string[] = [];
  for (const line of lines) {
    const m = /^\s+- ([\w.:]+)\s*$/.exec(line);
    if (!m) break;
    items.push(m[1]!);
  }
  return items;
}

describe("manifest.yml", () => {
  it("asks for the least bot scopes, each justified in the README", () => {
    const scopes = list(/^\s+bot:\s*$/m);
    expect(scopes.sort()).toEqual(["chat:write", "commands", "files:write", "im:history", "im:write", "users:read"]);
    for (const s of scopes) expect(readme).toMatch(new RegExp(`\\| \`${s}\` \\| \\S`));
  });

  it("subscribes to exactly the events the adapter handles", () => {
    expect(list(/^\s+bot_events:\s*$/m).sort()).toEqual(["app_home_opened", "app_uninstalled", "message.im", "tokens_revoked"]);
  });

  it("declares the slash commands, DM and App Home, and sends everything to one path", () => {
    for (const command of COMMANDS) expect(manifest).toContain(`- command: ${command}`);
    expect(manifest).toMatch(/home_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_enabled: true/);
    expect(manifest).toMatch(/messages_tab_read_only_enabled: false/);
    expect(manifest).toMatch(/interactivity:\s+is_enabled: true/);
    expect(manifest).toMatch(/socket_mode_enabled: (true|false)/);
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]!);
    // One per slash command, events, interactivity.
    expect(urls).toHaveLength(COMMANDS.length + 2);
    for (const u of urls) expect(new URL(u).pathname).toBe(SLACK_EVENTS_PATH);
  });
});

describe("manifest-distributed.yml (OAuth: many workspaces)", () => {
  const distributed = readFileSync(join(ROOT, "adapters/slack/manifest-distributed.yml"), "utf8");
  const body = (text: string) => text.split("\n").filter((l) => !l.trim().startsWith("#"));

  it("is manifest.yml with token rotation on, nothing else changed", () => {
    expect(distributed).toMatch(/^\s+token_rotation_enabled: true$/m);
    expect(manifest).toMatch(/^\s+token_rotation_enabled: false$/m);
    const a = body(manifest);
    const b = body(distributed);
    expect(b.length).toBe(a.length);
    expect(b.filter((line, i) => line !== a[i])).toEqual(["  token_rotation_enabled: true"]);
  });

  it("sends the browser back to the redirect path Afterword serves, and asks for the scopes the installer asks for", () => {
    const redirect = /redirect_urls:\s*\n\s+- (\S+)/.exec(distributed)?.[1];
    expect(redirect && new URL(redirect).pathname).toBe(REDIRECT_PATH);
    expect(list(/^\s+bot:\s*$/m).sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(readme).toMatch(/manifest-distributed\.yml/);
  });
});
