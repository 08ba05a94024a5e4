// Deterministic choice of wording: each interviewer gets a different phrase, each "another version" a different one again.

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

// Index = person + variant × step + offset (mod the pool's size). Within one variant every person gets a different
// entry (pools are at least as large as the panel), and one person's versions cycle through the whole pool. Callers
// give each beat its own step, so two people's letters drafted at different versions coincide in few beats, not all.
/** Picks the entry of a wording pool for one person of the panel and one "another version" counter. */
export function pickPhrase<T>(pool: readonly T[], person: number, variant: number, step: number, offset = 0): T {
  const n = pool.length;
  const s = step % n;
  const stride = s > 0 && gcd(s, n) === 1 ? s : 1;
  return pool[(((person + variant * stride + offset) % n) + n) % n]!;
}

/** Joins sentences into paragraphs, dropping the missing ones and any paragraph left empty. */
export function joinParagraphs(paragraphs: (string | undefined)[][]): string {
  return paragraphs
    .map((sentences) => sentences.filter((s): s is string => !!s).join(" "))
    .filter((p) => p.length > 0)
    .join("\n\n");
}
