import type { Outbound } from "../../src/core/types.js";
import { pickChoice, renderTerminal, type Choice } from "./render-terminal.js";

// A debrief question's buttons are spent once answered; everything else (a nudge's letters, its
// snooze and heard-back buttons) stays usable while later messages arrive.
function debriefOnly(choices: Choice[]): boolean {
  return choices.every((c) => c.kind === "button" && c.button.action.startsWith("debrief."));
}

/** What a typed line picked: a choice, a number that is not on screen, or nothing (plain text). */
export type Picked = { kind: "choice"; choice: Choice } | { kind: "stale"; n: number } | { kind: "none" };

/**
 * The terminal's numbered choices. Numbers are never reused while their message's buttons still
 * work: a new message continues the numbering, so "1" typed under two messages cannot silently
 * mean the newer one. Numbering starts again at 1 only for a debrief question, or when every
 * choice on screen belonged to one.
 */
export class ChoiceBook {
  private choices = new Map<number, Choice>();
  private next = 1;

  /** Renders messages, numbering their choices; returns the text to print. */
  render(messages: Outbound[]): string {
    const first = renderTerminal(messages, 1);
    if (first.choices.length === 0) return first.text;
    if (debriefOnly(first.choices) || debriefOnly([...this.choices.values()])) {
      this.choices.clear();
      this.next = 1;
    }
    const view = this.next === 1 ? first : renderTerminal(messages, this.next);
    view.choices.forEach((c, i) => this.choices.set(this.next + i, c));
    this.next += view.choices.length;
    return view.text;
  }

  /** Reads a typed line as a choice number or label (labels of the newest message win). */
  pick(input: string): Picked {
    const t = input.trim();
    if (/^\d{1,4}$/.test(t)) {
      const choice = this.choices.get(Number(t));
      if (choice) return { kind: "choice", choice };
      // Inside a debrief a bare number may be an answer ("3" people, "15" for a date).
      return debriefOnly([...this.choices.values()]) ? { kind: "none" } : { kind: "stale", n: Number(t) };
    }
    const newestFirst = [...this.choices.values()].reverse();
    const choice = pickChoice(t, newestFirst);
    return choice ? { kind: "choice", choice } : { kind: "none" };
  }
}
