import type { Debrief } from "../model/interview.js";
import { say } from "../messages.js";
import type { Button, Outbound } from "../types.js";
import { Actions } from "../actions.js";
import { personOf, questionFor } from "./questions.js";
import { readBackPrompt } from "./read-back.js";
import { describeStep } from "./summary.js";

const SKIP: Button = { action: Actions.skip, label: "Skip" };

/** The message that asks the question at `step`, after an optional acknowledgement; `earlier` shows the stored answer (after back or from Edit). */
export function promptFor(step: string, d: Debrief, preface?: string, earlier = false): Outbound {
  const q = questionFor(step);
  if (!q) throw new Error(`Unknown debrief step ${step}`);
  const person = personOf(step, d);
  const text = q.kind === "readback" ? readBackPrompt(d) : q.prompt(d, person);
  // The read-back already shows every name; elsewhere the earlier answer is shown before the question.
  const current = earlier && q.kind !== "readback" ? describeStep(step, d) : undefined;
  const was = current ? `You said: _${current}_. Type a new answer, or _skip_ to keep it.\n` : "";
  // Format buttons only while the format is what's missing.
  const choices = q.kind === "formatStage" && d.format ? [] : (q.choices ?? []);
  const buttons: Button[] = choices.map((c) => ({ action: Actions.answer, label: c.label, value: c.value }));
  if (q.kind !== "readback") buttons.push(SKIP);
  const body = `${was}${text}`;
  return say(preface ? `${preface}\n\n${body}` : body, buttons);
}
