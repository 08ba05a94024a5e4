// The Teams traffic of figure 7: each connection posts the next debrief answer of the next user as
// a Bot Framework message activity to /api/messages, as Teams does (personal chat, one tenant).
import type { RequestSpec } from "autocannon";
import { DEBRIEF_ANSWERS, RESTART_TEXT } from "./debrief-script.js";

/** Where Teams posts activities. */
export const TEAMS_PATH = "/api/messages";

const CYCLE = [...DEBRIEF_ANSWERS, RESTART_TEXT];
const TENANT = "bench-tenant-0000-0000-000000000000";

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

  private activity(u: number, text: string): { body: string; headers: Record<string, string> } {
    const n = this.seq++;
    const user = `bench-${this.tag}-${String(u).padStart(5, "0")}`;
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
      text,
      textFormat: "plain",
    });
    return { body, headers: { "content-type": "application/json", authorization: "Bearer bench-unauthenticated" } };
  }

  /** What starts user `u`'s debrief: `interview-done …` typed in the chat. */
  startDebrief(u: number): { body: string; headers: Record<string, string> } {
    this.step[u] = 0;
    return this.activity(u, RESTART_TEXT);
  }

  /** The next user's next answer (users taken in turn, so one user never has two answers in flight). */
  next(): { body: string; headers: Record<string, string> } {
    const u = this.seq % this.users;
    const text = CYCLE[this.step[u]! % CYCLE.length]!;
    this.step[u]!++;
    return this.activity(u, text);
  }

  /** autocannon's request list: every request a debrief answer. */
  requests(): RequestSpec[] {
    return [{ method: "POST", path: TEAMS_PATH, setupRequest: (req) => ({ ...req, ...this.next() }) }];
  }
}
