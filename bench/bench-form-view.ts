// The one-field debrief modal the Bolt baselines open for a command (Afterword opens its own form).
import type { types } from "@slack/bolt";

/** A modal with the command's text prefilled as the company. */
export function benchFormView(text: string): types.ModalView {
  return {
    type: "modal",
    callback_id: "debrief",
    title: { type: "plain_text", text: "Debrief" },
    submit: { type: "plain_text", text: "Save" },
    blocks: [{ type: "input", block_id: "company", label: { type: "plain_text", text: "Company" }, element: { type: "plain_text_input", action_id: "value", initial_value: text } }],
  };
}
