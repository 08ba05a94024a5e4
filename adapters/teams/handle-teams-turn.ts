import type { TurnContext } from "./bot-framework.js";
import type { CoachApi } from "../../src/core/coach-api.js";
import type { Clock } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { readActivity } from "./activity-to-inbound.js";
import type { RetryPolicy } from "./send-with-retry.js";
import { sendMessages } from "./send-messages.js";
import { helpMessage, notPersonalMessage, unknownCommandMessage, welcomeMessage } from "./teams-messages.js";

/** What a Teams turn needs. */
export interface TeamsTurnDeps {
  coach: CoachApi;
  logger: Logger;
  clock: Clock;
  retry?: RetryPolicy;
}

/** Builds the bot logic CloudAdapter runs for each inbound activity. */
export function createTeamsTurnHandler(deps: TeamsTurnDeps): (context: TurnContext) => Promise<void> {
  const { coach, logger } = deps;
  return async (context) => {
    const intent = readActivity(context.activity, deps.clock());
    const activityId = context.activity.id;
    switch (intent.kind) {
      case "inbound": {
        // Committed with the turns arriving at the same moment (one disk flush), before the replies go out.
        const replies = coach.handleDurably ? await coach.handleDurably(intent.event) : coach.handle(intent.event);
        logger.debug({ activityId, kind: intent.event.kind, replies: replies.length }, "teams turn");
        await sendMessages(context, replies, deps.retry);
        return;
      }
      case "welcome": {
        // Teams announces one install more than once (installationUpdate and conversationUpdate, redeliveries).
        if (!coach.welcomeOnce(intent.from, { address: intent.address, ...(intent.name ? { displayName: intent.name } : {}) })) {
          logger.debug({ activityId, type: context.activity.type }, "teams: install already welcomed");
          return;
        }
        logger.info({ tenant: intent.from.tenant }, "teams: bot added to a personal chat");
        await sendMessages(context, [welcomeMessage(intent.name)], deps.retry);
        return;
      }
      case "help":
        await sendMessages(context, [helpMessage()], deps.retry);
        return;
      case "unknown-command":
        await sendMessages(context, [unknownCommandMessage(intent.command)], deps.retry);
        return;
      case "uninstall": {
        const removed = coach.forgetUser(intent.from);
        logger.info({ tenant: intent.from.tenant, removed }, "teams: app removed by a user, their data deleted");
        return;
      }
      case "not-personal":
        await sendMessages(context, [notPersonalMessage()], deps.retry);
        return;
      case "ignore":
        logger.debug({ activityId, why: intent.why }, "teams activity ignored");
        return;
    }
  };
}
