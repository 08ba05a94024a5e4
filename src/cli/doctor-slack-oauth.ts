import type { Config } from "../config.js";
import { readEncryptionKey } from "../store/encryption-key.js";
import { SlackInstallations } from "../store/slack-installations.js";
import { Store } from "../store/store.js";
import { TokenCipher } from "../store/token-cipher.js";
import type { DoctorOutput } from "./doctor.js";

/** A key variable's cipher, or undefined after saying FIX (malformed) or nothing (unset and optional). */
function cipherOf(text: string | undefined, variable: string, required: boolean, say: DoctorOutput): TokenCipher | undefined {
  if (!text && !required) return undefined;
  const read = readEncryptionKey(text, variable);
  if ("problem" in read) {
    say.fix(read.problem);
    return undefined;
  }
  return new TokenCipher(read.key);
}

/**
 * Slack OAuth mode's part of `doctor`: the encryption key is present and well formed, every
 * stored installation opens with it (or with the previous key, then `rekey` is due), and how many
 * workspaces are installed. The client id and secret can only be checked by an install.
 */
export function checkSlackOAuth(config: Config, say: DoctorOutput): void {
  const current = cipherOf(config.AFTERWORD_ENCRYPTION_KEY, "AFTERWORD_ENCRYPTION_KEY", true, say);
  const previous = cipherOf(config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS, "AFTERWORD_ENCRYPTION_KEY_PREVIOUS", false, say);
  if (!current) return;
  say.ok(`AFTERWORD_ENCRYPTION_KEY is a 256-bit key (id ${current.keyId})`);
  let store: Store;
  try {
    store = Store.open(config.DATABASE_PATH);
  } catch {
    return; // the database check has said what is wrong with it
  }
  try {
    const installations = new SlackInstallations(store.db, current, previous);
    const byKey = installations.keyIds();
    const total = [...byKey.values()].reduce((a, b) => a + b, 0);
    const old = previous ? (byKey.get(previous.keyId) ?? 0) : 0;
    const foreign = total - (byKey.get(current.keyId) ?? 0) - old;
    if (foreign > 0) say.fix(`${foreign} Slack installation(s) were encrypted with a key that is neither AFTERWORD_ENCRYPTION_KEY nor AFTERWORD_ENCRYPTION_KEY_PREVIOUS: set the old key back, or put it in AFTERWORD_ENCRYPTION_KEY_PREVIOUS and run \`afterword rekey\`.`);
    else if (old > 0) say.note(`${old} Slack installation(s) still use the previous key: run \`afterword rekey\`, then remove AFTERWORD_ENCRYPTION_KEY_PREVIOUS.`);
    if (foreign === 0) for (const problem of installations.unreadable()) say.fix(problem);
    say.note(`Slack OAuth mode: ${total} installation(s) stored; installs start at /slack/install. SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are checked by Slack when someone installs.`);
  } finally {
    store.close();
  }
}
