/** The number the terminal shows for a choice's label in a piece of output ("[12] Mark sent" → "12"). */
export function choice(out: string, label: string): string {
  const m = new RegExp(`\\[(\\d+)\\] ${label}`).exec(out);
  if (!m) throw new Error(`no [n] ${label} in:\n${out}`);
  return m[1]!;
}
