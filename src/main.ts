#!/usr/bin/env node
// The composition root and CLI: chat | serve | sweep | reminders | export | forget | doctor | backup | rekey.
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { ErrorCode, hasCode } from "./core/errors.js";
import type { CliValues } from "./cli/cli-values.js";

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

/** `afterword backup --to FILE [--force]`. */
async function runBackup(config: Config, values: CliValues): Promise<number> {
  if (!values.to) throw new ConfigError("backup needs --to FILE, e.g. --to backups/afterword-2026-11-20.db");
  const { backupDatabase } = await import("./cli/backup.js");
  const done = await backupDatabase(config.DATABASE_PATH, values.to, { force: values.force });
  console.log(`Backed up ${config.DATABASE_PATH} to ${done.to} (${done.pages} pages, ${done.bytes} bytes, integrity ok).`);
  return 0;
}

type Command = (config: Config, values: CliValues) => number | Promise<number>;

// Each command loads only its own code: doctor, backup or export starts in a fraction of a second
// instead of first loading the language tools that only the coach (chat, serve, sweep) needs.
const COMMANDS: Record<string, () => Promise<Command>> = {
  chat: async () => (await import("./cli/run-chat.js")).runChat,
  serve: async () => (await import("./cli/run-serve.js")).runServe,
  sweep: async () => (await import("./cli/run-sweep.js")).runSweep,
  reminders: async () => (await import("./cli/run-user-data.js")).runReminders,
  export: async () => (await import("./cli/run-user-data.js")).runExport,
  forget: async () => (await import("./cli/run-user-data.js")).runForget,
  doctor: async () => {
    const { runDoctor } = await import("./cli/doctor.js");
    return (config) => runDoctor(config);
  },
  rekey: async () => {
    const { runRekey } = await import("./cli/rekey.js");
    return (config) => runRekey(config);
  },
  backup: async () => runBackup,
};

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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  return (await load())(config, values);
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
