// The whole Slack journey of one job seeker, against the real Coach: shared by the HTTP and
// Socket Mode end-to-end tests so both transports prove the same thing.
import { expect } from "vitest";
import { FORM_MODAL_ID } from "../../../adapters/slack/render-form-modal.js";
import { Actions } from "../../../src/core/actions.js";
import type { FakeSlackApi } from "./fake-slack-api.js";
import { textOf, type SlackPerson } from "./slack-person.js";

/** A very long answer (about 20,000 characters): the summary echo must be split or trimmed, never refused. */
export const LONG_ANSWER = Array.from({ length: 1200 }, (_, i) => `point${i} about the billing migration`).join(", ").slice(0, 20_000);

/** Runs the debrief from `/interview-done` (the form, then the chat) to the confirmed plan; returns the confirmation posts. */
export async function debriefToConfirm(sam: SlackPerson, fake: FakeSlackApi) {
  const { view, replies: posts } = await sam.command("Acme, Staff Engineer, with Dana Li and Omar Haddad");
  // The basics come as a modal, prefilled from the command; nothing is posted or stored before it is sent.
  expect(view).toMatchObject({ type: "modal", callback_id: FORM_MODAL_ID });
  const prefilled = Object.fromEntries(view.blocks.filter((b: any) => b.type === "input").map((b: any) => [b.block_id, b.element.initial_value ?? b.element.initial_date]));
  expect(prefilled).toMatchObject({ company: "Acme", role: "Staff Engineer", name1: "Dana Li", name2: "Omar Haddad" });
  expect(posts).toEqual([]);
  const sent = await sam.submitView(view, { time: "10:00", format: "video", stage: "final round", title1: "Engineering Manager", title2: "Principal Engineer" });
  expect(textOf(sent)).toMatch(/Thanks, that's the basics[\s\S]*I have \*Dana Li\* \(Engineering Manager\) and \*Omar Haddad\* \(Principal Engineer\)\. Spelled exactly right\?/);
  // Slack turns a typed email into a mailto link; the engine must get the plain address.
  expect(textOf(await sam.say("<mailto:dana.li@acme.example|dana.li@acme.example>"))).toMatch(/Added the email/);
  await sam.press(Actions.answer, "yes");
  await sam.say("asked how I'd migrate the billing service without downtime");
  await sam.say("wanted to know how I handle disagreement in design reviews");
  await sam.say(LONG_ANSWER);
  expect(textOf(await sam.say("they'd decide by Friday"))).toMatch(/Noted: a decision by Friday/);
  await sam.press(Actions.answer, "no");
  const summary = await sam.say("I led the CI overhaul that cut deploy failures by 80%");
  const shown = textOf(summary);
  expect(shown).toContain("Acme");
  // More fields than one section holds (10): the renderer spreads them over several sections.
  const fieldSections = summary.replies.flatMap((p) => p.args.blocks).filter((b: any) => b.fields);
  expect(fieldSections.length).toBeGreaterThanOrEqual(2);
  expect(shown).toContain("dana.li@acme.example");
  const confirmed = await sam.press(Actions.confirm);
  expect(textOf(confirmed)).toMatch(/Saved\. Here's the plan/);
  expect(fake.rejected).toEqual([]);
  return confirmed.replies;
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
