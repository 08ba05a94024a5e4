// The questions a debrief of an interview logged ahead may ask (only what happened), with an answer
// each; shared by the tests that count them, so a reworded question does not break them all.

/** Each allowed question, as the engine words it, and how a person answers it. */
export const AHEAD_ANSWERS: [RegExp, string][] = [
  [/What did you talk about with \*Dana Li\*/, "she asked how I would split the billing monolith"],
  [/What did you talk about with \*Omar Haddad\*/, "he cares about on-call load"],
  [/What does the team need most/, "fewer flaky deploys; I led a CI overhaul that fixed them"],
  [/next steps and timing/, "they will decide by Friday 4 December"],
  [/recruiter involved/, "no"],
  [/never came up/, "my Kafka work"],
];

/**
 * Answers a debrief from `shown` (the text of its first question) until its summary, through
 * `say`; returns the questions asked, in order. Throws on any question not in the list.
 */
export async function answerAhead(shown: string, say: (text: string) => string | Promise<string>): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < 20; i++) {
    if (/Looks right, save it/.test(shown)) return asked;
    const hit = AHEAD_ANSWERS.find(([q]) => q.test(shown));
    if (!hit) throw new Error(`asked something already logged: ${shown}`);
    asked.push(hit[0].source);
    shown = await say(hit[1]);
  }
  throw new Error("the debrief never reached its summary");
}
