// The full journey over HTTP with the real Coach on a real SQLite file: debrief, confirm,
// the thank-you nudge delivered by `afterword sweep --now`, a letter edited in the modal,
// letters marked sent with the nudge's buttons, App Home published.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { Coach } from "../../../src/core/coach.js";
import { sweepCli } from "../../support/serve-child.js";
import { debriefToConfirm, lettersIn } from "../../support/slack/full-debrief.js";
import { SECRET, startHarness, type Harness } from "../../support/slack/harness.js";
import { uninstallEvent } from "../../support/slack/payloads.js";
import { SlackPerson, textOf } from "../../support/slack/slack-person.js";

let h: Harness;
let now = new Date("2026-11-17T15:00:00Z");
const ref = { platform: "slack" as const, tenant: "TACME", user: "USAM" };

beforeAll(async () => {
  h = await startHarness({ mode: "http", clock: () => new Date(now), makeCoach: (store, clock) => new Coach({ store, clock, defaultTz: "UTC" }) });
  h.fake.users.set("USAM", { tz: "Europe/Berlin", real_name: "Sam Rivera" });
});
afterAll(async () => h?.close());

describe("a job seeker in Slack over HTTP", () => {
  it("debriefs, gets the thank-you nudge from the sweep CLI, edits a long letter, marks letters sent and sees App Home", async () => {
    const sam = new SlackPerson(h.slack, h.fake, ref.tenant, ref.user, { settle: () => h.adapter.idle() });
    await debriefToConfirm(sam, h.fake);

    const user = h.store.users.find(ref)!;
    expect(user).toMatchObject({ address: "slack:TACME:DSAM", tz: "Europe/Berlin", displayName: "Sam Rivera" });
    const [interview] = h.store.interviews.list(user.id);
    const thanks = h.store.reminders.allFor(interview!.id).find((r) => r.kind === "thanks")!;
    expect(thanks).toBeDefined();

    // The nudges come from a separate `afterword sweep` process, through the Slack ChatPort: the
    // reflect three hours after the debrief, then the thank-you the next morning.
    const env = { DATABASE_PATH: h.dbPath, SLACK_BOT_TOKEN: h.fake.botToken, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: h.fake.url, LOG_LEVEL: "silent" };
    const reflect = h.store.reminders.allFor(interview!.id).find((r) => r.kind === "reflect")!;
    expect((await sweepCli(new Date(reflect.dueAt).toISOString(), env)).stdout).toMatch(/^1 sent, 0 skipped/);
    sam.skip();
    const run = await sweepCli(new Date(thanks.dueAt).toISOString(), env);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^1 sent, 0 skipped/);
    const nudge = sam.take().filter((p) => /thank-you notes/.test(p.args.text));
    expect(nudge).toHaveLength(1);
    expect(textOf(nudge)).toMatch(/thank-you notes/);
    const letters = lettersIn(nudge);
    expect(letters.map((l) => l.to).sort()).toEqual(["Dana Li", "Omar Haddad"]);
    expect(letters.find((l) => l.to === "Dana Li")!.mailto).toMatch(/^mailto:dana\.li@acme\.example\?subject=/);
    expect(h.store.reminders.byId(thanks.id)!.status).toBe("sent");
    now = new Date(thanks.dueAt + 60_000);

    // Edit Dana's letter in the modal: a long version (over 3,000 characters) comes back split into sections.
    const dana = letters.find((l) => l.to === "Dana Li")!;
    await sam.press("afterword.letter-edit", dana.letterId);
    const modal = h.fake.callsOf("views.open").at(-1)!.args.view;
    expect(modal).toMatchObject({ type: "modal", callback_id: "afterword.letter-edit" });
    const paragraph = "Thank you for walking me through the billing migration and how the team handles on-call. ";
    const longLetter = ["Dear Dana,", paragraph.repeat(30), paragraph.repeat(28), "Best regards,\nSam Rivera"];
    const saved = await sam.submitLetter(dana.letterId, [longLetter.slice(0, 2).join("\n\n"), longLetter.slice(2).join("\n\n")]);
    expect(textOf(saved)).toMatch(/Saved your version/);
    const bodySections = saved.replies.flatMap((p) => p.args.blocks).filter((b: any) => b.type === "section" && b.text?.type === "plain_text");
    expect(bodySections.length).toBeGreaterThanOrEqual(2);
    expect(bodySections.every((b: any) => b.text.text.length <= 3000)).toBe(true);
    expect(h.store.letters.get(user.id, Number(dana.letterId))!.body).toContain("Best regards,\nSam Rivera");
    // Reopening the editor holds the long letter in several inputs of at most 3,000 characters.
    await sam.press("afterword.letter-edit", dana.letterId);
    const reopened = h.fake.callsOf("views.open").at(-1)!.args.view;
    expect(reopened.blocks.filter((b: any) => b.type === "input").length).toBeGreaterThanOrEqual(2);

    // Mark both letters sent with the buttons on the messages.
    for (const l of letters) await sam.press(Actions.letterSent, l.letterId);
    expect(textOf(sam.posts().slice(-1))).toMatch(/All thank-you notes are out/);
    const stored = letters.map((l) => h.store.letters.get(user.id, Number(l.letterId))!.status);
    expect(stored).toEqual(["sent", "sent"]);

    const home = await sam.openHome();
    expect(home.type).toBe("home");
    expect(JSON.stringify(home.blocks)).toContain("Acme");
    expect(h.fake.rejected).toEqual([]);
  });

  it("uninstalling from the workspace deletes its interviews, letters and nudges; another workspace keeps its own", async () => {
    const other = new SlackPerson(h.slack, h.fake, "TOTHER", "UJO", { settle: () => h.adapter.idle() });
    const { view } = await other.command("Globex, Designer, with Ann Lee");
    await other.submitView(view);
    const count = (sql: string, ...args: unknown[]) => (h.store.db.prepare(sql).get(...args) as { n: number }).n;
    const forTeam = (table: string, team: string) =>
      count(`SELECT count(*) AS n FROM ${table} t JOIN users u ON u.id = t.user_ref WHERE u.platform = 'slack' AND u.tenant = ?`, team);
    expect(forTeam("interviews", "TACME")).toBeGreaterThan(0);
    expect(forTeam("reminders", "TACME")).toBeGreaterThan(0);

    expect((await h.slack.event(uninstallEvent("TACME"))).status).toBe(200);
    expect(h.store.users.find(ref)).toBeUndefined();
    expect(forTeam("interviews", "TACME")).toBe(0);
    expect(count("SELECT count(*) AS n FROM reminders r LEFT JOIN users u ON u.id = r.user_ref WHERE u.id IS NULL")).toBe(0);
    expect(count("SELECT count(*) AS n FROM letters l LEFT JOIN interviews i ON i.id = l.interview_id WHERE i.id IS NULL")).toBe(0);
    expect(h.store.users.find({ platform: "slack", tenant: "TOTHER", user: "UJO" })).toBeDefined();
    expect(forTeam("interviews", "TOTHER")).toBe(1);
  });
});
