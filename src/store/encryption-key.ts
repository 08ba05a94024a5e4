import { AfterwordError, ErrorCode } from "../core/errors.js";

/** The key is missing or malformed; the message names the variable and how to make a good one. */
export class EncryptionKeyError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.EncryptionKey, message);
    this.name = "EncryptionKeyError";
  }
}

const HEX = /^[0-9a-f]{64}$/i;
const BASE64 = /^[A-Za-z0-9+/]{43}=?$/;

/** How to make a key, said wherever one is missing or malformed. */
export const MAKE_A_KEY = "Make one with `openssl rand -hex 32` and keep it outside the database (a secret store or the host's environment).";

/**
 * Reads a 32-byte AES-256 key written as 64 hex characters or as base64 (44 characters, the
 * padding optional). Returns the bytes, or a sentence naming `variable` and what is wrong with
 * it; the value itself is never repeated.
 */
export function readEncryptionKey(text: string | undefined, variable: string): { key: Buffer } | { problem: string } {
  const value = text?.trim() ?? "";
  if (!value) return { problem: `${variable} is not set. ${MAKE_A_KEY}` };
  if (HEX.test(value)) return { key: Buffer.from(value, "hex") };
  if (BASE64.test(value)) {
    const key = Buffer.from(value, "base64");
    // Only the canonical spelling of 32 bytes: stray low bits in the last character mean a typo.
    if (key.length === 32 && key.toString("base64").replace(/=$/, "") === value.replace(/=$/, "")) return { key };
  }
  return { problem: `${variable} must be 32 random bytes written as 64 hex characters or as base64 (44 characters); the value given is ${value.length} characters long and is neither. ${MAKE_A_KEY}` };
}

/** As readEncryptionKey, but throws EncryptionKeyError instead of returning the problem. */
export function requireEncryptionKey(text: string | undefined, variable: string): Buffer {
  const read = readEncryptionKey(text, variable);
  if ("problem" in read) throw new EncryptionKeyError(read.problem);
  return read.key;
}
