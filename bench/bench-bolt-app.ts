// The Bolt app both Bolt baselines start from: HTTP receiver on the bench's path, answering once the listener has run.
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";
import { BOT } from "./fake-slack-api.js";
import { SLACK_PATH } from "./slack-requests.js";

/** A Bolt app on its own express receiver (env BENCH_SIGNING_SECRET, SLACK_API_URL); `listen()` serves it on PORT and stops with the parent. */
export function benchBoltApp(onExit: () => void = () => undefined): { app: App; listen(): void } {
  const receiver = new ExpressReceiver({
    signingSecret: process.env.BENCH_SIGNING_SECRET!,
    endpoints: SLACK_PATH,
    // Afterword answers after its listener has run (and committed); the baselines run the same way.
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: "xoxb-bench-token", botUserId: BOT.userId, botId: BOT.botId }),
    clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
    logLevel: LogLevel.ERROR,
  });
  return {
    app,
    listen() {
      const server = receiver.app.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ listening: true }));
      process.on("disconnect", () => {
        server.close();
        onExit();
        process.exit(0);
      });
      setTimeout(() => process.exit(0), 15 * 60_000).unref();
    },
  };
}
