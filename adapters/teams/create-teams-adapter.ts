import { INVOKE_RESPONSE_KEY, type TurnContext } from "./bot-framework.js";
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from "express";
import type { Logger } from "../../src/logger.js";
import { z } from "zod";
import type { AdapterHandle } from "../../src/core/adapter-contract.js";
import type { AdapterDeps } from "../adapter-deps.js";
import { keepRequestContext } from "./keep-request-context.js";
import { createCloudAdapter } from "./create-cloud-adapter.js";
import { createTeamsTurnHandler } from "./handle-teams-turn.js";
import { apologyMessage } from "./teams-messages.js";
import { sendMessages } from "./send-messages.js";
import { TeamsChatPort } from "./teams-chat-port.js";
import { channelGate } from "./channel-gate.js";
import { tenantGate } from "./tenant-gate.js";
import { assertTeamsHostAllowed } from "./teams-host-guard.js";
import { ErrorCode, hasCode } from "../../src/core/errors.js";

export { assertTeamsHostAllowed, isLoopbackHost, TeamsHostError } from "./teams-host-guard.js";
export { createTeamsChatPort, TeamsChatPort } from "./teams-chat-port.js";
export { TeamsOffError } from "./create-cloud-adapter.js";

/** The path Azure Bot Service posts activities to. */
export const TEAMS_MESSAGES_PATH = "/api/messages";

// The least a Bot Framework activity must carry for Afterword to answer it, and the fields it
// reads typed as Bot Framework types them; anything else is a 400 before any of it is stored or
// echoed (botbuilder itself would only fail later, serializing the reply).
const optionalText = z.string().max(100_000).nullish();
const ActivityShape = z.looseObject({
  type: z.string().min(1).max(100),
  id: z.string().min(1).max(512).optional(),
  serviceUrl: z.string().url(),
  channelId: z.string().min(1).max(100),
  conversation: z.looseObject({ id: z.string().min(1).max(1024), tenantId: optionalText, conversationType: optionalText }),
  from: z.looseObject({ id: z.string().min(1).max(1024), aadObjectId: z.string().min(1).max(256).nullish(), name: optionalText }),
  recipient: z.looseObject({ id: z.string().min(1).max(1024), name: optionalText }),
  text: optionalText,
  localTimezone: optionalText,
  channelData: z.looseObject({ tenant: z.looseObject({ id: optionalText }).nullish() }).nullish(),
  membersAdded: z.array(z.looseObject({ id: z.string() })).nullish(),
  entities: z.array(z.looseObject({ type: optionalText })).nullish(),
});


/**
 * botbuilder answers a failure with its error's message as the body: with Microsoft's login hosts
 * unreachable, a token it cannot check gets a 500 naming the host and the DNS error. A failure
 * before the turn ran (authentication) becomes a plain 503, one after a plain 500.
 */
function plainServerErrors(res: Response, turnStarted: () => boolean, logger: Logger): void {
  const send = res.send.bind(res);
  const json = (body: unknown) => {
    res.send = send;
    res.type("application/json");
    return send(JSON.stringify(body));
  };
  res.send = ((body: unknown) => {
    if (res.statusCode < 500) return send(body);
    if (turnStarted()) return json({ error: "internal" });
    logger.warn({ err: String(body).slice(0, 200) }, "teams: the request's token could not be checked (is Microsoft's login service reachable?); answered 503");
    res.statusCode = 503;
    return json({ error: "auth_unavailable", message: "The bot could not check this request's credentials right now." });
  }) as typeof res.send;
}

/**
 * Runs one activity through CloudAdapter. A turn the database could not take is answered 500 so
 * Bot Framework knows nothing was stored, after the user is told; it is caught here rather than
 * thrown through CloudAdapter, which would print it with console.error (a raw dump in the JSON log).
 */
function activityProcessor(cloud: ReturnType<typeof createCloudAdapter>, logic: (context: TurnContext) => Promise<void>, logger: Logger): RequestHandler {
  return async (req, res) => {
    let unsaved = false;
    let started = false;
    const guarded = async (context: TurnContext) => {
      started = true;
      try {
        await logic(context);
        // Afterword answers no invoke (it declares no message extension or Action.Execute card);
        // without a response botbuilder would answer 501, so say "received, nothing to do".
        if (context.activity.type === "invoke" && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
          await context.sendActivity({ type: "invokeResponse", value: { status: 200, body: {} } });
        }
      } catch (error) {
        if (!hasCode(error, ErrorCode.StorageUnavailable)) throw error;
        unsaved = true;
        logger.warn({ err: (error as Error).message, code: ErrorCode.StorageUnavailable, activityId: context.activity.id, type: context.activity.type }, "teams turn failed");
        if (context.activity.type === "message") await sendMessages(context, [apologyMessage()]).catch(() => undefined);
      }
    };
    const status = res.status.bind(res);
    res.status = ((code: number) => status(unsaved && code < 300 ? 500 : code)) as typeof res.status;
    plainServerErrors(res, () => started, logger);
    await cloud.adapter.process(req, res, guarded);
  };
}

/** Mounts Teams on the server: botbuilder's CloudAdapter on `POST /api/messages`, and the Teams ChatPort. */
export async function createTeamsAdapter(deps: AdapterDeps): Promise<AdapterHandle> {
  const { config, logger } = deps;
  assertTeamsHostAllowed(config);
  const cloud = createCloudAdapter(config);
  if (config.teams === "unauthenticated") {
    logger.warn({ host: config.HOST }, "Teams runs unauthenticated (TEAMS_UNAUTHENTICATED=true): for local emulator testing on loopback only");
  }
  if (config.MicrosoftAppTenantId) logger.info({ tenant: config.MicrosoftAppTenantId }, "Teams serves a single tenant");

  const logic = createTeamsTurnHandler({ coach: deps.coach, logger, clock: deps.clock });
  cloud.adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const code = (error as { code?: string }).code;
    logger.error({ err: error.message, code, activityId: context.activity.id, type: context.activity.type }, "teams turn failed");
    if (context.activity.type === "message") {
      await sendMessages(context, [apologyMessage()]).catch(() => undefined);
    }
  };

  let accepting = true;
  const gate: RequestHandler = (req, res, next) => {
    if (!accepting) return void res.status(503).json({ error: "shutting_down" });
    if (!ActivityShape.safeParse(req.body).success) {
      return void res.status(400).json({ error: "bad_activity", message: "The body is not a Bot Framework activity." });
    }
    next();
  };
  const processActivity = activityProcessor(cloud, logic, logger);
  const bodyErrors: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err: (err as Error)?.message }, "teams endpoint failed");
    if (!res.headersSent) res.status(status).json({ error: status === 413 ? "too_large" : status === 500 ? "internal" : "bad_request" });
  };
  deps.http.post(TEAMS_MESSAGES_PATH, express.json({ limit: "1mb" }), keepRequestContext, gate, channelGate(config, logger), tenantGate(config, logger), processActivity, bodyErrors);

  return {
    port: new TeamsChatPort(cloud, logger),
    async start() {
      logger.info({ path: TEAMS_MESSAGES_PATH, mode: config.teams }, "Teams endpoint ready");
    },
    async stop() {
      accepting = false;
    },
  };
}
