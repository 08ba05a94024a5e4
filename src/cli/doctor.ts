import { existsSync, statfsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Config } from "../config.js";
import { SWEEPER_LEASE } from "../scheduler/start-sweeper.js";
import { LOW_DISK_BYTES } from "../server/health-route.js";
import { probeWrite } from "../server/storage-monitor.js";
import { classifyStorageError } from "../store/classify-storage-error.js";
import { Store } from "../store/store.js";
import { checkSlackOAuth } from "./doctor-slack-oauth.js";

async function reachable(url: string, init: RequestInit): Promise<{ ok: boolean; body?: any; error?: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    const body = await res.json().catch(() => undefined);
    return { ok: res.ok, body };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { ok: false, error: cause ? `${(err as Error).message}: ${cause}` : (err as Error).message };
  }
}

/** What doctor prints: `ok`, `note` (worth knowing) or `FIX` (something to do). */
export interface DoctorOutput {
  ok(message: string): void;
  note(message: string): void;
  fix(message: string): void;
}

function checkDatabase(config: Config, say: DoctorOutput): void {
  const path = config.DATABASE_PATH;
  const existed = path === ":memory:" || existsSync(path);
  let store: Store;
  try {
    store = Store.open(path);
  } catch (err) {
    const failure = classifyStorageError(err);
    say.fix(`database ${path}: ${(err as Error).message}${failure ? `. ${failure.hint}` : ""}`);
    return;
  }
  try {
    if (!existed) say.note(`there was no database at ${path}; an empty one was created. If you expected data there, check DATABASE_PATH and that the persistent disk is mounted.`);
    // The full check, every page and index: the server only runs it in the background after start.
    const check = store.db.pragma("integrity_check", { simple: true });
    const mode = store.db.pragma("journal_mode", { simple: true });
    if (check === "ok") say.ok(`database opens, migrations match, integrity ok, journal ${mode}`);
    else {
      say.fix(`database integrity check says: ${check}. Stop Afterword and restore from your latest backup (see "Restoring" in the README).`);
      return;
    }
    try {
      probeWrite(store.db);
      say.ok("database can be written");
    } catch (err) {
      const { code, condition, hint } = classifyStorageError(err) ?? { code: "unknown", condition: "unavailable", hint: "" };
      if (condition === "locked") say.note(`database is locked by another process right now (${code}). ${hint}`);
      else say.fix(`database cannot be written: ${condition} (${code}). ${hint}`);
    }
    say.note(`reminders: ${JSON.stringify(store.reminders.counts())}`);
    const last = store.leases.fact("last_sweep") as { at?: string; ok?: boolean; error?: string } | undefined;
    if (!last) say.note("no sweep has run against this database yet (`afterword serve` sweeps every minute).");
    else if (last.ok) say.note(`last sweep ${last.at}: ok`);
    else say.fix(`last sweep ${last.at} failed: ${last.error}. See the server's "sweep failed" log lines.`);
    for (const h of store.credentialHolds.list()) {
      say.fix(`${h.platform} ${h.tenant}: ${h.error} Its nudges are held since ${new Date(h.since).toISOString()} and go out on the first sweep after the credentials work.`);
    }
    const holder = store.leases.holder(SWEEPER_LEASE, Date.now());
    say.note(holder ? `the sweeper lease is held by ${holder}` : "no server holds the sweeper lease right now");
  } catch (err) {
    const failure = classifyStorageError(err);
    if (!failure) throw err;
    say.fix(`database ${path} cannot be read: ${failure.condition} (${failure.code}). ${failure.hint}`);
  } finally {
    store.close();
  }
  if (path === ":memory:") return;
  checkFileModes(path, say);
  try {
    const s = statfsSync(dirname(resolve(path)));
    const free = Number(s.bavail) * Number(s.bsize);
    const mb = Math.floor(free / (1024 * 1024));
    if (free < LOW_DISK_BYTES) say.fix(`only ${mb} MB free on the database's disk: free space or grow the volume before it fills.`);
    else say.ok(`${mb} MB free on the database's disk`);
  } catch {
    // statfs is not available everywhere; the health check reports the disk when it is.
  }
}

/** Everyone's debriefs sit in these files: other users on the machine must not read them. */
function checkFileModes(path: string, say: DoctorOutput): void {
  const open = [path, `${path}-wal`, `${path}-shm`].filter((f) => existsSync(f) && (statSync(f).mode & 0o077) !== 0);
  if (open.length) say.fix(`${open.join(", ")} can be read by other users of this machine: chmod 600 ${open.join(" ")} (and chmod 700 ${dirname(resolve(path))}).`);
  else say.ok("the database files are readable by the server's user only");
}

async function checkSlack(config: Config, say: DoctorOutput): Promise<void> {
  if (config.slack === "off") return;
  if (config.slack === "oauth") return checkSlackOAuth(config, say);
  const base = config.SLACK_API_URL ?? "https://slack.com/api/";
  const r = await reachable(`${base}auth.test`, { method: "POST", headers: { authorization: `Bearer ${config.SLACK_BOT_TOKEN}` } });
  if (r.ok && r.body?.ok) say.ok(`Slack bot token works (team ${r.body.team ?? r.body.team_id})`);
  else if (r.error) {
    say.note(`Slack could not be reached from here (${r.error}); the token was not checked.`);
    return;
  } else say.fix(`Slack rejected SLACK_BOT_TOKEN (${r.body?.error ?? "unknown error"}). Reinstall the app and copy the Bot User OAuth Token.`);
  if (config.slack === "socket") {
    const s = await reachable(`${base}apps.connections.open`, { method: "POST", headers: { authorization: `Bearer ${config.SLACK_APP_TOKEN}` } });
    if (s.ok && s.body?.ok) say.ok("Slack app-level token works (Socket Mode)");
    else if (s.error) say.note(`Slack could not be reached for the app-level token (${s.error}).`);
    else say.fix(`Slack rejected SLACK_APP_TOKEN (${s.body?.error ?? "unknown error"}). Generate an app-level token with connections:write.`);
  } else {
    say.note("SLACK_SIGNING_SECRET is set; it can only be checked against a request Slack signs (a 401 in the server's log means it is wrong).");
  }
}

/** `afterword doctor`: checks configuration, database and credentials, and says what to fix. Exits 1 when something needs fixing. */
export async function runDoctor(config: Config, print: (line: string) => void = console.log): Promise<number> {
  let problems = 0;
  const say: DoctorOutput = {
    ok: (m) => print(`ok    ${m}`),
    note: (m) => print(`note  ${m}`),
    fix: (m) => {
      problems++;
      print(`FIX   ${m}`);
    },
  };
  say.ok(`configuration parses (database ${config.DATABASE_PATH}, default time zone ${config.AFTERWORD_TZ}, Slack ${config.slack}, Teams ${config.teams})`);
  for (const n of config.notes) say.note(n);
  checkDatabase(config, say);
  await checkSlack(config, say);
  if (config.teams === "authenticated") {
    say.note("Teams credentials are set; Microsoft's login service checks them when the first message arrives or a nudge is sent (a 401 on /api/messages, or \"teams send failed\", means they are wrong).");
  } else if (config.teams === "unauthenticated") {
    say.note("Teams runs without authentication (TEAMS_UNAUTHENTICATED=true): local emulator testing only, loopback host only.");
  }
  print(problems ? `\n${problems} thing(s) to fix.` : "\nAll good.");
  return problems ? 1 : 0;
}
