// The terminal coach in this process, through streams: the same adapter, engine, database and
// sweeper `afterword chat` wires up, without a process in between (the spawned one, with a crash
// mid-debrief, is test/system/console/terminal-coach.test.ts).
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { inProcessTerminals } from "../../support/in-process-terminal.js";
import { editTerminalLetter, terminalDebrief } from "../../support/terminal-debrief.js";

const terminal = inProcessTerminals("terminal");

/** Tuesday 17 Nov 2026, 15:00 in London, whatever day the test runs. */
function start(user: string) {
  const t = terminal(user, "Europe/London", "2026-11-17T15:00:00Z");
  return { t, dbPath: t.dbPath };
}

describe("the terminal coach, in-process", () => {
  it("debriefs, delivers each nudge on /advance at its own time, lists the letters and takes an edited one", async () => {
    const { t, dbPath } = start("sam");
    await t.expect(/type \/interview-done/);
    const plan = await terminalDebrief(t, "Acme, Staff Engineer, with Dana Li and Omar Haddad", { when: "today 11am", decision: "by Friday" });
    expect(plan).toMatch(/Look back and reflect: Tuesday 17 Nov, 18:00/);
    expect(plan).toMatch(/Send your thank-you notes: Wednesday 18 Nov, 09:00/);

    // The reflect nudge comes at 18:00, nothing before it; the thank-you nudge the next morning.
    const evening = await t.ask("/advance 3h", /It's now Tuesday 17 Nov, 18:0\d\./);
    expect(evening).toMatch(/a nudge from Afterword \(Tuesday 17 Nov, 18:00\)[\s\S]*What went well\?/);
    const morning = await t.ask("/advance 15h", /It's now Wednesday 18 Nov, 09:0\d\./);
    expect(morning).toMatch(/a nudge from Afterword \(Wednesday 18 Nov, 09:00\)/);
    expect(morning).toMatch(/To: Dana Li[\s\S]*To: Omar Haddad/);

    // /letters lists both, with their buttons.
    const letters = await t.ask("/letters", /Omar Haddad[\s\S]*?\n\n|Omar Haddad[^\n]*\n(?:\s*\[\d+\][^\n]*\n)+/);
    expect(letters).toMatch(/Dana Li/);

    // Editing a letter: pasted line by line, ended with a dot, saved and checked.
    const checked = await editTerminalLetter(t, t.output, "Dana Li", [
      "Dear Dana Lee,",
      "Thank you for meeting me on Tuesday about the Staff Engineer role at Acme. I recieved a clear picture of the team.",
      "Sam",
    ]);
    expect(checked).toMatch(/Saved your version/);
    expect(checked).toMatch(/Dana Lee/);
    expect(checked).toMatch(/recieved/);

    expect(await t.ask("/reminders", /Check in, once[^\n]*\n/)).toMatch(/Check in, once/);
    await t.ask("/quit", /Bye for now/);
    await t.end();

    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.prepare("SELECT name FROM interviewers ORDER BY position").all()).toEqual([{ name: "Dana Li" }, { name: "Omar Haddad" }]);
      expect((db.prepare("SELECT body FROM letters WHERE edited = 1").get() as { body: string }).body).toContain("Dear Dana Lee,");
      expect(db.prepare("SELECT kind, status FROM reminders WHERE kind IN ('reflect', 'thanks') ORDER BY due_at").all()).toEqual([
        { kind: "reflect", status: "sent" },
        { kind: "thanks", status: "sent" },
      ]);
    } finally {
      db.close();
    }
  });

  it("answers /help, and a new session on the same database picks an open debrief up where it stopped", async () => {
    const first = start("ann");
    await first.t.expect(/type \/interview-done/);
    expect(await first.t.ask("/help", /\/quit[^\n]*\n/)).toMatch(/\/advance 3h \| 1d \| 2w/);
    await first.t.ask("/interview-done Initech, Analyst, with Bill Lumbergh", /When was it/);
    await first.t.ask("today 10am", /How did it happen/);
    await first.t.ask("/quit", /Bye for now/);
    await first.t.end();
    const again = terminal("ann", "Europe/London", "2026-11-17T15:30:00Z");
    expect(await again.expect(/How did it happen/)).toMatch(/Welcome back/);
    await again.ask("/quit", /Bye for now/);
    await again.end();
  });
});
