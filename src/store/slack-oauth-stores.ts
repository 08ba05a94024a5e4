import type Database from "better-sqlite3";
import type { SlackOAuthStores } from "../core/model/installation.js";
import { EncryptionKeyError, requireEncryptionKey } from "./encryption-key.js";
import { OAuthStates } from "./oauth-states.js";
import { SlackInstallations } from "./slack-installations.js";
import { TokenCipher } from "./token-cipher.js";

/** The OAuth stores with the installations repository typed as the store's own (doctor and rekey need more of it). */
export interface OpenedSlackOAuthStores extends SlackOAuthStores {
  installations: SlackInstallations;
}

/**
 * Opens Slack OAuth mode's stores on a database with the key from AFTERWORD_ENCRYPTION_KEY (and,
 * during a rotation, the old one from AFTERWORD_ENCRYPTION_KEY_PREVIOUS, still read until `rekey`
 * has run). Throws EncryptionKeyError when a key is missing or malformed, or when stored tokens
 * were sealed with a key not given (so nothing starts that could only fail on every workspace).
 */
export function openSlackOAuthStores(db: Database.Database, keyText: string | undefined, previousKeyText?: string): OpenedSlackOAuthStores {
  const cipher = new TokenCipher(requireEncryptionKey(keyText, "AFTERWORD_ENCRYPTION_KEY"));
  const previous = previousKeyText ? new TokenCipher(requireEncryptionKey(previousKeyText, "AFTERWORD_ENCRYPTION_KEY_PREVIOUS")) : undefined;
  const installations = new SlackInstallations(db, cipher, previous);
  const foreign = [...installations.keyIds()].filter(([id]) => id !== cipher.keyId && id !== previous?.keyId);
  if (foreign.length) {
    const rows = foreign.reduce((n, [, count]) => n + count, 0);
    throw new EncryptionKeyError(
      `${rows} Slack installation(s) were encrypted with another key (id ${foreign.map(([id]) => id).join(", ")}; AFTERWORD_ENCRYPTION_KEY has id ${cipher.keyId}). ` +
        "Set AFTERWORD_ENCRYPTION_KEY back, or put the old key in AFTERWORD_ENCRYPTION_KEY_PREVIOUS and run `afterword rekey`.",
    );
  }
  return { installations, states: new OAuthStates(db) };
}
