// What a person types reaches letters, the store and the operator's terminal (`reminders`,
// `sweep --dry-run`): control characters and direction overrides go at the door.
import type { Inbound } from "./types.js";

// C0 and C1 controls except tab and newline; DEL; bidirectional embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text without control characters (a carriage return before a newline is dropped, a lone one becomes a newline). */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

function cleanFields(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? stripControls(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? stripControls(x) : x)) : v]));
}

/** The event with every piece of typed text (and the platform's display name) stripped of control characters. */
export function cleanInbound(event: Inbound): Inbound {
  const base = event.displayName !== undefined ? { displayName: stripControls(event.displayName) } : {};
  switch (event.kind) {
    case "command":
      return { ...event, ...base, args: stripControls(event.args) };
    case "text":
      return { ...event, ...base, text: stripControls(event.text) };
    case "action":
      return {
        ...event,
        ...base,
        ...(event.value !== undefined ? { value: stripControls(event.value) } : {}),
        ...(event.text !== undefined ? { text: stripControls(event.text) } : {}),
        ...(event.fields ? { fields: cleanFields(event.fields) } : {}),
      };
  }
}
