import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { AfterwordError, ErrorCode } from "../core/errors.js";

const VERSION = "aw1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored token that this key cannot open: another key sealed it, or the value was changed. */
export class TokenUnreadableError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.TokenUnreadable, message);
    this.name = "TokenUnreadableError";
  }
}

/**
 * Seals secrets for the database with AES-256-GCM: a fresh 96-bit IV per value, the 128-bit tag
 * checked on the way out, and the row and column the value belongs to as associated data, so a
 * ciphertext copied into another row does not open. Sealed values read `aw1:<key id>:<base64url>`;
 * the key id (8 hex characters of a hash of the key) tells which key sealed a value, for `rekey`.
 */
export class TokenCipher {
  /** A short fingerprint of the key; reveals nothing usable about it. */
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new AfterwordError(ErrorCode.EncryptionKey, `An AES-256 key is 32 bytes; this one is ${key.length}.`);
    this.keyId = createHash("sha256").update("afterword key id\0").update(key).digest("hex").slice(0, 8);
  }

  /** Seals `plain`; `context` names where it is stored (e.g. `team:T123:bot_token`). */
  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, "utf8"));
    const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
    return `${VERSION}:${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
  }

  /** Opens a sealed value stored under `context`; throws TokenUnreadableError when this key cannot. */
  open(sealed: string, context: string): string {
    const [version, keyId, data] = sealed.split(":");
    if (version !== VERSION || !keyId || !data) throw new TokenUnreadableError(`The stored value for ${context} is not an Afterword ciphertext.`);
    if (keyId !== this.keyId) {
      throw new TokenUnreadableError(`The token for ${context} was encrypted with another key (id ${keyId}; this key's id is ${this.keyId}). Set AFTERWORD_ENCRYPTION_KEY back, or run \`afterword rekey\` with the old key in AFTERWORD_ENCRYPTION_KEY_PREVIOUS.`);
    }
    const raw = Buffer.from(data, "base64url");
    if (raw.length < IV_BYTES + TAG_BYTES) throw new TokenUnreadableError(`The stored value for ${context} is cut short.`);
    try {
      const decipher = createDecipheriv("aes-256-gcm", this.key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, "utf8"));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      throw new TokenUnreadableError(`The stored value for ${context} fails its integrity check: it was changed, or belongs to another row.`);
    }
  }

  /** The key id a sealed value names, or undefined if it is not one of ours. */
  static keyIdOf(sealed: string): string | undefined {
    const [version, keyId] = sealed.split(":");
    return version === VERSION && keyId ? keyId : undefined;
  }
}
