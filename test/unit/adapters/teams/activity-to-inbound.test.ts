import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Actions } from "../../../../src/core/actions.js";
import { decodeTeamsAddress } from "../../../../adapters/teams/address.js";
import { readActivity } from "../../../../adapters/teams/activity-to-inbound.js";
import { ROOT } from "../../../support/build-once.js";

const now = new Date("2026-03-02T10:00:00Z");
const base = {
  type: "message",
  id: "1767378504354",
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/amer/t1/",
  from: { id: "29:user", name: "Sam Rivera", aadObjectId: "aad-sam" },
  conversation: { conversationType: "personal", tenantId: "t1", id: "a:conv" },
  recipient: { id: "28:bot", name: "Afterword" },
  channelData: { tenant: { id: "t1" } },
  localTimezone: "Europe/London",
};

function event(activity: Record<string, unknown>) {
  const intent = readActivity(activity as never, now);
  if (intent.kind !== "inbound") throw new Error(`expected an inbound event, got ${intent.kind}`);
  return intent.event;
}

describe("reading Teams activities", () => {
  it("reads interview-done in any case, with or without a slash, with arguments", () => {
    for (const text of ["interview-done Acme, Staff Engineer", "/Interview-Done Acme, Staff Engineer", "INTERVIEW-DONE:  Acme, Staff Engineer"]) {
      expect(event({ ...base, text })).toMatchObject({ kind: "command", name: "interview-done", args: "Acme, Staff Engineer" });
    }
    expect(event({ ...base, text: "interview-done" })).toMatchObject({ kind: "command", args: "" });
    expect(event({ ...base, text: "interview-doneish" })).toMatchObject({ kind: "text" });
  });

  it("reads interview-next the same way, as a command that may answer with the form for logging ahead", () => {
    for (const text of ["interview-next Acme, Thursday 3pm", "/Interview-Next: Acme, Thursday 3pm"]) {
      expect(event({ ...base, text })).toMatchObject({ kind: "command", name: "interview-next", args: "Acme, Thursday 3pm", forms: true });
    }
    expect(event({ ...base, text: "interview-nextweek" })).toMatchObject({ kind: "text" });
  });

  it("carries a submitted form's inputs for both of the engine's forms, and for nothing else", () => {
    for (const action of [Actions.debriefForm, Actions.upcomingForm]) {
      expect(event({ ...base, value: { action, value: "tok", company: "Acme", time: "15:00" } })).toMatchObject({ kind: "action", action, value: "tok", fields: { company: "Acme", time: "15:00" } });
    }
    expect(event({ ...base, value: { action: Actions.upcomingCancel, value: "7", company: "Acme" } })).not.toHaveProperty("fields");
  });

  it("strips the bot's @mention", () => {
    const mentioned = {
      ...base,
      text: "<at>Afterword</at> interview-done Acme",
      entities: [{ type: "mention", text: "<at>Afterword</at>", mentioned: { id: "28:bot", name: "Afterword" } }],
    };
    expect(event(mentioned)).toMatchObject({ kind: "command", args: "Acme" });
  });

  it("fills who, when, where, time zone and name", () => {
    const e = event({ ...base, text: "Acme" });
    expect(e).toMatchObject({ kind: "text", text: "Acme", id: "a:conv|1767378504354", from: { platform: "teams", tenant: "t1", user: "aad-sam" }, tz: "Europe/London", displayName: "Sam Rivera" });
    expect(e.at).toEqual(now);
    expect(decodeTeamsAddress(e.address!)).toEqual({
      channelId: "msteams",
      serviceUrl: base.serviceUrl,
      conversationId: "a:conv",
      tenantId: "t1",
      botId: "28:bot",
      userId: "29:user",
    });
  });

  it("falls back to conversation.tenantId and the Teams id, and drops an invalid time zone", () => {
    const e = event({ ...base, text: "x", channelData: {}, from: { id: "29:user" }, localTimezone: "Mars/Olympus" });
    expect(e.from).toEqual({ platform: "teams", tenant: "t1", user: "29:user" });
    expect(e.tz).toBeUndefined();
    expect(e.displayName).toBeUndefined();
  });

  it("reads a card submit as an action, with an edited letter as its text", () => {
    expect(event({ ...base, id: "f:1", text: undefined, value: { action: Actions.skip } })).toMatchObject({ kind: "action", action: "debrief.skip", id: "a:conv|f:1" });
    const save = event({ ...base, id: "f:2", value: { action: "letter.save", value: "7", "letter-7": "Dear Dana,\nthanks", "letter-8": "other" } });
    expect(save).toMatchObject({ kind: "action", action: "letter.save", value: "7", text: "Dear Dana,\nthanks" });
  });

  it("sends settings through the engine as the home action", () => {
    expect(event({ ...base, text: "Settings" })).toMatchObject({ kind: "action", action: Actions.home });
    expect(event({ ...base, text: "/settings" })).toMatchObject({ kind: "action", action: Actions.home });
  });

  it("answers help itself, in any state, and names a slash command it does not know", () => {
    for (const text of ["help", "Help", "/help", "?"]) expect(readActivity({ ...base, text } as never, now)).toEqual({ kind: "help" });
    expect(readActivity({ ...base, text: "/weather tomorrow" } as never, now)).toEqual({ kind: "unknown-command", command: "weather" });
    expect(readActivity({ ...base, text: "/Feedback" } as never, now)).toEqual({ kind: "unknown-command", command: "Feedback" });
    // The engine's own commands, and answers that merely contain a slash, still go to the engine.
    for (const text of ["/heard-back", "/home", "help me write a better answer", "and/or", "/ not sure", "1/2 of the team"]) {
      expect(readActivity({ ...base, text } as never, now).kind).toBe("inbound");
    }
  });

  it("never calls one of the engine's own commands unknown, typed with a slash (read from route-text.ts)", () => {
    const routes = readFileSync(join(ROOT, "src/core/route-text.ts"), "utf8");
    const patterns = [...routes.matchAll(/\/\^\\\/\?(\(?[^$/]+?\)?)\$\/\.test\(lower\)/g)].map((m) => m[1]!);
    expect(patterns.length).toBeGreaterThanOrEqual(4);
    const samples = patterns.flatMap((p) =>
      p
        .replace(/\([^()|]*\)\?/g, "") // an optional group, such as "(my )?"
        .replace(/\[(.)[^\]]*\]/g, "$1") // a character class: its first character
        .replace(/^\((.*)\)$/, "$1")
        .split("|")
        .map((alt) => alt.replace(/\\/g, "")),
    );
    expect(samples).toEqual(expect.arrayContaining(["help", "settings", "heard-back", "letters"]));
    for (const word of samples) expect(readActivity({ ...base, text: `/${word}` } as never, now).kind, `/${word}`).not.toBe("unknown-command");
  });

  it("knows welcome, uninstall, channels and what to ignore", () => {
    const added = { ...base, type: "conversationUpdate", membersAdded: [{ id: "28:bot" }] };
    expect(readActivity(added as never, now)).toMatchObject({ kind: "welcome", from: { user: "aad-sam" }, name: "Sam Rivera" });
    expect(readActivity({ ...added, membersAdded: [{ id: "29:user" }] } as never, now).kind).toBe("ignore");
    expect(readActivity({ ...base, type: "installationUpdate", action: "remove" } as never, now)).toMatchObject({ kind: "uninstall", from: { tenant: "t1", user: "aad-sam" } });
    // Teams announces a personal install twice (this and the conversation update): both ask for the welcome, the coach sends it once.
    expect(readActivity({ ...base, type: "installationUpdate", action: "add" } as never, now)).toMatchObject({ kind: "welcome", from: { user: "aad-sam" } });
    expect(readActivity({ ...base, type: "installationUpdate", action: "add", conversation: { ...base.conversation, conversationType: "groupChat" } } as never, now).kind).toBe("ignore");
    expect(readActivity({ ...base, text: "hi", conversation: { ...base.conversation, conversationType: "channel" } } as never, now).kind).toBe("not-personal");
    expect(readActivity({ ...base, type: "typing" } as never, now).kind).toBe("ignore");
    expect(readActivity({ ...base, text: "  " } as never, now).kind).toBe("ignore");
  });
});
