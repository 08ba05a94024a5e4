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

/** The reader a shared beat fits best: most words in common, then the one who leads, then the first. */
function bestFit(stems: Set<string>, people: PersonFacts[], topics: Set<string>[], favour?: number): number {
  let best = -1;
  let bestScore = -1;
  people.forEach((p, i) => {
    const score = overlap(stems, topics[i]!) * 4 + (i === favour ? 2 : 0) + (LEADER.test(p.title ?? "") ? 1 : 0);
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
  if (people.length === 0) return plans;
  // The role and company are in every letter; sharing their words says nothing about fit.
  const common = contentStems([f.role, f.company].filter(Boolean).join(" "));
  const topics = people.map((p) => without(topicsOf(f, p), common));
  const m = f.material;
  const fitText = [m.need?.text, m.example, m.sentences.get("need")].filter(Boolean).join(" ");
  const fitAt = fitText ? bestFit(without(contentStems(fitText), common), people, topics) : -1;
  if (fitAt >= 0) plans[fitAt]!.fit = true;
  const place = (text: string | undefined, key: "unsaid" | "shoreUp"): void => {
    if (!text) return;
    const stems = without(contentStems(text), common);
    if (people.length > 1 && topics.every((t) => overlap(stems, t) > 0)) {
      for (const plan of plans) plan[key] = true;
      return;
    }
    plans[bestFit(stems, people, topics, fitAt >= 0 ? fitAt : undefined)]![key] = true;
  };
  place(m.unsaid ?? m.sentences.get("unsaid"), "unsaid");
  place(m.shoreUp, "shoreUp");
  return plans;
}
