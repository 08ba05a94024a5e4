import type { Config } from "../config.js";
import { ConfigError } from "../config.js";
import { requireEncryptionKey } from "../store/encryption-key.js";
import { SlackInstallations } from "../store/slack-installations.js";
import { Store } from "../store/store.js";
import { TokenCipher } from "../store/token-cipher.js";

/**
 * `afterword rekey`: re-encrypts every stored Slack token from AFTERWORD_ENCRYPTION_KEY_PREVIOUS
 * to AFTERWORD_ENCRYPTION_KEY in one transaction (all or nothing). Running it again changes
 * nothing. A server started with both keys keeps working throughout; remove the previous key afterwards.
 */
export function runRekey(config: Config, print: (line: string) => void = console.log, now: () => Date = () => new Date()): number {
  if (!config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS) {
    throw new ConfigError("rekey needs the old key in AFTERWORD_ENCRYPTION_KEY_PREVIOUS and the new one in AFTERWORD_ENCRYPTION_KEY.");
  }
  const current = new TokenCipher(requireEncryptionKey(config.AFTERWORD_ENCRYPTION_KEY, "AFTERWORD_ENCRYPTION_KEY"));
  const previous = new TokenCipher(requireEncryptionKey(config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS, "AFTERWORD_ENCRYPTION_KEY_PREVIOUS"));
  if (current.keyId === previous.keyId) throw new ConfigError("AFTERWORD_ENCRYPTION_KEY and AFTERWORD_ENCRYPTION_KEY_PREVIOUS are the same key: put the new key in AFTERWORD_ENCRYPTION_KEY.");
  const store = Store.open(config.DATABASE_PATH);
  try {
    const done = new SlackInstallations(store.db, current, previous).rekey(now().getTime());
    print(`Re-encrypted ${done.rekeyed} Slack installation(s) with the new key (id ${current.keyId}); ${done.current} already used it.`);
    if (done.rekeyed + done.current > 0) print("AFTERWORD_ENCRYPTION_KEY_PREVIOUS can now be removed.");
    return 0;
  } finally {
    store.close();
  }
}
