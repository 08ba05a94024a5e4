// Answers a debrief in the terminal coach by what each question asks, as a person would; shared
// by the terminal follow-up tests so a reworded or reordered question does not break them all.
import type { Terminal } from "./in-process-terminal.js";

/** Details a terminal debrief answers with; everything else is skipped. */
export interface TerminalDebrief {
  when: string;
  decision?: string;
  /** The name to sign letters with, when the coach asks for it (the first debrief in a terminal); null leaves the question waiting. */
  signAs?: string | null;
}

const QUESTION = /(When was it|How did it happen|Which stage|Spelled exactly right|What did you talk about with|team need most|next steps and timing|name a day for the decision|recruiter involved|never came up|Looks right, save it)[^\n]*\n(?:\s*\[\d+\][^\n]*\n)*/;

/** From `/interview-done …` to the saved plan; returns the plan message. */
export async function terminalDebrief(s: Terminal, args: string, o: TerminalDebrief): Promise<string> {
  s.send(`/interview-done ${args}`);
  for (let step = 0; step < 40; step++) {
    const shown = await s.expect(QUESTION);
    const asked = QUESTION.exec(shown)![1]!;
    const number = (label: string) => new RegExp(`\\[(\\d+)\\] ${label}`).exec(shown)?.[1] ?? "skip";
    if (asked === "Looks right, save it") {
      s.send(number("Looks right, save it"));
      const saved = await s.expect(/What name should I sign your letters with\?[^\n]*\n|Saved\. Here's the plan[\s\S]*\[\d+\] See everything\n/);
      if (!/What name should I sign/.test(saved) || o.signAs === null) return saved;
      // The first debrief is followed by the one question about the name that signs letters, then the plan.
      s.send(o.signAs ?? "Sam Carter");
      return s.expect(/Here's the plan[\s\S]*\[\d+\] See everything\n/);
    }
    const answers: Record<string, string> = {
      "When was it": o.when,
      "How did it happen": "video, final round",
      "Which stage": "final round",
      "Spelled exactly right": number("Yes, all spelled right"),
      "What did you talk about with": "asked how I would migrate the billing service",
      "team need most": "fewer flaky deploys; I led a CI overhaul that fixed them",
      "next steps and timing": o.decision ? `a decision ${o.decision}` : "they will be in touch",
      "name a day for the decision": o.decision ?? number("No date given"),
      "recruiter involved": "no",
    };
    s.send(answers[asked] ?? "skip");
  }
  throw new Error("the debrief never reached its summary");
}

/** Presses "Edit the letter to <to>" among the choices in `shown`, pastes `lines`, ends with a dot; returns the check printed after saving. */
export async function editTerminalLetter(s: Terminal, shown: string, to: string, lines: string[]): Promise<string> {
  const choice = new RegExp(`\\[(\\d+)\\] Edit the letter to ${to}`).exec(shown);
  if (!choice) throw new Error(`no "Edit the letter to ${to}" on screen`);
  await s.ask(choice[1]!, new RegExp(`Paste your edited letter to ${to}`));
  for (const line of lines) s.send(line);
  return s.ask(".", /Worth a second look:[\s\S]*?\n\n/);
}

/** From the terminal's greeting to the saved plan of one debrief (by default Acme's, this morning): how most terminal follow-up tests begin. */
export async function greetAndDebrief(s: Terminal, args = "Acme, Staff Engineer, with Dana Li", o: TerminalDebrief = { when: "today 11am" }): Promise<string> {
  await s.expect(/type \/interview-done/);
  return terminalDebrief(s, args, o);
}
