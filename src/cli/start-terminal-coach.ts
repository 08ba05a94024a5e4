import type { Readable, Writable } from "node:stream";
import { ConsoleCoach } from "../../adapters/console/console-coach.js";
import type { DevClock } from "../../adapters/console/dev-clock.js";
import { Coach } from "../core/coach.js";
import type { StartingGrammarChecker } from "../core/letters/index.js";
import type { ChatPort } from "../core/types.js";
import { sweepOnce } from "../scheduler/sweep-once.js";
import { GroupWriter } from "../store/group-writer.js";
import type { Store } from "../store/store.js";

/** What a terminal coach runs on: its database, development clock, person, streams and (optionally) the grammar checker. */
export interface TerminalCoachOptions {
  store: Store;
  clock: DevClock;
  user: string;
  tz: string;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Who claims the nudges its sweeps deliver. */
  holder: string;
  grammar?: StartingGrammarChecker;
}

/** The terminal coach as `afterword chat` wires it: the engine on the store, and the sweeper behind /advance delivering to this terminal. */
export function startTerminalCoach(o: TerminalCoachOptions): ConsoleCoach {
  const { store, clock, tz, grammar } = o;
  const coach = new Coach({ store, clock: clock.now, defaultTz: tz, ...(grammar ? { grammar } : {}) });
  const writer = new GroupWriter(store);
  const sweeperFor = (port: ChatPort) => sweepOnce({ store, writer, coach, ports: { console: port }, holder: o.holder });
  return new ConsoleCoach({ coach, sweeperFor, clock, user: o.user, tz, input: o.input, output: o.output, interactive: o.interactive, ...(grammar ? { ready: grammar.ready } : {}) });
}
