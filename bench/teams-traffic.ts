// The Teams traffic of figure 7: each connection posts the next step of the next user's debrief as
// a Bot Framework message activity to /api/messages, as Teams does (personal chat, one tenant):
// `interview-done …` typed (answered with the debrief form's card), the card submitted (the basics),
// then the questions in the chat, to the save.
import type { RequestSpec } from "autocannon";
import { formToken } from "../src/core/debrief/debrief-form.js";
import { DEBRIEF_ANSWERS, RESTART_TEXT } from "./debrief-script.js";

/** Where Teams posts activities. */
export const TEAMS_PATH = "/api/messages";

const TENANT = "bench-tenant-0000-0000-000000000000";
/** The basics the card is submitted with (the same facts the one-line start names). */
const FORM_FIELDS = { company: "Acme", role: "Staff Engineer", time: "10:00", format: "video", stage: "final round", name1: "Dana Li" };
/** After the card, the chat asks from the name check on: the script's answers from its third on. */
const CHAT_ANSWERS = DEBRIEF_ANSWERS.slice(2);
/** One debrief: the typed command, the submitted card, the chat answers. */
const STEPS = 2 + CHAT_ANSWERS.length;

/** One server's Teams traffic: `users` people, each answering their own debrief in order, the replies going to `serviceUrl`. */
export class TeamsTraffic {
  readonly path = TEAMS_PATH;
  private seq = 0;
  private readonly step: number[];

  constructor(
    readonly serviceUrl: string,
    readonly users: number,
    /** Tags activity ids so two servers' traffic never shares one. */
    readonly tag: string,
  ) {
    this.step = new Array<number>(users).fill(0);
  }

  private activity(u: number, said: { text: string } | { value: Record<string, unknown> }): { body: string; headers: Record<string, string> } {
    const n = this.seq++;
    const user = this.userId(u);
    const body = JSON.stringify({
      type: "message",
      id: `${this.tag}${n}`,
      timestamp: new Date().toISOString(),
      channelId: "msteams",
      serviceUrl: this.serviceUrl,
      from: { id: `29:${user}`, name: "Sam Bench", aadObjectId: `aad-${user}` },
      conversation: { conversationType: "personal", tenantId: TENANT, id: `a:${user}` },
      recipient: { id: "28:afterword-bench", name: "Afterword" },
      channelData: { tenant: { id: TENANT } },
      locale: "en-US",
      localTimezone: "UTC",
      ...("text" in said ? { text: said.text, textFormat: "plain" } : { value: said.value }),
    });
    return { body, headers: { "content-type": "application/json", authorization: "Bearer bench-unauthenticated" } };
  }

  private userId(u: number): string {
    return `bench-${this.tag}-${String(u).padStart(5, "0")}`;
  }

  /** The card's submission, with a token the server will take as the one it offered this user. */
  private submitCard(u: number): { value: Record<string, unknown> } {
    const now = Date.now();
    const token = formToken({ platform: "teams", tenant: TENANT, user: `aad-${this.userId(u)}` }, now);
    return { value: { action: "debrief-form.submit", value: token, ...FORM_FIELDS, date: new Date(now).toISOString().slice(0, 10) } };
  }

  private stepOf(u: number): { body: string; headers: Record<string, string> } {
    const k = this.step[u]!++ % STEPS;
    return this.activity(u, k === 0 ? { text: RESTART_TEXT } : k === 1 ? this.submitCard(u) : { text: CHAT_ANSWERS[k - 2]! });
  }

  /** What starts user `u`'s debrief: `interview-done …` typed, then the card submitted (the next request is the first chat answer). */
  startDebrief(u: number): { body: string; headers: Record<string, string> }[] {
    this.step[u] = 0;
    return [this.stepOf(u), this.stepOf(u)];
  }

  /** The next user's next step (users taken in turn, so one user never has two in flight). */
  next(): { body: string; headers: Record<string, string> } {
    return this.stepOf(this.seq % this.users);
  }

  /** autocannon's request list: every request a debrief answer. */
  requests(): RequestSpec[] {
    return [{ method: "POST", path: TEAMS_PATH, setupRequest: (req) => ({ ...req, ...this.next() }) }];
  }
}
