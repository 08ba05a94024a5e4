import express, { type ErrorRequestHandler, type Express } from "express";
import type { Server } from "node:http";
import { randomUUID } from "node:crypto";
import { assertTeamsHostAllowed, isLoopbackHost } from "../../adapters/teams/teams-host-guard.js";
import type { Config } from "../config.js";
import { Coach } from "../core/coach.js";
import { warmUp } from "../core/warm-up.js";
import type { ChatPort, Clock, Platform } from "../core/types.js";
import type { Logger } from "../logger.js";
import { startConfiguredGrammar } from "../start-configured-grammar.js";
import { startSweeper, type RunningSweeper } from "../scheduler/start-sweeper.js";
import type { Store } from "../store/store.js";
import type { AdapterHandle } from "../core/adapter-contract.js";
import type { AdapterDeps } from "../../adapters/adapter-deps.js";
import { startIntegrityCheck, type IntegrityCheck } from "./check-integrity.js";
import { healthRoute } from "./health-route.js";
import { openServerStore } from "./open-server-store.js";
import { installProcessGuards } from "./process-guards.js";
import { listen, type ListenError } from "./listen.js";
import { requestIds } from "./request-id.js";
import { StorageMonitor } from "./storage-monitor.js";
import { GroupWriter } from "../store/group-writer.js";
import { openSlackOAuthStores } from "../store/slack-oauth-stores.js";
import { ConfigError } from "../config.js";

/** A running `afterword serve`. */
export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  /** What the server knows about the database's health (also on /healthz). */
  storage: StorageMonitor;
  sweeper: RunningSweeper;
  /** Finishes the turn and sweep in progress, then closes everything. */
  close(): Promise<void>;
}

/** Starts the HTTP server (Slack, Teams, health check) and the cron sweeper in one process. */
export async function startServer(config: Config, logger: Logger, clock: Clock = () => new Date()): Promise<RunningServer> {
  refuseUnsafeStart(config, logger);
  for (const note of config.notes) logger.info(note);
  const storage = new StorageMonitor(logger.child({ component: "storage" }));
  const store = openServerStore(config.DATABASE_PATH, storage, logger);
  // Turns arriving together share one commit (one disk flush), as the sweeper's writes do.
  const writer = new GroupWriter(store);
  // Loaded once here, in the background: compiling the grammar checker's WebAssembly never falls inside a turn or a sweep.
  const grammar = startConfiguredGrammar(config, logger);
  const coach = new Coach({ store, clock, defaultTz: config.AFTERWORD_TZ, groupWrite: (fn) => writer.write(fn), ...(grammar ? { grammar } : {}) });
  const http = express();
  http.disable("x-powered-by");
  // First, so every line about a request (adapters, SDKs, the health check) carries its id.
  http.use(requestIds(logger));
  const adapters = await createAdapters({ config, coach, logger, clock, http }, store, logger);
  let integrity: IntegrityCheck | undefined;
  const adapterModes = { slack: config.slack, teams: config.teams };
  http.get("/healthz", healthRoute(store, storage, { adapters: adapterModes, databasePath: config.DATABASE_PATH, integrity: () => integrity?.state() ?? "checking" }));
  finishRoutes(http, logger);

  const server = await listenOrStop(http, config, adapters, store, logger);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  for (const a of Object.values(adapters)) await a.start();

  const ports: Partial<Record<Platform, ChatPort>> = {};
  for (const [platform, a] of Object.entries(adapters)) ports[platform as Platform] = a.port;
  const holder = `serve-${process.pid}-${randomUUID().slice(0, 8)}`;
  const removeGuards = installProcessGuards(logger, storage);
  const sweeper = startSweeper({ store, writer, coach, ports, holder, logger }, clock, logger, { intervalSeconds: config.SWEEP_INTERVAL_SECONDS });
  logger.info({ port, host: config.HOST, slack: config.slack, teams: config.teams }, "Afterword is listening");
  // After listening, in a worker thread: a large database never delays readiness.
  integrity = startIntegrityCheck(config.DATABASE_PATH, storage, logger.child({ component: "storage" }));
  // The language data is built now rather than inside the first user's turn.
  void warmUp().catch((err: unknown) => logger.warn({ err }, "could not build the language data at start-up; the first turn that needs it will"));

  return {
    url: `http://${isLoopbackHost(config.HOST) || config.HOST === "0.0.0.0" ? "127.0.0.1" : config.HOST}:${port}`,
    port,
    store,
    storage,
    sweeper,
    async close() {
      // Stop taking requests, let in-flight turns finish (they are synchronous), then the sweep.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await sweeper.stop();
      for (const a of Object.values(adapters)) await a.stop();
      await integrity?.stop();
      store.close();
      removeGuards();
    },
  };
}

/** Refuses a start that could not be safe: unauthenticated Teams beyond loopback, OAuth without a usable key. */
function refuseUnsafeStart(config: Config, logger: Logger): void {
  // Before the database is opened or anything listens; the Teams adapter checks the same rule.
  try {
    assertTeamsHostAllowed(config);
  } catch (err) {
    logger.error({ host: config.HOST }, "TEAMS_UNAUTHENTICATED=true is for local emulator testing only; refusing to bind to a non-loopback host");
    throw err;
  }
  if (config.slack === "oauth" && config.encryptionKeyProblem) {
    logger.fatal({ variable: "AFTERWORD_ENCRYPTION_KEY" }, "Slack OAuth mode needs a valid encryption key for the installation tokens; refusing to start");
    throw new ConfigError(`Afterword's configuration has problems:\n- ${config.encryptionKeyProblem}`);
  }
}

/** The chat adapters the configuration turns on, each mounted on the server's express app. */
async function createAdapters(base: Omit<AdapterDeps, "slackOAuth">, store: Store, logger: Logger): Promise<Partial<Record<Platform, AdapterHandle>>> {
  const { config } = base;
  let slackOAuth;
  try {
    slackOAuth = config.slack === "oauth" ? openSlackOAuthStores(store.db, config.AFTERWORD_ENCRYPTION_KEY, config.AFTERWORD_ENCRYPTION_KEY_PREVIOUS) : undefined;
  } catch (err) {
    store.close();
    logger.fatal({ err }, "the Slack installations cannot be read with AFTERWORD_ENCRYPTION_KEY; refusing to start");
    throw err;
  }
  const deps: AdapterDeps = { ...base, ...(slackOAuth ? { slackOAuth } : {}) };
  const adapters: Partial<Record<Platform, AdapterHandle>> = {};
  if (config.slack !== "off") {
    const { createSlackAdapter } = await import("../../adapters/slack/create-slack-adapter.js");
    adapters.slack = await createSlackAdapter(deps);
  }
  if (config.teams !== "off") {
    const { createTeamsAdapter } = await import("../../adapters/teams/create-teams-adapter.js");
    adapters.teams = await createTeamsAdapter(deps);
  }
  return adapters;
}

/** The last routes: 404 for anything unknown, and a 4xx (never a 500) for a body a route could not take. */
function finishRoutes(http: Express, logger: Logger): void {
  http.use((_req, res) => void res.status(404).json({ error: "not_found" }));
  // A body that is not what a route expects is the client's problem, never a 500.
  http.use(((err, _req, res, _next) => {
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, "request failed unexpectedly");
    if (!res.headersSent) res.status(status).json({ error: status === 500 ? "internal" : "bad_request" });
  }) as ErrorRequestHandler);
}

/** Listens, or says why it cannot and stops everything started so far, rather than sweep and report health from a server no one can reach. */
async function listenOrStop(http: Express, config: Config, adapters: Partial<Record<Platform, AdapterHandle>>, store: Store, logger: Logger): Promise<Server> {
  try {
    return await listen(http, config.PORT, config.HOST);
  } catch (err) {
    const code = (err as Partial<ListenError>).cause?.code;
    logger.fatal({ port: config.PORT, host: config.HOST, code, reason: (err as Error).message }, "cannot listen; stopping");
    for (const a of Object.values(adapters)) await a.stop().catch(() => undefined);
    store.close();
    throw err;
  }
}
