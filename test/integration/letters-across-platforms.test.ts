// One debrief, typed the same way on the terminal, in Slack and in Teams: the same letters on all three, rendered by
// each adapter's own renderer; only the signature follows each platform's name for the user.
import { afterEach, describe, expect, it } from "vitest";
import { renderTerminal } from "../../adapters/console/render-terminal.js";
import { renderOutbound as renderSlack } from "../../adapters/slack/render-block-kit.js";
import { renderOutbound as renderTeams } from "../../adapters/teams/render-adaptive-card.js";
import { Actions } from "../../src/core/actions.js";
import type { Outbound, Platform } from "../../src/core/types.js";
import { quickDebrief } from "../support/quick-debrief.js";
import { Driver, buttonsOf, tempCoach, textOf } from "../support/temp-store.js";

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const NOTE = "she asked how id move their nightly batch ETL to streaming w/o downtime 😅 tbh i rambled";
const NEEDS = "someone to own the data pipeline end to end. did that at Stripe for 3 yrs";

/** The letter bodies as the terminal prints them: the lines inside each ┌─ … └─ box, after the subject. */
function fromTerminal(out: Outbound[]): string[] {
  const text = renderTerminal(out).text;
  return [...text.matchAll(/┌─ To: [^\n]*\n {2}│ {2}Subject: [^\n]*\n {2}│\n((?: {2}│ {2}[^\n]*\n)+) {2}└─/g)].map((m) =>
    m[1]!.split("\n").filter(Boolean).map((l) => l.replace(/^ {2}│ {2}/, "")).join("\n"),
  );
}

/** The letter bodies as Slack shows them: the plain-text sections that hold a letter. */
function fromSlack(out: Outbound[]): string[] {
  return out.flatMap((o) => renderSlack(o).messages.flatMap((m) => m.blocks))
    .flatMap((b) => (b.type === "section" && b.text?.type === "plain_text" && b.text.text.startsWith("Dear ") ? [b.text.text] : []));
}

/** The letter bodies as Teams holds them: the prefilled edit box of each letter card. */
function fromTeams(out: Outbound[]): string[] {
  const found: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(walk);
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    if (o.type === "Input.Text" && typeof o.value === "string" && o.value.startsWith("Dear ")) found.push(o.value);
    Object.values(o).forEach(walk);
  };
  for (const msg of out) walk(renderTeams(msg));
  return found;
}

/** Debriefs the same interview as one user of a platform and returns the drafted letters as shown. */
function draftOn(platform: Platform, t: ReturnType<typeof tempCoach>): Outbound[] {
  const user = new Driver(t.coach, { platform, tenant: "T1", user: `${platform}-user` }, t.clock);
  let after = quickDebrief(user, { names: ["Dana Li", "Tomáš Novák"], specific: NOTE, teamNeeds: NEEDS, decision: "by Friday" });
  if (/What name should I sign your letters with\?/.test(textOf(after))) after = user.say("Samantha Rivera");
  const preview = buttonsOf(after).find((b) => b.action === Actions.draftNotes)!;
  return user.press(preview.action, preview.value);
}

describe("the same letters on the terminal, Slack and Teams", () => {
  it("renders one debrief's letters identically on all three, each signed with that platform's name for the user", () => {
    const t = tempCoach("2026-11-17T15:00:00Z");
    cleanups.push(t.cleanup);
    const terminal = fromTerminal(draftOn("console", t));
    const slack = fromSlack(draftOn("slack", t));
    const teams = fromTeams(draftOn("teams", t));
    expect(terminal).toHaveLength(2);
    expect(slack).toHaveLength(2);
    expect(teams).toHaveLength(2);
    const withoutSignature = (bodies: string[]) => bodies.map((b) => b.split("\n").slice(0, -1).join("\n"));
    expect(withoutSignature(slack)).toEqual(withoutSignature(terminal));
    expect(withoutSignature(teams)).toEqual(withoutSignature(terminal));
    // The terminal asked for the name; Slack and Teams gave theirs (users.info, from.name).
    expect(terminal.map((b) => b.split("\n").pop())).toEqual(["Samantha Rivera", "Samantha Rivera"]);
    expect([...slack, ...teams].map((b) => b.split("\n").pop())).toEqual(Array(4).fill("Sam Rivera"));
    const [dana] = terminal;
    expect(dana).toContain("Dear Dana,");
    expect(dana).toContain("moving your nightly batch ETL to streaming without downtime");
    expect(dana).not.toMatch(/😅|tbh|rambled|w\/o|\bid\b/);
  });
});
