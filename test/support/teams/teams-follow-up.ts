import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { Coach } from "../../../src/core/coach.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { GroupWriter } from "../../../src/store/group-writer.js";
import { Store } from "../../../src/store/store.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { startTeamsServer, type TeamsServer } from "./teams-server.js";

/** The Teams side of a follow-up test: the real CloudAdapter against a fake connector, a real database, a settable clock. */
export interface TeamsFollowUp {
  store: Store;
  coach: Coach;
  connector: FakeConnector;
  server: TeamsServer;
  /** The injected clock's time; set it to move time. */
  now: Date;
  /** Moves the clock and runs one sweep through the Teams port, as the server's sweeper would. */
  sweepAt(iso: string): ReturnType<typeof sweep>;
}

/** Starts it for one test file (stopped after it); the returned object is filled in before the tests run. */
export function teamsFollowUp(start: string): TeamsFollowUp {
  const w = { now: new Date(start) } as TeamsFollowUp;
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "afterword-teams-"));
    w.store = Store.open(join(dir, "afterword.db"));
    w.connector = await startFakeConnector();
    w.coach = new Coach({ store: w.store, clock: () => new Date(w.now), defaultTz: "UTC" });
    w.server = await startTeamsServer({ coach: w.coach, clock: () => new Date(w.now) });
  }, 150_000);
  afterAll(async () => {
    await w.server?.close();
    await w.connector?.close();
    w.store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  w.sweepAt = (iso) => {
    w.now = new Date(iso);
    return sweep({ store: w.store, writer: new GroupWriter(w.store), coach: w.coach, ports: { teams: w.server.handle.port }, holder: "test" }, w.now);
  };
  return w;
}
