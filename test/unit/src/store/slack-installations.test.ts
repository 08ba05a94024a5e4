// The Slack installation store on a real SQLite file: one row per workspace and per organisation,
// tokens sealed with AES-256-GCM (never in the file in plain text), key rotation by rekey, and
// OAuth state nonces that work once.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { SlackInstallationRecord } from "../../../../src/core/model/installation.js";
import { readEncryptionKey, requireEncryptionKey } from "../../../../src/store/encryption-key.js";
import { OAuthStates } from "../../../../src/store/oauth-states.js";
import { openSlackOAuthStores } from "../../../../src/store/slack-oauth-stores.js";
import { SlackInstallations } from "../../../../src/store/slack-installations.js";
import { TokenCipher } from "../../../../src/store/token-cipher.js";
import { tempStore } from "../../../support/temp-store.js";

const KEY_A = randomBytes(32).toString("hex");
const KEY_B = randomBytes(32).toString("base64");
const cipher = (text: string) => new TokenCipher(requireEncryptionKey(text, "K"));

const team = (id: string, token: string, extra: Partial<SlackInstallationRecord> = {}): SlackInstallationRecord => ({
  kind: "team",
  id,
  teamId: id,
  teamName: `Team ${id}`,
  botUserId: `U${id}BOT`,
  botId: `B${id}`,
  botScopes: ["commands", "chat:write"],
  botToken: token,
  installerUserId: `U${id}ADMIN`,
  ...extra,
});

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function setup(key = KEY_A) {
  const t = tempStore();
  cleanup = t.cleanup;
  return { ...t, installations: new SlackInstallations(t.store.db, cipher(key)) };
}

/** The database file's bytes after a checkpoint, so nothing waits in the WAL. */
function fileText(t: ReturnType<typeof setup>): string {
  t.store.db.pragma("wal_checkpoint(TRUNCATE)");
  return readFileSync(t.path).toString("latin1");
}

describe("encryption keys", () => {
  it("accepts 32 bytes as 64 hex characters or as base64, with or without padding", () => {
    const bytes = randomBytes(32);
    for (const text of [bytes.toString("hex"), bytes.toString("hex").toUpperCase(), bytes.toString("base64"), bytes.toString("base64").replace(/=$/, "")]) {
      const read = readEncryptionKey(text, "AFTERWORD_ENCRYPTION_KEY");
      expect("key" in read && read.key.equals(bytes)).toBe(true);
    }
  });

  it("refuses a missing, short, long or mistyped key, naming the variable and never echoing the value", () => {
    const secretish = randomBytes(31).toString("hex");
    const bad = ["", "   ", secretish, randomBytes(33).toString("hex"), randomBytes(24).toString("base64"), `${KEY_A.slice(0, 63)}g`, "correct horse battery staple"];
    for (const text of bad) {
      const read = readEncryptionKey(text, "AFTERWORD_ENCRYPTION_KEY");
      expect("problem" in read).toBe(true);
      if ("problem" in read) {
        expect(read.problem).toMatch(/^AFTERWORD_ENCRYPTION_KEY /);
        expect(read.problem).toMatch(/openssl rand -hex 32/);
        if (text.trim()) expect(read.problem).not.toContain(text);
      }
    }
    // base64 of 32 bytes whose last character carries stray low bits is a typo, not a key.
    const zeros = Buffer.alloc(32).toString("base64");
    expect("key" in readEncryptionKey(zeros, "K")).toBe(true);
    expect("problem" in readEncryptionKey(`${zeros.slice(0, 42)}B=`, "K")).toBe(true);
  });
});

describe("SlackInstallations", () => {
  it("keeps one row per workspace and per organisation, and reads back exactly what was saved", () => {
    const t = setup();
    const a = team("TA", "xoxe.xoxb-1-aaaa", { botRefreshToken: "xoxe-1-refresh-aaaa", botExpiresAt: 1_900_000_000, appId: "AAPP" });
    const org: SlackInstallationRecord = { kind: "enterprise", id: "EORG", enterpriseId: "EORG", enterpriseName: "Org", enterpriseUrl: "https://org.enterprise.slack.com/", botUserId: "UORGBOT", botScopes: ["commands"], botToken: "xoxb-org-token" };
    t.installations.save(a, 1000);
    t.installations.save(team("TB", "xoxb-bbbb"), 1000);
    t.installations.save(org, 1000);
    expect(t.installations.count()).toBe(3);
    expect(t.installations.find({ kind: "team", id: "TA" })).toEqual(a);
    expect(t.installations.find({ kind: "enterprise", id: "EORG" })).toEqual(org);
    expect(t.installations.find({ kind: "team", id: "EORG" })).toBeUndefined();

    // A reinstall or a refresh replaces the row; the installer stays when the update names none.
    t.installations.save({ ...a, botToken: "xoxe.xoxb-1-rotated", installerUserId: undefined }, 2000);
    expect(t.installations.count()).toBe(3);
    expect(t.installations.find({ kind: "team", id: "TA" })).toMatchObject({ botToken: "xoxe.xoxb-1-rotated", installerUserId: "UTAADMIN" });
  });

  it("deletes one installation, idempotently, leaving the others", () => {
    const t = setup();
    t.installations.save(team("TA", "xoxb-a"), 1);
    t.installations.save(team("TB", "xoxb-b"), 1);
    expect(t.installations.delete({ kind: "team", id: "TA" })).toBe(true);
    expect(t.installations.delete({ kind: "team", id: "TA" })).toBe(false);
    expect(t.installations.find({ kind: "team", id: "TA" })).toBeUndefined();
    expect(t.installations.find({ kind: "team", id: "TB" })?.botToken).toBe("xoxb-b");
  });

  it("stores no token in plain text: not in the file, not in the row", () => {
    const t = setup();
    const tokens = ["xoxe.xoxb-1-plain-bot-token-4f9a", "xoxe-1-plain-refresh-token-77c1"];
    t.installations.save(team("TA", tokens[0]!, { botRefreshToken: tokens[1]!, botExpiresAt: 1_900_000_000 }), 1);
    const row = t.store.db.prepare("SELECT bot_token, bot_refresh_token FROM slack_installations").get() as Record<string, string>;
    expect(row.bot_token).toMatch(/^aw1:[0-9a-f]{8}:[A-Za-z0-9_-]+$/);
    const text = fileText(t);
    for (const token of tokens) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.slice(-12));
    }
    expect(text).toContain("UTABOT"); // the file was read: ids are there, tokens are not
  });

  it("refuses a ciphertext moved to another row, or a row read with another key", () => {
    const t = setup();
    t.installations.save(team("TA", "xoxb-a"), 1);
    t.installations.save(team("TB", "xoxb-b"), 1);
    t.store.db.prepare("UPDATE slack_installations SET bot_token = (SELECT bot_token FROM slack_installations WHERE install_id = 'TA') WHERE install_id = 'TB'").run();
    expect(() => t.installations.find({ kind: "team", id: "TB" })).toThrow(/integrity check/);
    expect(() => new SlackInstallations(t.store.db, cipher(KEY_B)).find({ kind: "team", id: "TA" })).toThrow(/another key/);
  });

  it("rekey moves every token to the new key in one go; a second run changes nothing; a wrong old key changes nothing", () => {
    const t = setup(KEY_A);
    t.installations.save(team("TA", "xoxb-a", { botRefreshToken: "xoxe-1-ra", botExpiresAt: 5 }), 1);
    t.installations.save(team("TB", "xoxb-b"), 1);
    const before = t.store.db.prepare("SELECT bot_token FROM slack_installations ORDER BY install_id").all();

    const wrong = new SlackInstallations(t.store.db, cipher(KEY_B), cipher(randomBytes(32).toString("hex")));
    expect(() => wrong.rekey(2)).toThrow(/another key/);
    expect(t.store.db.prepare("SELECT bot_token FROM slack_installations ORDER BY install_id").all()).toEqual(before);

    const rotated = new SlackInstallations(t.store.db, cipher(KEY_B), cipher(KEY_A));
    expect(rotated.rekey(2)).toEqual({ rekeyed: 2, current: 0 });
    expect(rotated.rekey(3)).toEqual({ rekeyed: 0, current: 2 });
    const onlyNew = new SlackInstallations(t.store.db, cipher(KEY_B));
    expect(onlyNew.find({ kind: "team", id: "TA" })).toMatchObject({ botToken: "xoxb-a", botRefreshToken: "xoxe-1-ra", botExpiresAt: 5 });
    expect(() => t.installations.find({ kind: "team", id: "TA" })).toThrow(/another key/);
    expect([...onlyNew.keyIds().keys()]).toEqual([cipher(KEY_B).keyId]);
  });

  it("opening the stores refuses a missing or malformed key, and tokens sealed with a key not given", () => {
    const t = setup(KEY_A);
    expect(() => openSlackOAuthStores(t.store.db, undefined)).toThrow(/AFTERWORD_ENCRYPTION_KEY is not set/);
    expect(() => openSlackOAuthStores(t.store.db, "abc")).toThrow(/AFTERWORD_ENCRYPTION_KEY must be 32 random bytes/);
    t.installations.save(team("TA", "xoxb-a"), 1);
    expect(() => openSlackOAuthStores(t.store.db, KEY_B)).toThrow(/encrypted with another key.*afterword rekey/);
    // During a rotation both keys are given: old rows are read, new writes use the new key.
    const both = openSlackOAuthStores(t.store.db, KEY_B, KEY_A);
    expect(both.installations.find({ kind: "team", id: "TA" })?.botToken).toBe("xoxb-a");
    expect(openSlackOAuthStores(t.store.db, KEY_A).installations.count()).toBe(1);
  });
});

describe("OAuthStates", () => {
  it("accepts a nonce once, only before it expires, and forgets expired ones", () => {
    const t = setup();
    const states = new OAuthStates(t.store.db);
    states.remember("nonce-one-0123456789", 10_000, 0);
    states.remember("nonce-two-0123456789", 10_000, 0);
    expect(states.consume("nonce-one-0123456789", 5_000)).toBe(true);
    expect(states.consume("nonce-one-0123456789", 5_001)).toBe(false);
    expect(states.consume("never-handed-out-000", 5_000)).toBe(false);
    expect(states.consume("nonce-two-0123456789", 10_000)).toBe(false);
    states.remember("nonce-three-01234567", 30_000, 20_000);
    expect(t.store.db.prepare("SELECT nonce FROM slack_oauth_states").all()).toEqual([{ nonce: "nonce-three-01234567" }]);
  });
});
