// The engine's neutral form as Adaptive Card 1.5 inputs (Input.Text, Input.Date, Input.Time,
// Input.ChoiceSet), with one submit; a group (one interviewer's name and title) shares a row.
import type { Form, FormField } from "../../src/core/types.js";

type Element = Record<string, unknown>;

function input(f: FormField): Element {
  // A required input needs the line Teams shows when it is left empty.
  const required = f.optional ? { isRequired: false } : { isRequired: true, errorMessage: `Please fill in: ${f.label}` };
  const base = { id: f.id, label: f.label, ...required, ...(f.placeholder ? { placeholder: f.placeholder } : {}) };
  switch (f.kind) {
    case "date":
      return { type: "Input.Date", ...base, ...(f.value ? { value: f.value } : {}) };
    case "time":
      return { type: "Input.Time", ...base, ...(f.value ? { value: f.value } : {}) };
    case "choice":
      return {
        type: "Input.ChoiceSet",
        ...base,
        style: "compact",
        choices: (f.choices ?? []).map((c) => ({ title: c.label, value: c.value })),
        ...(f.value ? { value: f.value } : {}),
      };
    case "text":
      return { type: "Input.Text", ...base, ...(f.maxLength ? { maxLength: f.maxLength } : {}), ...(f.value ? { value: f.value } : {}) };
  }
}

/** The card body of a form: its introduction, its inputs (grouped fields side by side), and the submit button. */
export function renderFormBody(form: Form): Element[] {
  const body: Element[] = [{ type: "TextBlock", text: form.title, weight: "Bolder", size: "Medium", wrap: true }];
  if (form.intro) body.push({ type: "TextBlock", text: form.intro, wrap: true, isSubtle: true, spacing: "None" });
  // Consecutive fields of one group (an interviewer's name and title) share a row.
  for (let i = 0; i < form.fields.length; ) {
    const f = form.fields[i]!;
    let j = i + 1;
    while (f.group && form.fields[j]?.group === f.group) j++;
    const row = form.fields.slice(i, j);
    body.push(row.length === 1 ? input(f) : { type: "ColumnSet", columns: row.map((m) => ({ type: "Column", width: "stretch", items: [input(m)] })) });
    i = j;
  }
  body.push({
    type: "ActionSet",
    actions: [{ type: "Action.Submit", title: form.submitLabel, style: "positive", data: { action: form.submit, value: form.token } }],
  });
  return body;
}
