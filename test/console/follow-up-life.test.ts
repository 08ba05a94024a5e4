// The follow-up as people live it, in the terminal coach as its own process on an injected clock:
// public holidays move the check-in, /advance plays the sweeper through the interval in order,
// and numbered choices are never silently remapped.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Session } from "../helpers/spawn-session.js";
import { terminalDebrief } from "./terminal-debrief.js";

const dir = mkdtempSync(join(tmpdir(), "afterword-console-life-"));
const sessions: Session[] = [];
function start(user: string, tz: string, nowIso: string): Session {
  const env = { DATABASE_PATH: join(dir, `${user}.db`), AFTERWORD_TZ: "UTC", SLACK_BOT_TOKEN: "", MicrosoftAppId: "" };
  const s = new Session(["chat", "--user", user, "--tz", tz, "--now", nowIso], env);
  sessions.push(s);
  return s;
}
afterAll(async () => {
  for (const s of sessions) await s.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe("the terminal coach follows up the way people live it", () => {
  it("moves the check-in past Good Friday and Easter Monday, and /advance delivers each nudge at its own time, in order", async () => {
    // Friday 20 March 2026, 12:00 in London: two weeks later is Good Friday.
    const s = start("ada", "Europe/London", "2026-03-20T12:00:00Z");
    await s.expect(/type \/interview-done/);
    const plan = await terminalDebrief(s, "Acme, Staff Engineer, with Dana Li", { when: "today 11am" });
    expect(plan).toMatch(/Check in, once: Tuesday 7 Apr, 09:00/);
    expect(plan).toMatch(/follow up on Tuesday 7 April[^\n]*after Good Friday and Easter Monday/);

    // One day forward from Friday noon: the reflect at 15:00 Friday, then the thank-you at 09:00 Saturday.
    const day = await s.ask("/advance 1d", /It's now Saturday 21 Mar, 12:0\d\./);
    const reflectAt = day.indexOf("a nudge from Afterword (Friday 20 Mar, 15:00)");
    const thanksAt = day.indexOf("a nudge from Afterword (Saturday 21 Mar, 09:00)");
    expect(reflectAt).toBeGreaterThan(-1);
    expect(thanksAt).toBeGreaterThan(reflectAt);
    // The letter promises the moved date.
    expect(day.slice(thanksAt)).toMatch(/Tuesday 7 April/);
    // The thank-you's choices continue the reflect's numbering: "1" still means the reflect's "Yes".
    const yes = /\[(\d+)\] Yes\n/.exec(day.slice(reflectAt, thanksAt))![1];
    const open = /\[(\d+)\] Open as email \(Dana Li\)/.exec(day.slice(thanksAt))![1];
    expect(Number(open)).toBeGreaterThan(Number(yes));
    await s.ask(yes!, /Good to know/);
    await s.ask("999", /There's no choice \[999\] on screen now/);

    // Two weeks on: the check-in waits for the Tuesday after Easter.
    // Summer time began on 29 March: noon UTC now reads 13:00 in London.
    const weeks = await s.ask("/advance 2w", /It's now Saturday 4 Apr, 13:0\d\./);
    expect(weeks).not.toMatch(/check-in/i);
    expect(await s.ask("/reminders", /Check in, once/)).toMatch(/Tuesday 7 Apr, 09:00/);
    const checkin = await s.ask("/advance 3d", /It's now Tuesday 7 Apr, 13:0\d\./);
    expect(checkin).toMatch(/a nudge from Afterword \(Tuesday 7 Apr, 09:00\)[\s\S]*one short check-in/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);

  it("plays the sweeper at each due time: /advance 1d from late evening still brings the next morning's nudge at 09:00", async () => {
    const s = start("bo", "Europe/London", "2026-12-15T12:00:00Z");
    await s.expect(/type \/interview-done/);
    // A decision by 23 December: two working days later in England skips Christmas, the weekend and Boxing Day's substitute.
    const plan = await terminalDebrief(s, "Globex, Designer, with Ann Lee", { when: "today 10am", decision: "by 23 December" });
    expect(plan).toMatch(/Check in, once: Tuesday 29 Dec, 09:00/);
    await s.ask("/advance 11h", /It's now Tuesday 15 Dec, 23:0\d\./);
    const morning = await s.ask("/advance 1d", /It's now Wednesday 16 Dec, 23:0\d\./);
    expect(morning).toMatch(/a nudge from Afterword \(Wednesday 16 Dec, 09:00\)[\s\S]*thank-you/);
    await s.ask("/quit", /Bye for now/);
  }, 60_000);
});
