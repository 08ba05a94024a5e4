import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { InvalidStateError, type InstallURLOptions, type StateStore } from "@slack/oauth";
import { z } from "zod";
import type { OAuthStatesRepo } from "../../../src/core/model/installation.js";
import type { Clock } from "../../../src/core/types.js";

/** How long an install link stays good: long enough to read Slack's consent page. */
export const STATE_TTL_MS = 10 * 60_000;

const StatePayload = z.object({
  n: z.string().min(16).max(64),
  t: z.number().int().nonnegative(),
  o: z.looseObject({ scopes: z.union([z.string(), z.array(z.string())]) }),
});

/**
 * The OAuth `state` for /slack/install: the install options, a random nonce and the time, signed
 * with HMAC-SHA256 under SLACK_STATE_SECRET. The nonce is recorded in the database when the link
 * is made and deleted when it comes back, so a state is accepted once, within ten minutes, by any
 * process on the database; a forged, altered, expired or replayed state is refused.
 */
export class SingleUseStateStore implements StateStore {
  constructor(
    private readonly secret: string,
    private readonly states: OAuthStatesRepo,
    private readonly clock: Clock,
  ) {}

  /** Makes a fresh state and records its nonce. */
  async generateStateParam(installOptions: InstallURLOptions): Promise<string> {
    const issued = this.clock().getTime();
    const nonce = randomBytes(18).toString("base64url");
    const payload = Buffer.from(JSON.stringify({ n: nonce, t: issued, o: installOptions })).toString("base64url");
    this.states.remember(nonce, issued + STATE_TTL_MS, issued);
    return `${payload}.${this.sign(payload)}`;
  }

  /** Checks the signature and age, then uses the nonce up; throws InvalidStateError otherwise. */
  async verifyStateParam(_now: Date, state: string): Promise<InstallURLOptions> {
    const [payload, signature, extra] = state.split(".");
    if (!payload || !signature || extra !== undefined || !this.signedHere(payload, signature)) {
      throw new InvalidStateError("The state parameter was not made by this server.");
    }
    let parsed: z.infer<typeof StatePayload>;
    try {
      parsed = StatePayload.parse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    } catch {
      throw new InvalidStateError("The state parameter cannot be read.");
    }
    const now = this.clock().getTime();
    if (now - parsed.t > STATE_TTL_MS) throw new InvalidStateError("The state parameter has expired.");
    if (!this.states.consume(parsed.n, now)) throw new InvalidStateError("The state parameter was already used.");
    return parsed.o as InstallURLOptions;
  }

  private sign(payload: string): string {
    return createHmac("sha256", this.secret).update(`afterword-oauth-state:${payload}`).digest("base64url");
  }

  private signedHere(payload: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
