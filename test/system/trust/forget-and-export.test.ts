import { afterEach, describe, expect, it } from "vitest";
import { Actions } from "../../../src/core/actions.js";
import { sweep } from "../../../src/scheduler/sweep.js";
import { runCli } from "../../support/serve-child.js";
import { dumpTables } from "../../support/table-dump.js";
import { quickDebrief } from "../../support/quick-debrief.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../../support/temp-store.js";
import { GroupWriter } from "../../../src/store/group-writer.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function world() {
  const t = tempCoach("2026-11-17T15:00:00Z");
  cleanups.push(t.cleanup);
  const gone = new Driver(t.coach, { platform: "slack", tenant: "T0FORGET", user: "U0FORGETME" }, t.clock);
  const stays = new Driver(t.coach, { platform: "slack", tenant: "T0FORGET", user: "U0STAYS" }, t.clock);
  quickDebrief(gone, { company: "Zanzibar Widgets", names: ["Quillon Vark"], teamNeeds: "secret-need-of-forgotten-user" });
  quickDebrief(stays, { company: "Keepsake Ltd", names: ["Mira Stay"] });
  return { ...t, gone, stays };
}

/** Brings a user's data through the whole plan so every table holds rows about them. */
async function fillEverything(t: ReturnType<typeof world>) {
  const port = { platform: "slack" as const, send: async () => ({ id: "m" }) };
  t.clock.set("2026-11-18T09:30:00Z");
  await sweep({ store: t.store, writer: new GroupWriter(t.store), coach: t.coach, ports: { slack: port }, holder: "t" }, t.clock.now());
  t.gone.press(Actions.home);
}

describe("the user's data is theirs", () => {
  it("delete my data asks first, then removes every row about the user and nothing else", async () => {
    const t = world();
    await fillEverything(t);
    const ask = t.gone.press(Actions.forget);
    expect(textOf(ask)).toMatch(/Are you sure\?/);
    const yes = buttonsOf(ask).find((b) => b.action === Actions.forgetConfirm)!;
    expect(textOf(t.gone.press(yes.action))).toMatch(/Everything I had about you is deleted/);
    // The confirmation turn itself re-creates nothing: the deletion is the last write of that turn.
    const tables = dumpTables(t.store.db);
    for (const [table, rows] of Object.entries(tables)) {
      expect(rows, table).not.toContain("U0FORGETME");
      expect(rows, table).not.toContain("Zanzibar");
      expect(rows, table).not.toContain("Quillon");
      expect(rows, table).not.toContain("secret-need-of-forgotten-user");
    }
    expect(tables.interviews).toContain("Keepsake Ltd");
    expect(tables.interviewers).toContain("Mira Stay");
  });

  it("export my data returns everything stored about the user, as a JSON file, and nobody else's", async () => {
    const t = world();
    await fillEverything(t);
    const out = t.gone.press(Actions.exportData);
    const file = out.flatMap((m) => m.blocks).find((b) => b.type === "file");
    expect(file?.type === "file" && file.filename).toBe("afterword-export.json");
    const data = JSON.parse(file!.type === "file" ? file!.content : "{}");
    expect(data.user).toMatchObject({ platform: "slack", tenant: "T0FORGET", user: "U0FORGETME" });
    expect(data.interviews[0].company).toBe("Zanzibar Widgets");
    expect(data.interviews[0].interviewers[0].name).toBe("Quillon Vark");
    expect(data.interviews[0].letters.length).toBeGreaterThan(0);
    expect(data.interviews[0].reminders.map((r: { kind: string }) => r.kind)).toContain("thanks");
    expect(JSON.stringify(data)).not.toContain("Keepsake");
  });

  it("the CLI exports as JSON on standard output and forgets with --yes", async () => {
    const t = world();
    await fillEverything(t);
    const env = { DATABASE_PATH: t.path, SLACK_BOT_TOKEN: "", MicrosoftAppId: "" };
    const exported = await runCli(["export", "--user", "slack:T0FORGET:U0FORGETME"], env);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).interviews[0].company).toBe("Zanzibar Widgets");
    expect((await runCli(["forget", "--user", "slack:T0FORGET:U0FORGETME"], env, { input: "no\n" })).code).not.toBe(0);
    expect(dumpTables(t.store.db).users).toContain("U0FORGETME");
    const done = await runCli(["forget", "--user", "slack:T0FORGET:U0FORGETME", "--yes"], env);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Deleted everything stored about slack:T0FORGET:U0FORGETME/);
    for (const rows of Object.values(dumpTables(t.store.db))) expect(rows).not.toContain("U0FORGETME");
    expect((await runCli(["export", "--user", "slack:T0FORGET:U0FORGETME"], env)).code).not.toBe(0);
    expect((await runCli(["export", "--user", "nonsense"], env)).code).not.toBe(0);
  });
});
