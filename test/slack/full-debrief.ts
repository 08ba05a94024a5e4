// The whole Slack journey of one job seeker, against the real Coach: shared by the HTTP and
// Socket Mode end-to-end tests so both transports prove the same thing.
import { expect } from "vitest";
import { COMMAND_ACK } from "../../adapters/slack/register-listeners.js";
import { Actions } from "../../src/core/actions.js";
import type { FakeSlackApi } from "./fake-slack-api.js";
import { textOf, type SlackUser } from "./slack-user.js";

/** A very long answer (about 20,000 characters): the summary echo must be split or trimmed, never refused. */
export const LONG_ANSWER = Array.from({ length: 1200 }, (_, i) => `point${i} about the billing migration`).join(", ").slice(0, 20_000);

/** Runs the debrief from `/interview-done` to the confirmed plan; returns the confirmation posts. */
export async function debriefToConfirm(sam: SlackUser, fake: FakeSlackApi) {
  const { ack, posts } = await sam.command("Acme, Staff Engineer, with Dana Li and Omar Haddad");
  expect(ack).toMatchObject({ response_type: "ephemeral", text: COMMAND_ACK });
  expect(textOf(posts)).toMatch(/When was the interview/);
  expect(textOf(await sam.say("today 10am"))).toMatch(/How did it happen/);
  await sam.press(Actions.answer, "video");
  await sam.say("final round");
  await sam.press(Actions.answer, "yes"); // Dana Li, spelled right
  await sam.say("Engineering Manager");
  // Slack turns a typed email into a mailto link; the engine must get the plain address.
  await sam.say("<mailto:dana.li@acme.example|dana.li@acme.example>");
  await sam.say("asked how I'd migrate the billing service without downtime");
  await sam.press(Actions.answer, "yes"); // Omar Haddad
  await sam.say("Principal Engineer");
  await sam.say("skip");
  await sam.say("wanted to know how I handle disagreement in design reviews");
  await sam.say(LONG_ANSWER);
  await sam.say("the team is drowning in flaky deploys");
  await sam.say("they said on-call is one week in six");
  await sam.say("they'd decide by Friday");
  await sam.say("by Friday");
  await sam.say("the migration story landed well");
  await sam.say("I rambled on the system design question");
  await sam.say("I led the CI overhaul that cut deploy failures by 80%");
  await sam.say("strong team, real ownership");
  await sam.say("long commute");
  await sam.press(Actions.answer, "yes");
  const summary = await sam.say("no");
  const shown = textOf(summary);
  expect(shown).toContain("Acme");
  // More fields than one section holds (10): the renderer spreads them over several sections.
  const fieldSections = summary.flatMap((p) => p.args.blocks).filter((b: any) => b.fields);
  expect(fieldSections.length).toBeGreaterThanOrEqual(2);
  expect(shown).toContain("dana.li@acme.example");
  const confirmed = await sam.press(Actions.confirm);
  expect(textOf(confirmed)).toMatch(/Saved\. Here's the plan/);
  expect(fake.rejected).toEqual([]);
  return confirmed;
}

/** The thank-you nudge as posted: its letters (id, recipient) and their buttons. */
export function lettersIn(posts: { args: any }[]): { letterId: string; to: string; mailto?: string }[] {
  const found: { letterId: string; to: string; mailto?: string }[] = [];
  for (const p of posts) {
    const blocks: any[] = p.args.blocks ?? [];
    blocks.forEach((b, i) => {
      const head = b.type === "section" && b.text?.type === "mrkdwn" ? /^\*To:\* (.+)\n\*Subject:\*/.exec(b.text.text) : null;
      if (!head) return;
      const actions = blocks.slice(i + 1).find((x) => x.type === "actions");
      const edit = actions?.elements.find((e: any) => e.action_id.startsWith("afterword.letter-edit"));
      const email = actions?.elements.find((e: any) => e.url);
      found.push({ letterId: edit?.value, to: head[1]!, mailto: email?.url });
    });
  }
  return found;
}
