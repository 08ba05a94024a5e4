// The figures a benchmark run produces, printed as a table and as one JSON object.
import { round } from "./stats.js";

/** A target a figure is held to. */
export type Target = { op: "<" | "<=" | ">="; value: number } | undefined;

/** One measured figure. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: Target;
  /** What the figure is, in a few words, for the table. */
  what: string;
}

/** Whether a figure meets its target; undefined when it has none. */
export function met(f: Figure): boolean | undefined {
  if (!f.target || !Number.isFinite(f.value)) return f.target ? false : undefined;
  const { op, value } = f.target;
  return op === "<" ? f.value < value : op === "<=" ? f.value <= value : f.value >= value;
}

function targetText(t: Target): string {
  return t ? `${t.op} ${t.value}` : "";
}

/** A plain-text table: figure, value, unit, target, met?, and what it is. */
export function renderTable(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const m = met(f);
    return [f.name, String(round(f.value)), f.unit, targetText(f.target), m === undefined ? "" : m ? "met" : "MISSED", f.what];
  });
  const head = ["figure", "value", "unit", "target", "met?", "what"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]!) : i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** `{ "name": { "value": n, "unit": "...", "target": "<= 2", "met": true }, ... }` on one line (target and met only where there is a target). */
export function renderJson(figures: Figure[]): string {
  return JSON.stringify(
    Object.fromEntries(figures.map((f) => [f.name, { value: round(f.value, 4), unit: f.unit, ...(f.target ? { target: targetText(f.target), met: met(f) } : {}) }])),
  );
}
