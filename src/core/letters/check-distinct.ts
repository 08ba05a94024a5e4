// Distinctness: nobody wants a mass email with the name swapped. Letters of one interview are compared pairwise.
import type { Finding } from "./letter-types.js";
import { lowerWords, tokenize } from "./text-tokens.js";

// Measured on the test corpus (48 generated interviews, variants 0–2):
// - the composer's letters of one version, 660 pairs: median 0.11, 95th percentile 0.16, max 0.19;
// - one letter copied to a colleague with the name swapped: 1.0; copied with one sentence rewritten: 0.42–0.80 (median 0.67);
// - people's letters drafted at different versions (0–2 against 0–2): median 0.22, max 0.42; the thinnest letters
//   (three sentences) can share one of them, and those few pairs (under 1%) are flagged, which is the right advice.
// 0.35 clears the composer's own letters and honest edits (which share the role, company, needs and check-in day) by
// a wide margin, and sits below every near-copy measured.
/** The largest Jaccard similarity (word 3-shingles, recipient names masked) two letters of one interview may have. */
export const DISTINCT_BOUND = 0.35;

function shingles(letter: { recipient: string; body: string }): Set<string> {
  const own = new Set(tokenize(letter.recipient).map((t) => t.word.toLowerCase()));
  const words = lowerWords(letter.body).map((w) => (own.has(w) ? "<name>" : w));
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (out.size === 0 && words.length > 0) out.add(words.join(" "));
  return out;
}

/** Jaccard similarity of two letters' word 3-shingles, recipient names masked: 0 (nothing shared) to 1 (identical). */
export function measureSimilarity(a: { recipient: string; body: string }, b: { recipient: string; body: string }): number {
  const x = shingles(a);
  const y = shingles(b);
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** Flags every pair of letters that is too alike to send to two people of the same interview. */
export function checkDistinct(letters: { recipient: string; body: string }[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 0; i < letters.length; i++) {
    for (let j = i + 1; j < letters.length; j++) {
      const similarity = measureSimilarity(letters[i]!, letters[j]!);
      if (similarity > DISTINCT_BOUND) {
        findings.push({
          code: "distinct.too-similar",
          message: `The letters to ${letters[i]!.recipient} and ${letters[j]!.recipient} are ${Math.round(similarity * 100)}% alike; give each its own opening and a moment from that conversation.`,
        });
      }
    }
  }
  return findings;
}
