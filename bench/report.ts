// What one run of `npm run bench` collects: its figures (each with its target, if any) and the notes under the table.
import type { Figure } from "./figures.js";

/** The figures and notes of one run, added to by each section. */
export class Report {
  readonly figures: Figure[] = [];
  readonly notes: string[] = [];

  /** Adds one figure; `target` is what the issue holds it to. */
  add(name: string, value: number, unit: string, what: string, target?: Figure["target"]): void {
    this.figures.push({ name, value, unit, what, target });
  }

  /** A figure's value by name (NaN when it was not measured). */
  value(name: string): number {
    return this.figures.find((f) => f.name === name)?.value ?? Number.NaN;
  }

  /** Adds a note under the table. */
  note(text: string): void {
    this.notes.push(text);
  }
}

/** What every section of the run gets: the report, the temp dir, how many runs, and where progress goes. */
export interface SectionContext {
  report: Report;
  runs: number;
  quick: boolean;
  progress(line: string): void;
}
