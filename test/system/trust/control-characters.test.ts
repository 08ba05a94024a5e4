// Control characters and direction overrides typed into a debrief (a company, an interviewer's
// name) never reach the operator's terminal: they are stripped where a turn comes in, so the built
// CLI's `reminders` and `sweep --dry-run` print plain text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quickDebrief } from "../../support/quick-debrief.js";
import { MAIN, killAll, runNode } from "../../support/scheduler/child.js";
import { at, makeWorld } from "../../support/scheduler/world.js";
import { Driver } from "../../support/temp-store.js";

const LONDON = "Europe/London";
// An escape that clears the screen and colours what follows, a bell, a right-to-left override.
const HOSTILE_COMPANY = "\u001b[2J\u001b[31mEvilco\u001b[0m\u0007";
const HOSTILE_NAME = "Dana\u202e Li\r";
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
let w: ReturnType<typeof makeWorld>;

beforeAll(() => {
  w = makeWorld(at("2026-11-17T15:00", LONDON));
  const sam = new Driver(w.coach, { platform: "console", tenant: "local", user: "sam" }, w.clock, LONDON);
  quickDebrief(sam, { company: HOSTILE_COMPANY, names: [HOSTILE_NAME], when: "today 10am" });
});
afterAll(() => {
  killAll();
  w.cleanup();
});

const cli = (...args: string[]) => runNode(MAIN, args, { DATABASE_PATH: w.path }, 30_000);

describe("typed control characters", () => {
  it("are not stored", () => {
    const stored = JSON.stringify([w.store.db.prepare("SELECT company FROM interviews").all(), w.store.db.prepare("SELECT name FROM interviewers").all()]);
    expect(stored).toContain("Evilco");
    expect(stored).not.toMatch(CONTROL);
  });

  it("never reach the operator's terminal through `reminders` or `sweep --dry-run`", async () => {
    const reminders = await cli("reminders");
    expect(reminders).toContain("Evilco");
    const dryRun = await cli("sweep", "--now", at("2026-11-18T09:00", LONDON), "--dry-run");
    expect(dryRun).toMatch(/would send/);
    // Before: the escape sequences, the bell and the override were printed as typed.
    expect(reminders).not.toMatch(CONTROL);
    expect(dryRun).not.toMatch(CONTROL);
  });
});
