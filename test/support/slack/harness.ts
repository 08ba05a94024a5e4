// One running Afterword Slack app for a test file: fake Slack API on loopback, a real SQLite
// file in a temp dir, the real Bolt app on an express server (HTTP) or a local WebSocket.
import express from "express";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSlackAdapter, type SlackAdapterHandle } from "../../../adapters/slack/create-slack-adapter.js";
import { loadConfig, type Config } from "../../../src/config.js";
import type { CoachApi } from "../../../src/core/coach-api.js";
import type { Clock } from "../../../src/core/types.js";
import { createLogger } from "../../../src/logger.js";
import { Store } from "../../../src/store/store.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { SlackSender } from "./slack-requests.js";

/** The signing secret every test signs with. */
export const SECRET = "test-signing-secret";

/** Everything a test drives. */
export interface Harness {
  fake: FakeSlackApi;
  store: Store;
  coach: CoachApi;
  adapter: SlackAdapterHandle;
  config: Config;
  dir: string;
  dbPath: string;
  /** Signed HTTP sender (HTTP mode only). */
  slack: SlackSender;
  /** Base URL of the express server (HTTP mode only). */
  url: string;
  close(): Promise<void>;
}

/** Starts the whole Slack side of Afterword against the fake; `makeCoach` builds the engine. */
export async function startHarness(opts: {
  mode: "http" | "socket";
  makeCoach: (store: Store, clock: Clock) => CoachApi;
  clock?: Clock;
  env?: Record<string, string>;
}): Promise<Harness> {
  const fake = await new FakeSlackApi().start();
  const dir = mkdtempSync(join(tmpdir(), "afterword-slack-"));
  const dbPath = join(dir, "afterword.db");
  const store = Store.open(dbPath);
  const clock = opts.clock ?? (() => new Date());
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_API_URL: fake.url,
    DATABASE_PATH: dbPath,
    LOG_LEVEL: "silent",
    ...(opts.mode === "http" ? { SLACK_SIGNING_SECRET: SECRET } : { SLACK_APP_TOKEN: fake.appToken }),
    ...opts.env,
  });
  const logger = createLogger("silent", "none");
  const coach = opts.makeCoach(store, clock);
  const http = express();
  const adapter = await createSlackAdapter(
    { config, coach, logger, clock, http },
    // No retries, so a failing fake fails at once; the timeout far above a call's work, since the
    // fake answers from this same process and a busy machine can hold it for seconds.
    { retryConfig: { retries: 0 }, timeoutMs: 30_000, socket: { autoReconnect: false }, maxRateLimitWaitMs: 3000 },
  );
  const server: Server = await new Promise((resolve) => {
    const s = http.listen(0, "127.0.0.1", () => resolve(s));
  });
  // Never the one to close an idle connection: Node's 5 s default races a test's fetch reusing it on a busy machine.
  server.keepAliveTimeout = 120_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await adapter.start();
  return {
    fake,
    store,
    coach,
    adapter,
    config,
    dir,
    dbPath,
    url,
    slack: new SlackSender(`${url}/slack/events`, SECRET),
    async close() {
      await adapter.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
