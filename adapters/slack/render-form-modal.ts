// The engine's neutral form as a Slack modal (input blocks, date and time pickers), and the
// submission read back into the field answers the engine checks.
import type { types } from "@slack/bolt";
import type { Form, FormField } from "../../src/core/types.js";
import { SlackLimits as L } from "./limits.js";
import { truncate } from "./split-text.js";

/** callback_id of every form modal; the form's own id and token ride in private_metadata. */
export const FORM_MODAL_ID = "afterword.form";

/** What a form modal remembers across the round trip through Slack. */
export interface FormModalMeta {
  form: string;
  submit: string;
  token: string;
}

const plain = (text: string, max: number): types.PlainTextElement => ({ type: "plain_text", text: truncate(text, max), emoji: false });

// Each input's one element takes the field's id as its action_id too: unique in the view, as Slack wants.
function element(f: FormField, tz: string | undefined): types.InputBlock["element"] {
  const ELEMENT = truncate(f.id, L.actionId);
  const placeholder = f.placeholder ? { placeholder: plain(f.placeholder, L.placeholder) } : {};
  switch (f.kind) {
    case "date":
      return { type: "datepicker", action_id: ELEMENT, ...(f.value ? { initial_date: f.value } : {}), ...placeholder };
    case "time":
      return { type: "timepicker", action_id: ELEMENT, ...(f.value ? { initial_time: f.value } : {}), ...(tz ? { timezone: tz } : {}), ...placeholder } as types.Timepicker;
    case "choice": {
      const options = (f.choices ?? []).slice(0, L.staticSelectOptions).map((c) => ({ text: plain(c.label, 75), value: c.value }));
      const initial = options.find((o) => o.value === f.value);
      return { type: "static_select", action_id: ELEMENT, options, ...(initial ? { initial_option: initial } : {}), ...placeholder };
    }
    case "text":
      return {
        type: "plain_text_input",
        action_id: ELEMENT,
        ...(f.maxLength ? { max_length: Math.min(f.maxLength, L.plainTextInput) } : {}),
        ...(f.value ? { initial_value: truncate(f.value, Math.min(f.maxLength ?? L.plainTextInput, L.plainTextInput)) } : {}),
        ...placeholder,
      };
  }
}

/** Renders a form as a modal; `tz` is the user's zone for the time picker when known. */
export function renderFormModal(form: Form, tz?: string): types.ModalView {
  const meta: FormModalMeta = { form: form.id, submit: form.submit, token: form.token };
  const inputs: types.KnownBlock[] = form.fields.map((f) => ({
    type: "input",
    block_id: truncate(f.id, L.blockId),
    label: plain(f.label, L.inputLabel),
    optional: f.optional,
    element: element(f, tz),
  }));
  const intro: types.KnownBlock[] = form.intro ? [{ type: "context", elements: [plain(form.intro, 2000)] }] : [];
  return {
    type: "modal",
    callback_id: FORM_MODAL_ID,
    title: plain(form.title, L.modalTitle),
    submit: plain(form.submitLabel, L.modalButton),
    close: plain("Cancel", L.modalButton),
    private_metadata: JSON.stringify(meta),
    blocks: [...intro, ...inputs].slice(0, L.viewBlocks),
  };
}

type StateValue = { value?: string | null; selected_date?: string | null; selected_time?: string | null; selected_option?: { value?: string } | null };

/** Reads a submitted form modal: its metadata and each field's answer as Slack sent it (checked by the engine). */
export function readFormModal(view: { private_metadata?: string; state?: { values?: Record<string, Record<string, StateValue>> } }): { meta: FormModalMeta; fields: Record<string, unknown> } | undefined {
  let meta: FormModalMeta;
  try {
    meta = JSON.parse(view.private_metadata ?? "");
  } catch {
    return undefined;
  }
  if (!meta || typeof meta.token !== "string" || typeof meta.submit !== "string" || typeof meta.form !== "string") return undefined;
  const fields: Record<string, unknown> = {};
  for (const [blockId, elements] of Object.entries(view.state?.values ?? {})) {
    const v = elements && typeof elements === "object" ? Object.values(elements)[0] : undefined;
    if (!v || typeof v !== "object") {
      fields[blockId] = v;
      continue;
    }
    fields[blockId] = v.value ?? v.selected_date ?? v.selected_time ?? (v.selected_option ? v.selected_option.value : undefined) ?? undefined;
  }
  return { meta, fields };
}
