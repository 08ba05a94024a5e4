// Runs the fake Slack Web API in its own process (so the load generator's process does not serve it too).
// Sends { port } to the parent over IPC once listening; on a "counts" message replies with calls by method.
import { startFakeSlackApi } from "./fake-slack-api.js";

const fake = await startFakeSlackApi();
process.send?.({ port: fake.port, apiUrl: fake.apiUrl, serviceUrl: fake.serviceUrl });
process.on("message", (msg: unknown) => {
  if (msg === "counts") process.send?.({ counts: Object.fromEntries(fake.counts) });
});
// Stop with the parent: when the IPC channel closes, or after a hard limit.
process.on("disconnect", () => void fake.close().then(() => process.exit(0)));
setTimeout(() => process.exit(0), 15 * 60_000).unref();
