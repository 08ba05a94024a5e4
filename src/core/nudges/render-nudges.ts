import type { Debrief } from "../model/interview.js";
import { compose, quoteUser } from "../messages.js";
import { checkInLetter, findingsFor, thankYouLetters } from "../notes/draft-notes.js";
import { letterBlocks } from "../notes/letter-blocks.js";
import { checkInCoaching } from "../notes/coaching-notes.js";
import { gapQuestion, openGaps } from "../notes/letter-gaps.js";
import { formatFollowUpDay } from "../letters/index.js";
import type { Reminder } from "../model/reminder.js";
import type { TurnContext } from "../turn-context.js";
import type { Block, Button, Outbound } from "../types.js";
import { greetingAt } from "./greeting.js";
import { lateNote, nudgeButtons } from "./nudge-buttons.js";
import { REFLECT_QUESTIONS, reflectButtons } from "../reflect/reflect-flow.js";

// After "from <company>", the role alone: "about the Staff Engineer role", never the company twice.
function theRole(d: Debrief): string {
  return d.role ? `the *${quoteUser(d.role)}* role` : "the role";
}

function title(d: Debrief): string {
  const role = d.role ? `*${quoteUser(d.role)}*` : "the role";
  return d.company ? `${role} at *${quoteUser(d.company)}*` : role;
}

/** Reflect: decompress and look back before writing anything; asks the first reflect question (the last is "still want this job?"). */
export function reflectNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const blocks: Block[] = [];
  const late = lateNote(r, ctx.now.getTime());
  if (late) blocks.push({ type: "text", markdown: late });
  // Honest about the time that passed: a reflect nudge delayed by a pause or downtime can come days later.
  const since = d.happenedAt ? (ctx.now.getTime() - Date.parse(d.happenedAt)) / 86_400_000 : 0;
  // Never "before you write" once the notes are out: that would read as a reproach.
  const notesOut = ctx.store.letters.forInterview(d.id, ["thanks", "card"]).some((l) => l.status === "sent");
  const opening = since < 0.9 ? "A few hours have passed since" : since < 1.5 ? "It's been a day since" : `It's been ${Math.round(since)} days since`;
  blocks.push({
    type: "text",
    markdown:
      `${opening} your interview for ${title(d)}. ${notesOut ? "Your thank-you notes are out already; still, take" : "Before you write to anyone, take"} ten quiet minutes to look back. ` +
      "A few short questions, one at a time; a line each is plenty, and any of them can be skipped.",
  });
  if (d.recruiter) {
    blocks.push({
      type: "text",
      markdown: `A recruiter is involved (${quoteUser(d.recruiter.name)}): call them first with your impressions, and follow their lead on contacting the company.`,
    });
  }
  blocks.push({ type: "text", markdown: "One thing to hold off on: connecting with your interviewers on LinkedIn. That can wait until there's an offer." });
  const first = REFLECT_QUESTIONS[0];
  blocks.push({ type: "text", markdown: `*${first.prompt}*` });
  blocks.push({ type: "buttons", buttons: reflectButtons(d, first.key) });
  blocks.push({ type: "buttons", buttons: nudgeButtons(r.id, d.id) });
  return compose(blocks, `Time to look back on your interview${d.company ? ` at ${d.company}` : ""}.`);
}

// The letters say the check-in day as a person would ("Tuesday the 24th"); the coach names it in full, once.
function promisedDay(d: Debrief): string {
  if (d.interest === "no" || !d.checkinDate) return "";
  try {
    return ` Your letters promise it for ${formatFollowUpDay(d.checkinDate)}, and I'll remind you that morning.`;
  } catch {
    return "";
  }
}

/** Thank-you: one drafted letter per interviewer, inline, to edit, open as email and mark sent. */
export function thanksNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const now = ctx.now.getTime();
  const interviewAt = d.happenedAt ? Date.parse(d.happenedAt) : r.dueAt;
  const veryLate = now - interviewAt > 3 * 86_400_000;
  const letters = thankYouLetters(ctx, d).filter((l) => l.status !== "sent");
  const blocks: Block[] = [];
  const late = lateNote(r, now);
  if (veryLate) {
    blocks.push({
      type: "text",
      markdown: `${late ? `${late}\n` : ""}It's been a few days since your interview for ${title(d)}. A thank-you is still worth sending: keep it short and warm. Here ${letters.length === 1 ? "is a draft" : "are drafts"}:`,
    });
  } else {
    blocks.push({
      type: "text",
      markdown:
        `${late ? `${late}\n` : ""}${greetingAt(ctx.now, ctx.tz)}. With a night's sleep behind you, it's a good time to send your thank-you ${letters.length === 1 ? "note" : "notes"} for ${title(d)}. ` +
        "Read each one aloud, make it sound like you, then send it today.",
    });
  }
  for (const letter of letters) blocks.push(...letterBlocks(letter, findingsFor(ctx, d, letter)));
  // Notes the letters could not use as written: asked once, all together, in the letters' own words.
  const gaps = gapQuestion(d, openGaps(ctx, d));
  if (gaps) blocks.push(gaps);
  if (!veryLate) blocks.push({ type: "text", markdown: `One note per person is plenty; after this, the next time you write is the check-in.${promisedDay(d)}` });
  blocks.push({ type: "buttons", buttons: nudgeButtons(r.id, d.id, { label: "All sent" }) });
  return compose(blocks, `Time to send your thank-you notes${d.company ? ` to ${d.company}` : ""}.`);
}

/** The one reminder when the thank-you notes were not marked sent the day before. */
export function thanksAgainNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const unsent = thankYouLetters(ctx, d).filter((l) => l.status !== "sent");
  const names = unsent.map((l) => quoteUser(l.recipient)).join(", ");
  const blocks: Block[] = [
    {
      type: "text",
      markdown:
        `Your thank-you ${unsent.length === 1 ? "note" : "notes"} to ${names} for ${title(d)} ${unsent.length === 1 ? "isn't" : "aren't"} marked sent yet. ` +
        "If they're out, tap *Mark sent*. If not, today is the day; after that I'll let this step go.",
    },
  ];
  for (const letter of unsent) blocks.push(...letterBlocks(letter));
  blocks.push({ type: "buttons", buttons: nudgeButtons(r.id, d.id, { label: "All sent" }) });
  return compose(blocks, `A reminder about your thank-you notes${d.company ? ` to ${d.company}` : ""}.`);
}

/** Check in, once: the one short, gentle note. */
export function checkinNudge(ctx: TurnContext, d: Debrief, r: Reminder): Outbound {
  const letter = checkInLetter(ctx, d);
  const since = d.decisionDate
    ? `They expected to decide by ${formatFollowUpDay(d.decisionDate)}.`
    : "It's been about two weeks since your interview.";
  const blocks: Block[] = [];
  const late = lateNote(r, ctx.now.getTime());
  if (late) blocks.push({ type: "text", markdown: late });
  blocks.push({
    type: "text",
    markdown:
      `${since} If you haven't heard from ${d.company ? `*${quoteUser(d.company)}*` : "them"} about ${theRole(d)}, now is the moment for one short check-in. ` +
      `Here's a draft${d.recruiter ? `, addressed to ${quoteUser(d.recruiter.name)}, since the recruiter leads this` : ""}:`,
  });
  blocks.push(...letterBlocks(letter, findingsFor(ctx, d, letter)));
  // The user's own reflection (pluses, minuses, what went well or would go differently) coaches; it never enters the note.
  for (const line of checkInCoaching(d)) blocks.push({ type: "text", markdown: line });
  blocks.push({
    type: "text",
    markdown: "This is the only check-in I'll suggest: one is courteous, more starts to look like pressure. Email beats a phone call, especially at a large, busy company.",
  });
  blocks.push({ type: "buttons", buttons: nudgeButtons(r.id, d.id, { label: "Sent it" }) });
  return compose(blocks, `Time for one short check-in${d.company ? ` with ${d.company}` : ""}.`);
}
