import { z } from "zod";
import { DateTime } from "luxon";
import { AfterwordError, ErrorCode } from "./core/errors.js";
import { readEncryptionKey } from "./store/encryption-key.js";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const timeZone = z
  .string()
  .refine((tz) => DateTime.now().setZone(tz).isValid, { message: "is not an IANA time zone such as Europe/London" });

const slackApiUrl = z
  .string()
  .url()
  .refine((u) => u.endsWith("/api/"), { message: "must be the Web API base URL ending in /api/, e.g. http://127.0.0.1:3999/api/" });

/** The environment Afterword reads, parsed once at start-up. */
export const ConfigSchema = z.object({
  DATABASE_PATH: z.string().min(1).default("data/afterword.db"),
  AFTERWORD_TZ: timeZone.default("UTC"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The letters' grammar check (harper.js): loading it costs about a second of CPU at start-up. */
  AFTERWORD_GRAMMAR: z.enum(["on", "off"]).default("on"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** How often the server's sweeper wakes; the sweeper lease lasts three intervals. */
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", { message: "must be a bot token starting with xoxb-" }).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", { message: "must be an app-level token starting with xapp-" }).optional(),
  SLACK_API_URL: slackApiUrl.optional(),
  /** OAuth distribution (many workspaces): all three, or none. */
  SLACK_CLIENT_ID: z.string().min(1).optional(),
  SLACK_CLIENT_SECRET: z.string().min(1).optional(),
  SLACK_STATE_SECRET: z.string().min(16, { message: "must be at least 16 characters (a long random string)" }).optional(),
  /** Where browsers reach this server, e.g. https://afterword.example.com (the OAuth redirect URL is built from it). */
  AFTERWORD_PUBLIC_URL: z.string().url().optional(),
  /** The AES-256 key installation tokens are encrypted with (OAuth mode), and the one before it (`afterword rekey`). */
  AFTERWORD_ENCRYPTION_KEY: z.string().optional(),
  AFTERWORD_ENCRYPTION_KEY_PREVIOUS: z.string().optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  /** Where Bot Framework's token signing keys are published (a sovereign cloud, or a test's loopback); Microsoft's by default. */
  TEAMS_OPENID_METADATA_URL: z.string().url().optional(),
  TEAMS_UNAUTHENTICATED: bool,
});

/** Parsed configuration, plus which adapters are on and why. */
export type Config = z.infer<typeof ConfigSchema> & {
  /** `oauth`: many workspaces over HTTP, each with its own installation; `http`/`socket`: one workspace's SLACK_BOT_TOKEN. */
  slack: "http" | "socket" | "oauth" | "off";
  /** In OAuth mode, what is wrong with AFTERWORD_ENCRYPTION_KEY (the server refuses to start; doctor says FIX). */
  encryptionKeyProblem?: string;
  teams: "authenticated" | "unauthenticated" | "off";
  /** Why each adapter is off, for the log and `afterword doctor`. */
  notes: string[];
};

/** A configuration problem, naming the variable to fix. */
export class ConfigError extends AfterwordError {
  constructor(message: string) {
    super(ErrorCode.Config, message);
    this.name = "ConfigError";
  }
}

/** Parses the environment; throws ConfigError with one line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Afterword's configuration has problems:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const notes: string[] = [];
  let slack: Config["slack"] = "off";
  let encryptionKeyProblem: string | undefined;
  if (c.SLACK_CLIENT_ID || c.SLACK_CLIENT_SECRET || c.SLACK_STATE_SECRET) {
    slack = "oauth";
    assertOAuthMix(c);
    const key = readEncryptionKey(c.AFTERWORD_ENCRYPTION_KEY, "AFTERWORD_ENCRYPTION_KEY");
    if ("problem" in key) encryptionKeyProblem = key.problem;
  } else if (c.SLACK_BOT_TOKEN && c.SLACK_APP_TOKEN) slack = "socket";
  else if (c.SLACK_BOT_TOKEN && c.SLACK_SIGNING_SECRET) slack = "http";
  else if (c.SLACK_BOT_TOKEN) notes.push("Slack is off: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP) nor SLACK_APP_TOKEN (Socket Mode) is.");
  else if (c.SLACK_SIGNING_SECRET || c.SLACK_APP_TOKEN) notes.push("Slack is off: SLACK_BOT_TOKEN is missing.");
  else notes.push("Slack is off: no SLACK_BOT_TOKEN.");

  let teams: Config["teams"] = "off";
  if (c.MicrosoftAppId) {
    if (!c.MicrosoftAppPassword && c.MicrosoftAppType !== "UserAssignedMSI") {
      throw new ConfigError("Afterword's configuration has problems:\n- MicrosoftAppPassword: required when MicrosoftAppId is set");
    }
    teams = "authenticated";
  } else if (c.TEAMS_UNAUTHENTICATED) {
    teams = "unauthenticated";
  } else {
    notes.push("Teams is off: no MicrosoftAppId (set TEAMS_UNAUTHENTICATED=true only for local emulator testing on loopback).");
  }
  return { ...c, slack, teams, notes, ...(encryptionKeyProblem ? { encryptionKeyProblem } : {}) };
}

/** OAuth mode takes all three OAuth variables, verifies requests with the signing secret, and no single-workspace token. */
function assertOAuthMix(c: z.infer<typeof ConfigSchema>): void {
  const lines: string[] = [];
  for (const name of ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"] as const) {
    if (!c[name]) lines.push(`- ${name}: required for OAuth distribution (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET go together)`);
  }
  if (!c.SLACK_SIGNING_SECRET) lines.push("- SLACK_SIGNING_SECRET: required in OAuth mode to verify the requests Slack sends to /slack/events");
  if (c.SLACK_BOT_TOKEN) lines.push("- SLACK_BOT_TOKEN: unset it in OAuth mode; each workspace's token comes from its installation (keep it only for one workspace without SLACK_CLIENT_ID)");
  if (c.SLACK_APP_TOKEN) lines.push("- SLACK_APP_TOKEN: unset it in OAuth mode; the install pages and Slack's requests share the HTTP port, so Socket Mode is not used");
  if (lines.length) throw new ConfigError(`Afterword's configuration has problems:\n${lines.join("\n")}`);
}
