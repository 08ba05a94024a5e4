// The baseline of figure 7: a bare botbuilder CloudAdapter bot on express that answers each message
// with one plain reply to the (fake) Bot Connector, unauthenticated as Afterword runs in the bench.
// Env: PORT. Listens on 127.0.0.1 and stops with its parent.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from "botbuilder";
import express from "express";

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const app = express();
app.post("/api/messages", express.json({ limit: "1mb" }), (req, res) => {
  void adapter.process(req, res, async (context: TurnContext) => {
    if (context.activity.type === "message") await context.sendActivity("Noted.");
  });
});
const server = app.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ listening: true }));
process.on("disconnect", () => {
  server.close();
  process.exit(0);
});
setTimeout(() => process.exit(0), 15 * 60_000).unref();
