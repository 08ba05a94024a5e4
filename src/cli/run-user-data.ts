import { ConfigError, type Config } from "../config.js";
import { Coach } from "../core/coach.js";
import { stripControls } from "../core/strip-controls.js";
import { parseUserRef } from "../core/types.js";
import { Store } from "../store/store.js";
import type { CliValues } from "./cli-values.js";
import { confirmOnTerminal } from "./confirm.js";
import { listReminders } from "./list-reminders.js";

/** Runs `fn` with a coach on the database, closing it after. */
function withCoach<T>(config: Config, fn: (coach: Coach, store: Store) => T): T {
  const store = Store.open(config.DATABASE_PATH);
  try {
    return fn(new Coach({ store, clock: () => new Date(), defaultTz: config.AFTERWORD_TZ }), store);
  } finally {
    store.close();
  }
}

/** `afterword reminders [--user …]`: what is scheduled, in each user's local time. */
export function runReminders(config: Config, values: CliValues): number {
  const lines = withCoach(config, (_coach, store) => listReminders(store, values.user ? parseUserRef(values.user) : undefined, config.AFTERWORD_TZ));
  for (const line of lines) console.log(stripControls(line));
  return 0;
}

/** `afterword export --user …`: everything stored about a user, as JSON. */
export function runExport(config: Config, values: CliValues): number {
  if (!values.user) throw new ConfigError("export needs --user platform:tenant:user");
  const ref = parseUserRef(values.user);
  const data = withCoach(config, (coach) => coach.exportUser(ref));
  if (!data) return void console.error(`No data is stored for ${values.user}.`), 1;
  console.log(JSON.stringify(data, null, 2));
  return 0;
}

/** `afterword forget --user … [--yes]`: deletes everything stored about a user, after confirmation. */
export async function runForget(config: Config, values: CliValues): Promise<number> {
  if (!values.user) throw new ConfigError("forget needs --user platform:tenant:user");
  const ref = parseUserRef(values.user);
  if (!values.yes && !(await confirmOnTerminal(`Delete everything stored about ${values.user}? Type yes to confirm: `))) {
    console.error("Nothing deleted.");
    return 1;
  }
  const gone = withCoach(config, (coach) => coach.forgetUser(ref));
  console.log(gone ? `Deleted everything stored about ${values.user}.` : `No data was stored for ${values.user}.`);
  return 0;
}
