// The limit reference of figure 2: a bare Bolt app over HTTP whose handlers only acknowledge.
// Env: BENCH_SIGNING_SECRET, SLACK_API_URL, PORT. Listens on 127.0.0.1 and stops with its parent.
import { benchBoltApp } from "./bench-bolt-app.js";

const { app, listen } = benchBoltApp();
app.command("/interview-done", async ({ ack }) => {
  await ack();
});
app.event("message", async () => undefined);
listen();
