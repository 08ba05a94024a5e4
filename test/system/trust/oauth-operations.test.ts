// Running Slack OAuth mode as an operator does, through the built CLI: which mixes of variables
// start, what start-up says about the encryption key, what `doctor` says about it and about the
// stored tokens, and `afterword rekey` moving every token from the previous key to the new one.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.js";
import { requireEncryptionKey } from "../../../src/store/encryption-key.js";
import { SlackInstallations } from "../../../src/store/slack-installations.js";
import { Store } from "../../../src/store/store.js";
import { TokenCipher } from "../../../src/store/token-cipher.js";
import { killAllServers, runCli } from "../../support/serve-child.js";

const OLD_KEY = randomBytes(32).toString("hex");
const NEW_KEY = randomBytes(32).toString("base64");
const OAUTH = { SLACK_CLIENT_ID: "1111.2222", SLACK_CLIENT_SECRET: "client-secret-value", SLACK_STATE_SECRET: "state-secret-0123456789", SLACK_SIGNING_SECRET: "signing-secret" };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterword-oauth-ops-"));
});
afterAll(() => {
  killAllServers();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const db = (name: string) => join(dir, `${name}.db`);

/** A database holding two workspaces' installations sealed with `key`. */
function seed(name: string, key: string): string {
  const path = db(name);
  const store = Store.open(path);
  const installations = new SlackInstallations(store.db, new TokenCipher(requireEncryptionKey(key, "K")));
  for (const team of ["TONE", "TTWO"]) {
    installations.save({ kind: "team", id: team, teamId: team, botUserId: `U${team}`, botScopes: ["chat:write"], botToken: `xoxe.xoxb-1-${team}-secret`, botRefreshToken: `xoxe-1-${team}-refresh`, botExpiresAt: 2_000_000_000 }, 1);
  }
  store.close();
  return path;
}

/** The bot tokens of a database as one key reads them. */
function tokens(path: string, key: string): string[] {
  const store = Store.open(path);
  try {
    const installations = new SlackInstallations(store.db, new TokenCipher(requireEncryptionKey(key, "K")));
    return ["TONE", "TTWO"].map((id) => installations.find({ kind: "team", id })!.botToken);
  } finally {
    store.close();
  }
}

describe("which Slack variables go together", () => {
  it("turns OAuth mode on with the three OAuth variables and the signing secret; the single-token modes are unchanged", () => {
    expect(loadConfig({ ...OAUTH, AFTERWORD_ENCRYPTION_KEY: OLD_KEY }).slack).toBe("oauth");
    expect(loadConfig({ ...OAUTH }).encryptionKeyProblem).toMatch(/^AFTERWORD_ENCRYPTION_KEY is not set/);
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack).toBe("http");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack).toBe("socket");
    expect(loadConfig({}).slack).toBe("off");
  });

  it.each([
    [{ SLACK_CLIENT_ID: "1111.2222" }, ["SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET", "SLACK_SIGNING_SECRET"]],
    [{ ...OAUTH, SLACK_STATE_SECRET: undefined }, ["SLACK_STATE_SECRET"]],
    [{ ...OAUTH, SLACK_BOT_TOKEN: "xoxb-1" }, ["SLACK_BOT_TOKEN"]],
    [{ ...OAUTH, SLACK_APP_TOKEN: "xapp-1" }, ["SLACK_APP_TOKEN"]],
    [{ ...OAUTH, SLACK_SIGNING_SECRET: undefined }, ["SLACK_SIGNING_SECRET"]],
  ])("refuses a mix that cannot work, naming each variable to fix (%#)", (env, named) => {
    let message = "";
    try {
      loadConfig(env as Record<string, string>);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message.split("\n").filter((l) => l.startsWith("- ")).map((l) => /^- (\w+):/.exec(l)?.[1])).toEqual(named);
    expect(message).not.toContain("client-secret-value");
  });
});

describe("afterword serve in OAuth mode", () => {
  it("refuses to start without a key, or with a malformed one, naming the variable and not echoing it", async () => {
    const missing = await runCli(["serve"], { ...OAUTH, DATABASE_PATH: db("nokey") });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/- AFTERWORD_ENCRYPTION_KEY is not set\. Make one with `openssl rand -hex 32`/);
    expect(missing.stdout).not.toContain("Afterword is listening");
    const short = randomBytes(16).toString("hex");
    const malformed = await runCli(["serve"], { ...OAUTH, DATABASE_PATH: db("badkey"), AFTERWORD_ENCRYPTION_KEY: short });
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/AFTERWORD_ENCRYPTION_KEY must be 32 random bytes written as 64 hex characters or as base64/);
    expect(`${malformed.stdout}${malformed.stderr}`).not.toContain(short);
  });

  it("refuses to start when the stored tokens were encrypted with another key", async () => {
    const path = seed("otherkey", OLD_KEY);
    const r = await runCli(["serve"], { ...OAUTH, DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 Slack installation\(s\) were encrypted with another key .*afterword rekey/);
  });
});

describe("afterword doctor and afterword rekey", () => {
  it("doctor says FIX for a missing or malformed key", async () => {
    const missing = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: db("doctor-nokey") });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^FIX +AFTERWORD_ENCRYPTION_KEY is not set\./m);
    const malformed = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: db("doctor-badkey"), AFTERWORD_ENCRYPTION_KEY: "not-a-key" });
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(/^FIX +AFTERWORD_ENCRYPTION_KEY must be 32 random bytes/m);
    expect(malformed.stdout).not.toContain("not-a-key");
  });

  it("doctor is content with a good key, and says what to do when tokens use another key", async () => {
    const path = seed("doctor", OLD_KEY);
    const good = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: OLD_KEY });
    expect(good.stdout).toMatch(/^ok +AFTERWORD_ENCRYPTION_KEY is a 256-bit key \(id [0-9a-f]{8}\)$/m);
    expect(good.stdout).toMatch(/^note +Slack OAuth mode: 2 installation\(s\) stored/m);
    expect(good.stdout).not.toMatch(/^FIX/m);
    expect(good.code).toBe(0);

    const wrong = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/^FIX +2 Slack installation\(s\) were encrypted with a key that is neither .*afterword rekey/m);

    const rotating = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY, AFTERWORD_ENCRYPTION_KEY_PREVIOUS: OLD_KEY });
    expect(rotating.stdout).toMatch(/^note +2 Slack installation\(s\) still use the previous key: run `afterword rekey`/m);
    expect(rotating.code).toBe(0);
    expect(tokens(path, OLD_KEY)).toEqual(["xoxe.xoxb-1-TONE-secret", "xoxe.xoxb-1-TTWO-secret"]); // doctor changed nothing
  });

  it("rekey re-encrypts every token under the new key, once; refuses a wrong or missing previous key and changes nothing", async () => {
    const path = seed("rekey", OLD_KEY);
    const noPrevious = await runCli(["rekey"], { DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY });
    expect(noPrevious.code).toBe(1);
    expect(noPrevious.stderr).toMatch(/rekey needs the old key in AFTERWORD_ENCRYPTION_KEY_PREVIOUS/);
    const wrongPrevious = await runCli(["rekey"], { DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY, AFTERWORD_ENCRYPTION_KEY_PREVIOUS: randomBytes(32).toString("hex") });
    expect(wrongPrevious.code).toBe(1);
    expect(wrongPrevious.stderr).toMatch(/encrypted with another key/);
    expect(tokens(path, OLD_KEY)).toEqual(["xoxe.xoxb-1-TONE-secret", "xoxe.xoxb-1-TTWO-secret"]);

    const env = { DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY, AFTERWORD_ENCRYPTION_KEY_PREVIOUS: OLD_KEY };
    const first = await runCli(["rekey"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Re-encrypted 2 Slack installation\(s\) with the new key \(id [0-9a-f]{8}\); 0 already used it\.$/m);
    const again = await runCli(["rekey"], env);
    expect(again.stdout).toMatch(/^Re-encrypted 0 Slack installation\(s\) .*; 2 already used it\.$/m);
    expect(tokens(path, NEW_KEY)).toEqual(["xoxe.xoxb-1-TONE-secret", "xoxe.xoxb-1-TTWO-secret"]);
    expect(() => tokens(path, OLD_KEY)).toThrow(/another key/);

    const after = await runCli(["doctor"], { ...OAUTH, DATABASE_PATH: path, AFTERWORD_ENCRYPTION_KEY: NEW_KEY });
    expect(after.stdout).not.toMatch(/^FIX/m);
    expect(after.code).toBe(0);
  });
});
