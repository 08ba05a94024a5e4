import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import type { UserRef } from "../../../src/core/types.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { runCli } from "../../support/serve-child.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, tempCoach, textOf } from "../../support/temp-store.js";
import { GroupWriter } from "../../../src/store/group-writer.js";

// One user id, four places: two Slack workspaces and two Teams tenants.
const SAME = "U_SAME_ID";
const places: { ref: UserRef; company: string; person: string }[] = [
  { ref: { platform: "slack", tenant: "T_ALPHA", user: SAME }, company: "AlphaCo", person: "Ada Alpha" },
  { ref: { platform: "slack", tenant: "T_BETA", user: SAME }, company: "BetaWorks", person: "Ben Beta" },
  { ref: { platform: "teams", tenant: "tenant-gamma", user: SAME }, company: "GammaSoft", person: "Gia Gamma" },
  { ref: { platform: "teams", tenant: "tenant-delta", user: SAME }, company: "DeltaLabs", person: "Dev Delta" },
];

const t = tempCoach("2026-11-17T15:00:00Z");
const drivers = places.map((p) => new Driver(t.coach, p.ref, t.clock));
const others = (i: number) => places.filter((_, j) => j !== i);

beforeAll(async () => {
  places.forEach((p, i) => quickDebrief(drivers[i]!, { company: p.company, names: [p.person] }));
  t.clock.set("2026-11-18T09:30:00Z");
  const port = (platform: "slack" | "teams") => ({ platform, send: async () => ({ id: "m" }) });
  await sweep({ store: t.store, writer: new GroupWriter(t.store), coach: t.coach, ports: { slack: port("slack"), teams: port("teams") }, holder: "t" }, t.clock.now());
});
afterAll(() => t.cleanup());

function userRow(i: number) {
  return t.store.users.find(places[i]!.ref)!;
}

describe("isolation across workspaces and tenants", () => {
  it("keeps four separate user rows for one user id", () => {
    expect(new Set(places.map((_, i) => userRow(i).id)).size).toBe(4);
  });

  it("table by table, every row belongs to exactly its own user", () => {
    const db = t.store.db;
    places.forEach((p, i) => {
      const id = userRow(i).id;
      const interviews = db.prepare("SELECT company FROM interviews WHERE user_ref = ?").all(id) as { company: string }[];
      expect(interviews.map((r) => r.company)).toEqual([p.company]);
      const people = db.prepare("SELECT p.name FROM interviewers p JOIN interviews i ON i.id = p.interview_id WHERE i.user_ref = ?").all(id);
      expect(people).toEqual([{ name: p.person }]);
      const letters = db.prepare("SELECT l.body FROM letters l JOIN interviews i ON i.id = l.interview_id WHERE i.user_ref = ?").all(id) as { body: string }[];
      expect(letters.length).toBeGreaterThan(0);
      for (const l of letters) for (const o of others(i)) expect(l.body).not.toContain(o.company);
      const reminders = db.prepare("SELECT r.user_ref, i.user_ref AS owner FROM reminders r JOIN interviews i ON i.id = r.interview_id WHERE r.user_ref = ?").all(id) as { user_ref: number; owner: number }[];
      expect(reminders.length).toBeGreaterThan(0);
      for (const r of reminders) expect(r.owner).toBe(id);
      const deliveries = db.prepare("SELECT DISTINCT platform, tenant FROM deliveries WHERE user_ref = ?").all(id);
      expect(deliveries).toEqual([{ platform: p.ref.platform, tenant: p.ref.tenant }]);
    });
  });

  it("command by command, nobody sees another's data", () => {
    drivers.forEach((d, i) => {
      const views = [textOf([t.coach.home(d.from)]), JSON.stringify(t.coach.exportUser(d.from)), textOf(d.say("settings"))];
      for (const view of views) {
        expect(view).toContain(places[i]!.company);
        for (const o of others(i)) expect(view).not.toContain(o.company);
      }
    });
  });

  it("buttons that name another user's interview, letter or reminder find nothing and change nothing", () => {
    const victim = userRow(0).id;
    const interview = t.store.interviews.list(victim)[0]!.id;
    const letter = t.store.letters.forInterview(interview)[0]!.id;
    const reminder = t.store.reminders.allFor(interview)[0]!.id;
    const before = JSON.stringify([t.store.interviews.load(victim, interview), t.store.letters.forInterview(interview), t.store.reminders.allFor(interview)]);
    const attacker = drivers[1]!;
    const attempts = [
      attacker.press(Actions.stopNudges, String(interview)),
      attacker.press(Actions.heardBack, `${interview}:rejected`),
      attacker.press(Actions.interest, `${interview}:no`),
      attacker.press(Actions.draftNotes, String(interview)),
      attacker.press(Actions.letterSent, String(letter)),
      attacker.press(Actions.letterSave, String(letter), "hijacked text"),
      attacker.press(Actions.letterAnother, String(letter)),
      attacker.press(Actions.snooze, String(reminder)),
      attacker.press(Actions.nudgeDone, String(reminder)),
    ];
    for (const out of attempts) {
      expect(textOf(out)).toMatch(/can't find that one/);
      expect(textOf(out)).not.toContain("AlphaCo");
    }
    const after = JSON.stringify([t.store.interviews.load(victim, interview), t.store.letters.forInterview(interview), t.store.reminders.allFor(interview)]);
    expect(after).toBe(before);
  });

  it("the CLI's export and reminders are scoped to the user named", async () => {
    const env = { DATABASE_PATH: t.path, SLACK_BOT_TOKEN: "", MicrosoftAppId: "" };
    // Read-only commands on one database: all eight run at once.
    const views = await Promise.all(
      places.map(async (p) => {
        const ref = `${p.ref.platform}:${p.ref.tenant}:${p.ref.user}`;
        return Promise.all([runCli(["export", "--user", ref], env), runCli(["reminders", "--user", ref], env)]);
      }),
    );
    views.forEach((runs, i) => {
      for (const run of runs) {
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain(places[i]!.company);
        for (const o of others(i)) expect(run.stdout).not.toContain(o.company);
      }
    });
  });

  it("deleting one workspace leaves the other workspace and both tenants whole", () => {
    expect(t.coach.forgetTenant("slack", "T_ALPHA")).toBe(1);
    expect(t.store.users.find(places[0]!.ref)).toBeUndefined();
    for (let i = 1; i < 4; i++) expect(t.store.interviews.list(userRow(i).id).length).toBe(1);
  });
});
