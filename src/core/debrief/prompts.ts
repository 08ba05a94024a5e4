import type { Debrief } from "../model/interview.js";
import { quoteUser, say } from "../messages.js";
import type { Button, Outbound } from "../types.js";
import { Actions } from "../actions.js";
import { personOf, questionFor } from "./questions.js";
import { AfterwordError, ErrorCode } from "../errors.js";

const SKIP: Button = { action: Actions.skip, label: "Skip" };

/** The message that asks the question at `step`, optionally after a short acknowledgement. */
export function promptFor(step: string, debrief: Debrief, preface?: string): Outbound {
  const q = questionFor(step);
  if (!q) throw new AfterwordError(ErrorCode.UnknownStep, `Unknown debrief step ${step}`);
  const index = personOf(step);
  const person = index === undefined ? undefined : debrief.interviewers[index];
  let text = q.prompt;
  if (person) {
    const name = `*${quoteUser(person.name)}*`;
    const of = debrief.interviewers.length > 1 ? `Interviewer ${index! + 1} of ${debrief.interviewers.length}: ` : "";
    if (q.key === "person.confirm") text = `${of}I have ${name}. Is that spelled exactly right? If not, type it the way it should be.`;
    if (q.key === "person.title") text = `What is ${name}'s title?`;
    if (q.key === "person.email") text = `${name}'s email address, if you have it (it goes on the thank-you note). Otherwise _skip_.`;
    if (q.key === "person.specific")
      text = `One thing specific to ${name}: a topic they raised, a question they asked, or something they said.`;
  }
  const buttons: Button[] = (q.choices ?? []).map((c) => ({ action: Actions.answer, label: c.label, value: c.value }));
  if (q.key !== "person.confirm") buttons.push(SKIP);
  return say(preface ? `${preface}\n\n${text}` : text, buttons);
}
