#!/usr/bin/env node
// The composition root and CLI: chat | serve | sweep | reminders | export | forget | doctor | backup | rekey.
import { randomUUID } from "node:crypto";
import { dirname, join } from "node:path";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { ConsoleCoach } from "../adapters/console/console-coach.js";
import { DevClock } from "../adapters/console/dev-clock.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { Coach } from "./core/coach.js";
import { stripControls } from "./core/strip-controls.js";
import { loadGrammarChecker, startGrammarChecker } from "./core/letters/index.js";
import { safeZone } from "./core/plan/index.js";
import { parseUserRef, type ChatPort, type Platform } from "./core/types.js";
import { createLogger, type Logger } from "./logger.js";
import { sweep } from "./scheduler/sweep.js";
import { listReminders } from "./cli/list-reminders.js";
import { runDoctor } from "./cli/doctor.js";
import { runRekey } from "./cli/rekey.js";
import { backupDatabase } from "./cli/backup.js";
import { confirmOnTerminal } from "./cli/confirm.js";
import { Store } from "./store/store.js";
import { openSlackOAuthStores } from "./store/slack-oauth-stores.js";
import { ErrorCode, hasCode } from "./core/errors.js";
import { sweepOnce } from "./scheduler/sweep-once.js";
import { GroupWriter } from "./store/group-writer.js";

const USAGE = `Usage: afterword <command> [options]

  chat [--user NAME] [--tz ZONE] [--now ISO]   the terminal coach (default without Slack/Teams credentials);
                                       --now starts its development clock at that time
  serve                                the HTTP server (Slack, Teams, /healthz) and the cron sweeper
  sweep --now ISO [--dry-run]          one sweep at that time; --dry-run prints and changes nothing
  reminders [--user platform:tenant:user]   what is scheduled, in each user's local time
  export --user platform:tenant:user   print everything stored about a user as JSON
  forget --user platform:tenant:user [--yes]   delete everything stored about a user
  doctor                               check the configuration, database and credentials
  backup --to FILE [--force]           a consistent copy of the database (SQLite online backup), safe while serving
  rekey                                re-encrypt stored Slack tokens from AFTERWORD_ENCRYPTION_KEY_PREVIOUS to AFTERWORD_ENCRYPTION_KEY`;

async function chatPorts(config: Config, store: Store, logger: Logger): Promise<Partial<Record<Platform, ChatPort>>> {
  const ports: Partial<Record<Platform, ChatPort>> = {};
  if (config.slack !== "off") {
    const { createSlackChatPort } = await import("../adapters/slack/create-slack-adapter.js");
    const stores = config.slack === "oauth" ? openSlackOAuthStores(store.db, config.AFTERWORD_ENCRYPTION_KEY, config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS) : undefined;
    ports.slack = createSlackChatPort(config, stores, logger);
  }
  if (config.teams !== "off") {
    const { createTeamsChatPort } = await import("../adapters/teams/create-teams-adapter.js");
    ports.teams = createTeamsChatPort(config, logger);
  }
  return ports;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      user: { type: "string" },
      tz: { type: "string" },
      now: { type: "string" },
      "dry-run": { type: "boolean" },
      yes: { type: "boolean" },
      to: { type: "string" },
      force: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void console.log(USAGE), 0;
  const config = loadConfig();
  const command = positionals[0] ?? (config.slack !== "off" || config.teams !== "off" ? "serve" : "chat");

  switch (command) {
    case "chat": {
      // Log lines never reach the terminal the user reads.
      const logger = createLogger(config.LOG_LEVEL, join(dirname(config.DATABASE_PATH), "afterword.log"));
      const store = Store.open(config.DATABASE_PATH);
      const start = values.now ? new Date(values.now) : undefined;
      if (start && Number.isNaN(start.getTime())) throw new ConfigError(`--now "${values.now}" is not an ISO date and time`);
      const clock = new DevClock(start);
      const tz = safeZone(values.tz ?? process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone, config.AFTERWORD_TZ);
      const user = (values.user ?? userInfo().username ?? "me").replace(/[^\p{L}\p{N}._-]/gu, "").slice(0, 40) || "me";
      const grammar = config.AFTERWORD_GRAMMAR === "on" ? startGrammarChecker((err) => logger.warn({ err }, "grammar checker failed to load; letters are checked without it")) : undefined;
      const coach = new Coach({ store, clock: clock.now, defaultTz: tz, ...(grammar ? { grammar } : {}) });
      const writer = new GroupWriter(store);
      const sweeperFor = (port: ChatPort) => sweepOnce({ store, writer, coach, ports: { console: port }, holder: `console-${process.pid}` });
      const session = new ConsoleCoach({ coach, sweeperFor, clock, user, tz, input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY), ...(grammar ? { ready: grammar.ready } : {}) });
      logger.info({ user }, "terminal coach started");
      await session.run();
      store.close();
      return 0;
    }
    case "serve": {
      const logger = createLogger(config.LOG_LEVEL, 1);
      const { startServer } = await import("./server/serve.js");
      const server = await startServer(config, logger);
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        logger.info({ signal }, "shutting down: finishing the turn and the sweep in progress");
        await server.close();
        logger.info("stopped cleanly");
        process.exit(0);
      };
      process.on("SIGTERM", () => void shutdown("SIGTERM"));
      process.on("SIGINT", () => void shutdown("SIGINT"));
      return -1;
    }
    case "sweep": {
      if (!values.now) throw new ConfigError("sweep needs --now with an ISO time, e.g. --now 2026-11-20T09:00:00Z");
      const now = new Date(values.now);
      if (Number.isNaN(now.getTime())) throw new ConfigError(`--now "${values.now}" is not an ISO date and time`);
      const logger = createLogger(config.LOG_LEVEL, 2);
      const store = Store.open(config.DATABASE_PATH);
      const grammar = config.AFTERWORD_GRAMMAR === "on" ? await loadGrammarChecker() : undefined;
      const coach = new Coach({ store, clock: () => now, defaultTz: config.AFTERWORD_TZ, ...(grammar ? { grammar } : {}) });
      const ports = values["dry-run"] ? {} : await chatPorts(config, store, logger);
      const result = await sweep({ store, writer: new GroupWriter(store), coach, ports, holder: `cli-${process.pid}-${randomUUID().slice(0, 8)}`, logger }, now, {
        dryRun: values["dry-run"],
      });
      if (values["dry-run"]) {
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
    case "reminders": {
      const store = Store.open(config.DATABASE_PATH);
      for (const line of listReminders(store, values.user ? parseUserRef(values.user) : undefined, config.AFTERWORD_TZ)) console.log(stripControls(line));
      store.close();
      return 0;
    }
    case "export": {
      if (!values.user) throw new ConfigError("export needs --user platform:tenant:user");
      const store = Store.open(config.DATABASE_PATH);
      const coach = new Coach({ store, clock: () => new Date(), defaultTz: config.AFTERWORD_TZ });
      const data = coach.exportUser(parseUserRef(values.user));
      store.close();
      if (!data) return void console.error(`No data is stored for ${values.user}.`), 1;
      console.log(JSON.stringify(data, null, 2));
      return 0;
    }
    case "forget": {
      if (!values.user) throw new ConfigError("forget needs --user platform:tenant:user");
      const ref = parseUserRef(values.user);
      if (!values.yes && !(await confirmOnTerminal(`Delete everything stored about ${values.user}? Type yes to confirm: `))) {
        console.error("Nothing deleted.");
        return 1;
      }
      const store = Store.open(config.DATABASE_PATH);
      const coach = new Coach({ store, clock: () => new Date(), defaultTz: config.AFTERWORD_TZ });
      const gone = coach.forgetUser(ref);
      store.close();
      console.log(gone ? `Deleted everything stored about ${values.user}.` : `No data was stored for ${values.user}.`);
      return 0;
    }
    case "doctor":
      return runDoctor(config);
    case "rekey":
      return runRekey(config);
    case "backup": {
      if (!values.to) throw new ConfigError("backup needs --to FILE, e.g. --to backups/afterword-2026-11-20.db");
      const done = await backupDatabase(config.DATABASE_PATH, values.to, { force: values.force });
      console.log(`Backed up ${config.DATABASE_PATH} to ${done.to} (${done.pages} pages, ${done.bytes} bytes, integrity ok).`);
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err) => {
    if (err instanceof ConfigError || hasCode(err, ErrorCode.MigrationDrift) || hasCode(err, ErrorCode.EncryptionKey)) console.error(err.message);
    else console.error(`Afterword stopped: ${(err as Error).message}`);
    process.exitCode = 1;
  },
);
