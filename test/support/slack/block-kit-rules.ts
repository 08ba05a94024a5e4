// What real Slack refuses, written down independently of the renderer (numbers from Slack's
// Block Kit reference), so the fake API catches a renderer that forgets a limit.

/** Why Slack would refuse a payload. */
export interface Problem {
  error: string;
  messages: string[];
}

type Any = Record<string, any>;

function textLength(t: Any | undefined): number {
  return typeof t?.text === "string" ? t.text.length : 0;
}

function checkElement(el: Any, where: string, ids: Set<string>, out: string[]): void {
  if (el.action_id !== undefined) {
    if (typeof el.action_id !== "string" || el.action_id.length > 255) out.push(`${where}: action_id must be at most 255 characters`);
    else if (ids.has(el.action_id)) out.push(`${where}: action_id "${el.action_id}" is already used in this message`);
    else ids.add(el.action_id);
  }
  if (el.type === "button") {
    if (!el.text || el.text.type !== "plain_text") out.push(`${where}: button text must be plain_text`);
    if (textLength(el.text) === 0 || textLength(el.text) > 75) out.push(`${where}: button text must be 1 to 75 characters`);
    if (el.url !== undefined && (typeof el.url !== "string" || el.url.length > 3000)) out.push(`${where}: url must be at most 3000 characters`);
    if (el.value !== undefined && (typeof el.value !== "string" || el.value.length === 0 || el.value.length > 2000)) out.push(`${where}: value must be 1 to 2000 characters`);
  }
  // Slack refuses a picker whose initial value is not in its exact format.
  if (el.type === "datepicker" && el.initial_date !== undefined && !/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(el.initial_date)) out.push(`${where}/initial_date: must be YYYY-MM-DD`);
  if (el.type === "timepicker" && el.initial_time !== undefined && !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(el.initial_time)) out.push(`${where}/initial_time: must be HH:mm`);
  if (el.type === "static_select") {
    if (!Array.isArray(el.options) || el.options.length === 0 || el.options.length > 100) out.push(`${where}/options: 1 to 100 options`);
    if (el.initial_option && !(el.options ?? []).some((o: Any) => o.value === el.initial_option.value)) out.push(`${where}/initial_option: must be one of the options`);
  }
  if (el.placeholder !== undefined && textLength(el.placeholder) > 150) out.push(`${where}/placeholder: at most 150 characters`);
  if (el.type === "plain_text_input") {
    if (typeof el.initial_value === "string" && el.initial_value.length > 3000) out.push(`${where}: initial_value must be at most 3000 characters`);
    if (el.max_length !== undefined && el.max_length > 3000) out.push(`${where}: max_length must be at most 3000`);
  }
}

function checkBlocks(blocks: unknown, max: number, surface: "message" | "modal" | "home"): string[] {
  const out: string[] = [];
  if (!Array.isArray(blocks)) return ["blocks must be an array"];
  if (blocks.length > max) out.push(`no more than ${max} items allowed [json-pointer:/blocks]`);
  const ids = new Set<string>();
  const blockIds = new Set<string>();
  blocks.forEach((b: Any, i) => {
    const where = `/blocks/${i}`;
    if (b.block_id !== undefined) {
      if (typeof b.block_id !== "string" || b.block_id.length === 0 || b.block_id.length > 255) out.push(`${where}/block_id: 1 to 255 characters`);
      else if (blockIds.has(b.block_id)) out.push(`${where}/block_id: "${b.block_id}" is already used in this view`);
      else blockIds.add(b.block_id);
    }
    switch (b.type) {
      case "section": {
        if (!b.text && !b.fields) out.push(`${where}: a section needs text or fields`);
        if (b.text && (textLength(b.text) === 0 || textLength(b.text) > 3000)) out.push(`${where}/text: must be 1 to 3000 characters`);
        if (b.fields && (b.fields.length > 10 || b.fields.some((f: Any) => textLength(f) === 0 || textLength(f) > 2000))) out.push(`${where}/fields: at most 10, each 1 to 2000 characters`);
        if (b.accessory) checkElement(b.accessory, `${where}/accessory`, ids, out);
        break;
      }
      case "actions":
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 25) out.push(`${where}/elements: 1 to 25 elements`);
        (b.elements ?? []).forEach((el: Any, j: number) => checkElement(el, `${where}/elements/${j}`, ids, out));
        break;
      case "context":
        if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10) out.push(`${where}/elements: 1 to 10 elements`);
        (b.elements ?? []).forEach((el: Any, j: number) => {
          if (textLength(el) > 3000) out.push(`${where}/elements/${j}: at most 3000 characters`);
        });
        break;
      case "header":
        if (textLength(b.text) === 0 || textLength(b.text) > 150) out.push(`${where}/text: 1 to 150 characters`);
        break;
      case "divider":
        break;
      case "input":
        if (surface === "message") out.push(`${where}: input blocks are not allowed in messages`);
        if (!b.element || !["plain_text_input", "datepicker", "timepicker", "static_select", "radio_buttons", "checkboxes"].includes(b.element.type)) out.push(`${where}/element: unsupported input element`);
        if (textLength(b.label) === 0 || textLength(b.label) > 2000) out.push(`${where}/label: 1 to 2000 characters`);
        if (b.element) checkElement(b.element, `${where}/element`, ids, out);
        break;
      default:
        out.push(`${where}: unsupported block type ${b.type}`);
    }
  });
  return out;
}

/** Checks a chat.postMessage / postEphemeral / update payload as Slack does. */
export function validateMessage(args: Any): Problem | undefined {
  const text = typeof args.text === "string" ? args.text : "";
  if (text.length > 40_000) return { error: "msg_too_long", messages: ["text is over 40000 characters"] };
  if (args.blocks !== undefined) {
    const messages = checkBlocks(args.blocks, 50, "message");
    if (messages.length) return { error: "invalid_blocks", messages };
    if (!text.trim()) return { error: "no_text", messages: ["blocks need a top-level text fallback"] };
    return undefined;
  }
  if (!text.trim()) return { error: "no_text", messages: ["text is required"] };
  return undefined;
}

/** Checks a views.open (modal) or views.publish (home) view as Slack does. */
export function validateView(view: Any | undefined, type: "modal" | "home"): Problem | undefined {
  if (!view || view.type !== type) return { error: "invalid_arguments", messages: [`view.type must be ${type}`] };
  const args: string[] = [];
  if (type === "modal") {
    if (textLength(view.title) === 0 || textLength(view.title) > 24) args.push("must be less than 25 characters [json-pointer:/view/title/text]");
    for (const k of ["submit", "close"]) if (view[k] && textLength(view[k]) > 24) args.push(`must be less than 25 characters [json-pointer:/view/${k}/text]`);
  }
  if (typeof view.private_metadata === "string" && view.private_metadata.length > 3000) args.push("private_metadata over 3000 characters");
  if (args.length) return { error: "invalid_arguments", messages: args };
  const messages = checkBlocks(view.blocks, 100, type);
  return messages.length ? { error: "invalid_blocks", messages } : undefined;
}
