// The Slack adapter's parts, each with one job, put together once for the listeners.
import type { CoachApi } from "../../src/core/coach-api.js";
import type { Clock } from "../../src/core/types.js";
import type { Logger } from "../../src/logger.js";
import { DmChannels } from "./dm-channels.js";
import { FormModals } from "./form-modals.js";
import { HomePublisher } from "./home-publisher.js";
import { LetterEditor } from "./letter-editor.js";
import { Profiles } from "./profiles.js";
import { ReplyQueue } from "./reply-queue.js";
import type { SlackClients } from "./slack-clients.js";
import { TurnRunner } from "./turn-runner.js";
import { Workspaces } from "./workspaces.js";

/** What the listeners work with. */
export interface SlackParts {
  clock: Clock;
  log: Logger;
  runner: TurnRunner;
  dms: DmChannels;
  replies: ReplyQueue;
  profiles: Profiles;
  home: HomePublisher;
  letters: LetterEditor;
  forms: FormModals;
  workspaces: Workspaces;
}

/** What the parts are built from. */
export interface SlackPartsDeps {
  coach: CoachApi;
  clients: SlackClients;
  logger: Logger;
  clock: Clock;
  /** Longest Retry-After a reply waits for before giving up on that message (default 30 s). */
  maxRateLimitWaitMs?: number;
  /** How long a click or command Slack will not redeliver keeps retrying while the database is locked (default 20 s). */
  storageRetryMs?: number;
}

/** Builds the parts around one engine and one set of Web API clients. */
export function createSlackParts(deps: SlackPartsDeps): SlackParts {
  const { coach, clients, logger: log } = deps;
  const dms = new DmChannels(coach, clients, log);
  const replies = new ReplyQueue(clients, dms, log, deps.maxRateLimitWaitMs);
  return {
    clock: deps.clock,
    log,
    runner: new TurnRunner(coach, deps.storageRetryMs),
    dms,
    replies,
    profiles: new Profiles(coach, clients, replies.queues, log),
    home: new HomePublisher(coach, clients),
    letters: new LetterEditor(coach, clients, replies),
    forms: new FormModals({ coach, clients, logger: log }),
    workspaces: new Workspaces(coach, clients, log),
  };
}
