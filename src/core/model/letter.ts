// A drafted letter as it is kept: composed from the debrief, edited by the user, marked sent.

/** The kinds of letter the coach drafts. */
export type LetterKind = "thanks" | "card" | "checkin" | "rejection";

/** A stored letter draft. */
export interface LetterRow {
  id: number;
  interviewId: number;
  interviewerId: number | null;
  kind: LetterKind;
  variant: number;
  recipient: string;
  email: string | null;
  subject: string;
  body: string;
  edited: boolean;
  status: "draft" | "sent";
  sentAt: number | null;
}

/** A new draft to store. */
export type NewLetter = Pick<LetterRow, "interviewId" | "interviewerId" | "kind" | "variant" | "recipient" | "email" | "subject" | "body">;
