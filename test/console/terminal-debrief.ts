// Answers a debrief in the terminal coach by what each question asks, as a person would; shared
// by the terminal follow-up tests so a reworded or reordered question does not break them all.
import type { Session } from "../helpers/spawn-session.js";

/** Details a terminal debrief answers with; everything else is skipped. */
export interface TerminalDebrief {
  when: string;
  decision?: string;
  interest?: "Yes" | "Unsure" | "No";
}

const QUESTION = /(When was the interview|How did it happen|Which stage|spelled exactly right|title\?|email address|One thing specific|main things you talked about|team need|what did they tell you|next steps|date for a decision|went well|answer differently|never came up|appeals to you|gives you pause|still want this job|recruiter|Looks right, save it)[^\n]*\n(?:\s*\[\d+\][^\n]*\n)*/;

/** From `/interview-done …` to the saved plan; returns the plan message. */
export async function terminalDebrief(s: Session, args: string, o: TerminalDebrief): Promise<string> {
  s.send(`/interview-done ${args}`);
  for (let step = 0; step < 40; step++) {
    const shown = await s.expect(QUESTION);
    const asked = QUESTION.exec(shown)![1]!;
    const number = (label: string) => new RegExp(`\\[(\\d+)\\] ${label}`).exec(shown)?.[1] ?? "skip";
    if (asked === "Looks right, save it") {
      s.send(number("Looks right, save it"));
      return s.expect(/Saved\. Here's the plan[\s\S]*\[\d+\] See everything\n/);
    }
    const answers: Record<string, string> = {
      "When was the interview": o.when,
      "How did it happen": number("Video"),
      "Which stage": "final round",
      "spelled exactly right": number("Yes, that's right"),
      "title?": "Engineering Manager",
      "One thing specific": "asked how I would migrate the billing service",
      "main things you talked about": "the platform roadmap",
      "team need": "fewer flaky deploys",
      "next steps": o.decision ? `a decision ${o.decision}` : "they will be in touch",
      "date for a decision": o.decision ?? number("No date given"),
      "went well": "the migration story landed",
      "still want this job": number(o.interest ?? "Yes"),
      recruiter: "no",
    };
    s.send(answers[asked] ?? "skip");
  }
  throw new Error("the debrief never reached its summary");
}
