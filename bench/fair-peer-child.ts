// The fair peer of figure 2: the obvious Bolt app a developer would write for the same job. Each
// request's signature is checked (Bolt), its event stored with one durable insert (WAL,
// synchronous=FULL) before Slack gets its 200, and its answer sent through Bolt's own client: the
// command's form with views.open, a DM answer's reply with chat.postMessage (after the 200, as
// Afterword does, so the peer never waits on its reply either).
// Env: BENCH_SIGNING_SECRET, SLACK_API_URL, PORT, DATABASE_PATH. Listens on 127.0.0.1 and stops with its parent.
import Database from "better-sqlite3";
import { benchBoltApp } from "./bench-bolt-app.js";
import { benchFormView } from "./bench-form-view.js";

const db = new Database(process.env.DATABASE_PATH!);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.exec("CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, team TEXT, user TEXT, text TEXT, at INTEGER)");
const insert = db.prepare("INSERT OR IGNORE INTO events (id, team, user, text, at) VALUES (?, ?, ?, ?, ?)");

const { app, listen } = benchBoltApp(() => db.close());

app.command("/interview-done", async ({ command, ack, client }) => {
  insert.run(command.trigger_id, command.team_id, command.user_id, command.text, Date.now());
  await ack();
  await client.views.open({ trigger_id: command.trigger_id, view: benchFormView(command.text) });
});

app.message(async ({ message, body, client }) => {
  const m = message as { user?: string; text?: string; channel: string };
  insert.run((body as { event_id: string }).event_id, (body as { team_id: string }).team_id, m.user ?? "", m.text ?? "", Date.now());
  void client.chat.postMessage({ channel: m.channel, text: `Noted: ${m.text ?? ""}` }).catch((err) => console.error(err));
});

listen();
