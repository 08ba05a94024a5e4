import type { Config } from "../config.js";
import { Store } from "../store/store.js";

async function reachable(url: string, init: RequestInit): Promise<{ ok: boolean; body?: any; error?: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
    const body = await res.json().catch(() => undefined);
    return { ok: res.ok, body };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/** `afterword doctor`: checks configuration, database and credentials, and says what to fix. */
export async function runDoctor(config: Config): Promise<number> {
  let problems = 0;
  const ok = (m: string) => console.log(`ok    ${m}`);
  const bad = (m: string) => {
    problems++;
    console.log(`FIX   ${m}`);
  };
  const info = (m: string) => console.log(`note  ${m}`);

  ok(`configuration parses (database ${config.DATABASE_PATH}, default time zone ${config.AFTERWORD_TZ})`);
  for (const n of config.notes) info(n);
  try {
    const store = Store.open(config.DATABASE_PATH);
    const check = store.db.pragma("integrity_check", { simple: true });
    const mode = store.db.pragma("journal_mode", { simple: true });
    if (check === "ok") ok(`database opens, migrations match, integrity ok, journal ${mode}`);
    else bad(`database integrity check says: ${check}. Restore from your latest backup.`);
    const counts = store.reminders.counts();
    info(`reminders: ${JSON.stringify(counts)}`);
    store.close();
  } catch (err) {
    bad(`database: ${(err as Error).message}`);
  }
  if (config.slack !== "off") {
    const base = config.SLACK_API_URL ?? "https://slack.com/api/";
    const r = await reachable(`${base}auth.test`, { method: "POST", headers: { authorization: `Bearer ${config.SLACK_BOT_TOKEN}` } });
    if (r.ok && r.body?.ok) ok(`Slack bot token works (team ${r.body.team ?? r.body.team_id})`);
    else if (r.error) info(`Slack could not be reached from here (${r.error}); the token was not checked.`);
    else bad(`Slack rejected SLACK_BOT_TOKEN (${r.body?.error ?? "unknown error"}). Reinstall the app and copy the Bot User OAuth Token.`);
  }
  if (config.teams === "authenticated") {
    info("Teams credentials are set; they are checked by Microsoft's login service when the first message arrives.");
  } else if (config.teams === "unauthenticated") {
    info("Teams runs without authentication (TEAMS_UNAUTHENTICATED=true): local emulator testing only, loopback host only.");
  }
  console.log(problems ? `\n${problems} thing(s) to fix.` : "\nAll good.");
  return problems ? 1 : 0;
}
