import type { Config } from "../../src/config.js";
import { SendError, type Address, type ChatPort, type Outbound } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { decodeTeamsAddress, TeamsAddressError, toConversationReference } from "./address.js";
import { createCloudAdapter, type TeamsCloud } from "./create-cloud-adapter.js";
import { sendMessages } from "./send-messages.js";
import { toSendError, type RetryPolicy } from "./send-with-retry.js";

/** Sends nudges into a user's personal chat with `continueConversationAsync` and their stored reference. */
export class TeamsChatPort implements ChatPort {
  readonly platform = "teams" as const;

  constructor(
    private readonly cloud: TeamsCloud,
    private readonly logger: Logger,
    private readonly retry?: RetryPolicy,
  ) {}

  /** Delivers one message; throws SendError (`permanent` for 403/404, `credentials` for 401, `retry` for the rest). */
  async send(to: Address, msg: Outbound): Promise<{ id: string }> {
    let reference;
    try {
      reference = toConversationReference(decodeTeamsAddress(to));
    } catch (err) {
      if (err instanceof TeamsAddressError) throw new SendError(`cannot reach this user: ${err.message}`, "permanent");
      throw err;
    }
    // With onTurnError set, botbuilder resolves continueConversationAsync even when the send
    // inside failed, so the outcome is carried out of the callback by hand.
    let sentId: string | undefined;
    let failure: unknown;
    let ran = false;
    try {
      await this.cloud.adapter.continueConversationAsync(this.cloud.appId, reference, async (context) => {
        ran = true;
        try {
          sentId = (await sendMessages(context, [msg], this.retry)) ?? "";
        } catch (err) {
          failure = err;
        }
      });
    } catch (err) {
      failure ??= err;
    }
    if (failure !== undefined || !ran) {
      const error = failure !== undefined ? toSendError(failure) : new SendError("Teams never ran the send", "retry");
      this.logger.warn({ kind: error.kind, retryAfterMs: error.retryAfterMs, err: error.message }, "teams send failed");
      throw error;
    }
    return { id: sentId ?? "" };
  }
}

/** Builds the Teams ChatPort without the HTTP server, for `afterword sweep`; throws TeamsOffError when Teams is off. */
export function createTeamsChatPort(config: Config, logger: Logger, retry?: RetryPolicy): TeamsChatPort {
  return new TeamsChatPort(createCloudAdapter(config), logger, retry);
}
