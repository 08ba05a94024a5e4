// The floor under figure 2's CPU per request: bare Bolt that also answers each request the way
// Afterword must, with one Web API call through Afterword's own client (views.open for a command,
// chat.postMessage after the 200 for a DM answer), and nothing else: no storage, no engine, no
// logging. Whatever an app does to answer, it costs at least this.
// Env: BENCH_SIGNING_SECRET, SLACK_API_URL, PORT. Listens on 127.0.0.1 and stops with its parent.
import { createWebClient } from "../adapters/slack/web-client.js";
import { createLogger } from "../src/logger.js";
import { benchBoltApp } from "./bench-bolt-app.js";
import { benchFormView } from "./bench-form-view.js";

// Afterword's own client, built as the server builds it (keep-alive transport, retries, 429s thrown); nothing is logged.
const web = createWebClient({ SLACK_BOT_TOKEN: "xoxb-bench-token", SLACK_API_URL: process.env.SLACK_API_URL }, createLogger("error", "none"));
const { app, listen } = benchBoltApp();

app.command("/interview-done", async ({ command, ack }) => {
  await ack();
  await web.views.open({ trigger_id: command.trigger_id, view: benchFormView(command.text) });
});

app.message(async ({ message }) => {
  const m = message as { text?: string; channel: string };
  void web.chat.postMessage({ channel: m.channel, text: `Noted: ${m.text ?? ""}` }).catch((err) => console.error(err));
});

listen();
