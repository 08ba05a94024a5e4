import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { Session } from "./terminal-session.js";

/**
 * Terminal coaches for one test file: each `start` is its own process with its own database (one
 * per user name) in a shared temp folder, on an injected clock; all killed and removed after the file.
 */
export function terminalSessions(prefix: string): (user: string, tz: string, nowIso: string) => Session {
  const dir = mkdtempSync(join(tmpdir(), `afterword-${prefix}-`));
  const sessions: Session[] = [];
  afterAll(async () => {
    for (const s of sessions) await s.kill();
    rmSync(dir, { recursive: true, force: true });
  });
  return (user, tz, nowIso) => {
    const env = { DATABASE_PATH: join(dir, `${user}.db`), AFTERWORD_TZ: "UTC", SLACK_BOT_TOKEN: "", MicrosoftAppId: "" };
    const s = new Session(["chat", "--user", user, "--tz", tz, "--now", nowIso], env);
    sessions.push(s);
    return s;
  };
}
