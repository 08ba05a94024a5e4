import { z } from "zod";
import { DateTime } from "luxon";
import { AfterwordError, ErrorCode } from "./core/errors.js";

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
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** How often the server's sweeper wakes; the sweeper lease lasts three intervals. */
  SWEEP_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", { message: "must be a bot token starting with xoxb-" }).optional(),
  SLACK_SIGNING_SECRET: z.string().min(1).optional(),
  SLACK_APP_TOKEN: z.string().startsWith("xapp-", { message: "must be an app-level token starting with xapp-" }).optional(),
  SLACK_API_URL: slackApiUrl.optional(),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppType: z.enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"]).optional(),
  MicrosoftAppTenantId: z.string().optional(),
  TEAMS_UNAUTHENTICATED: bool,
});

/** Parsed configuration, plus which adapters are on and why. */
export type Config = z.infer<typeof ConfigSchema> & {
  slack: "http" | "socket" | "off";
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
  if (c.SLACK_BOT_TOKEN && c.SLACK_APP_TOKEN) slack = "socket";
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
  return { ...c, slack, teams, notes };
}
