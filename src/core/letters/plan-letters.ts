// Which letter carries which shared beat: the fit, the point that never came up and the shored-up answer each go to
// the reader whose conversation they fit best, so two letters of one debrief are not the same letter twice.
import type { LetterFacts, PersonFacts } from "./letter-facts.js";
import { contentStems } from "./text-tokens.js";

/** The shared beats one letter carries. */
export interface LetterPlan {
  fit: boolean;
  unsaid: boolean;
  shoreUp: boolean;
}

const LEADER = /\b(?:manager|lead|head|director|vp|vice president|chief|founder|cto|ceo|cfo|coo|principal|hiring)\b/i;

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

function without(stems: Set<string>, common: Set<string>): Set<string> {
  return new Set([...stems].filter((s) => !common.has(s)));
}

/** The words of what this reader raised with the user. */
function topicsOf(f: LetterFacts, p: PersonFacts): Set<string> {
  const m = p.id === null ? undefined : f.material.moments.get(p.id);
  const said = p.id === null ? undefined : f.material.sentences.get(`moment:${p.id}`);
  // The title stays out: "Product Manager" would pull "production" towards them.
  return contentStems([m?.about, m?.also, m?.answer, said].filter(Boolean).join(" "));
}

/** The reader a shared beat fits best: most words in common, then the letter carrying least so far, then the one who leads. */
function bestFit(stems: Set<string>, people: PersonFacts[], topics: Set<string>[], load: number[] = []): number {
  let best = -1;
  let bestScore = -Infinity;
  people.forEach((p, i) => {
    const score = overlap(stems, topics[i]!) * 4 - (load[i] ?? 0) * 2 + (LEADER.test(p.title ?? "") ? 1 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return Math.max(best, 0);
}

/** Assigns the fit, the unsaid point and the shored-up answer to letters; a point that fits every reader goes to all. */
export function planLetters(f: LetterFacts, people: PersonFacts[]): LetterPlan[] {
  const plans = people.map(() => ({ fit: false, unsaid: false, shoreUp: false }));
  // Someone who no longer wants the job thanks the reader; making the case for hiring them would say the opposite.
  if (people.length === 0 || f.interest === "no") return plans;
  // The role and company are in every letter; sharing their words says nothing about fit.
  const common = contentStems([f.role, f.company].filter(Boolean).join(" "));
  const topics = people.map((p) => without(topicsOf(f, p), common));
  const m = f.material;
  const fitText = [m.need?.text, m.example, m.sentences.get("need")].filter(Boolean).join(" ");
  const fitAt = fitText ? bestFit(without(contentStems(fitText), common), people, topics) : -1;
  if (fitAt >= 0) plans[fitAt]!.fit = true;
  // What each letter carries so far: a beat that fits nobody in particular goes where it balances the panel.
  const load = plans.map((plan) => Number(plan.fit));
  const place = (text: string | undefined, key: "unsaid" | "shoreUp"): void => {
    if (!text) return;
    const stems = without(contentStems(text), common);
    if (people.length > 1 && topics.every((t) => overlap(stems, t) > 0)) {
      for (const plan of plans) plan[key] = true;
      return;
    }
    const at = bestFit(stems, people, topics, load);
    plans[at]![key] = true;
    load[at]!++;
  };
  // The shored-up answer belongs to whoever asked the question, so it is placed before the free-standing point.
  place(m.shoreUp, "shoreUp");
  place(m.unsaid ?? m.sentences.get("unsaid"), "unsaid");
  return plans;
}
