import { randomUUID } from "node:crypto";
import { ConfigError, type Config } from "../config.js";
import { Coach } from "../core/coach.js";
import { loadGrammarChecker } from "../core/letters/index.js";
import { stripControls } from "../core/strip-controls.js";
import type { ChatPort, Platform } from "../core/types.js";
import { createLogger, type Logger } from "../logger.js";
import { sweep } from "../scheduler/sweep.js";
import { GroupWriter } from "../store/group-writer.js";
import { openSlackOAuthStores } from "../store/slack-oauth-stores.js";
import { Store } from "../store/store.js";
import type { CliValues } from "./cli-values.js";

/** The ports this process can deliver through without an HTTP server: the configured platforms' Web API clients. */
async function chatPorts(config: Config, store: Store, logger: Logger): Promise<Partial<Record<Platform, ChatPort>>> {
  const ports: Partial<Record<Platform, ChatPort>> = {};
  if (config.slack !== "off") {
    const { createSlackChatPort } = await import("../../adapters/slack/create-slack-adapter.js");
    const stores = config.slack === "oauth" ? openSlackOAuthStores(store.db, config.AFTERWORD_ENCRYPTION_KEY, config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS) : undefined;
    ports.slack = createSlackChatPort(config, stores, logger);
  }
  if (config.teams !== "off") {
    const { createTeamsChatPort } = await import("../../adapters/teams/create-teams-adapter.js");
    ports.teams = createTeamsChatPort(config, logger);
  }
  return ports;
}

/** `afterword sweep --now ISO [--dry-run]`: one sweep at that time, printed as a summary. */
export async function runSweep(config: Config, values: CliValues): Promise<number> {
  if (!values.now) throw new ConfigError("sweep needs --now with an ISO time, e.g. --now 2026-11-20T09:00:00Z");
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new ConfigError(`--now "${values.now}" is not an ISO date and time`);
  const logger = createLogger(config.LOG_LEVEL, 2);
  const store = Store.open(config.DATABASE_PATH);
  const grammar = config.AFTERWORD_GRAMMAR === "on" ? await loadGrammarChecker() : undefined;
  const coach = new Coach({ store, clock: () => now, defaultTz: config.AFTERWORD_TZ, ...(grammar ? { grammar } : {}) });
  const dryRun = Boolean(values["dry-run"]);
  const ports = dryRun ? {} : await chatPorts(config, store, logger);
  const holder = `cli-${process.pid}-${randomUUID().slice(0, 8)}`;
  const result = await sweep({ store, writer: new GroupWriter(store), coach, ports, holder, logger }, now, { dryRun });
  if (dryRun) {
    // Stored text printed to the operator's terminal: never a control sequence (older rows may hold one).
    for (const p of result.planned) console.log(stripControls(`would send ${p.kind} (reminder ${p.reminderId}) to ${p.to}: ${p.text}`));
    console.log(`${result.planned.length} would be sent, ${result.skipped} skipped, ${result.deferred} deferred (dry run: nothing changed)`);
  } else {
    const held = result.held ? `, ${result.held} held (the platform refused Afterword's credentials; see the log)` : "";
    const twice = result.duplicates ? `, ${result.duplicates} sent after another sweeper took them over (they may arrive twice)` : "";
    console.log(`${result.sent} sent, ${result.skipped} skipped, ${result.deferred} deferred, ${result.retried} to retry, ${result.dead} failed for good${held}${twice}`);
  }
  store.close();
  return 0;
}
