// What a reversible step changed, kept for a day so one tap can put it back.
import { z } from "zod";

/** The state of one interview's follow-up before a step: enough to restore it. */
export const UndoSnapshot = z.object({
  status: z.enum(["draft", "active", "closed"]),
  outcome: z.string().nullable(),
  /** Reminders that were pending (or being sent) before the step. */
  pending: z.array(z.number().int()),
  /** Reminders that existed before the step: any other pending one was added by it. */
  known: z.array(z.number().int()),
  /** Letters that were not yet sent before the step. */
  unsent: z.array(z.number().int()),
});
/** A parsed undo snapshot. */
export type UndoSnapshot = z.infer<typeof UndoSnapshot>;

/** One recorded step that can be undone. */
export interface UndoEntry {
  id: number;
  interviewId: number;
  /** What the step was, as the user reads it: "Marked sent to Dana Li". */
  what: string;
  snapshot: UndoSnapshot;
  createdAt: number;
  undoneAt: number | null;
}
