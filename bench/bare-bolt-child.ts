// The baseline for figure 2: a bare Bolt app over HTTP whose handlers only acknowledge.
// Env: BENCH_SIGNING_SECRET, SLACK_API_URL, PORT. Listens on 127.0.0.1 and stops with its parent.
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";
import { BOT } from "./fake-slack-api.js";
import { SLACK_PATH } from "./slack-requests.js";

const receiver = new ExpressReceiver({
  signingSecret: process.env.BENCH_SIGNING_SECRET!,
  endpoints: SLACK_PATH,
  // Afterword answers after its listener has run (and committed); the baseline runs the same way.
  processBeforeResponse: true,
  logLevel: LogLevel.ERROR,
});
const app = new App({
  receiver,
  authorize: async () => ({ botToken: "xoxb-bench-token", botUserId: BOT.userId, botId: BOT.botId }),
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});
app.command("/interview-done", async ({ ack }) => {
  await ack();
});
app.event("message", async () => undefined);

const server = receiver.app.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ listening: true }));
process.on("disconnect", () => {
  server.close();
  process.exit(0);
});
setTimeout(() => process.exit(0), 15 * 60_000).unref();
