// A person in Teams, as the bot sees them: typed messages and card clicks become activities
// POSTed to /api/messages; what the bot says back is read from the fake connector, card by card.
import { expect } from "vitest";
import type { FakeConnector, RecordedActivity } from "./fake-connector.js";
import { cardProblems, cardsOf } from "./adaptive-card-sdk.js";
import type { TeamsServer } from "./teams-server.js";

/** An Action.Submit found on a card the bot sent. */
export interface SubmitAction {
  title: string;
  data: { action: string; value?: string };
  /** The input ids of the card it sits on (a ShowCard's form included). */
  inputs: Record<string, string>;
}

let seq = 0;

export class TeamsUser {
  /** Every activity the bot sent this user, in order. */
  readonly received: RecordedActivity[] = [];
  /** Every card the bot sent this user, for the Adaptive Cards SDK to judge. */
  readonly cards: unknown[] = [];
  lastIds: string[] = [];
  serviceUrl: string;

  constructor(
    private readonly server: TeamsServer,
    private readonly connector: FakeConnector,
    readonly who: { tenant: string; aad: string; teamsId: string; name: string; conversation: string; tz: string },
  ) {
    this.serviceUrl = connector.serviceUrl;
  }

  /** The activity Teams would post for this user. */
  activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      type: "message",
      id: `${Date.now()}${++seq}`,
      timestamp: new Date().toISOString(),
      channelId: "msteams",
      serviceUrl: this.serviceUrl,
      from: { id: this.who.teamsId, name: this.who.name, aadObjectId: this.who.aad },
      conversation: { conversationType: "personal", tenantId: this.who.tenant, id: this.who.conversation },
      recipient: { id: "28:afterword-bot", name: "Afterword" },
      channelData: { tenant: { id: this.who.tenant } },
      locale: "en-GB",
      localTimezone: this.who.tz,
      ...extra,
    };
  }

  /** Posts an activity and returns what the bot replied within the turn. */
  async post(activity: Record<string, unknown>, expectStatus = 200): Promise<RecordedActivity[]> {
    const before = this.connector.activities.length;
    const res = await this.server.post(activity);
    expect(res.status, res.body).toBe(expectStatus);
    const replies = this.connector.activities.slice(before).filter((a) => a.conversationId === this.who.conversation);
    this.absorb(replies);
    this.lastIds = replies.map((r) => r.activity.replyToId);
    return replies;
  }

  /** Takes in activities that reached this user (proactive ones, read from the connector). */
  absorb(activities: RecordedActivity[]): void {
    for (const a of activities) {
      this.received.push(a);
      for (const card of cardsOf(a.activity)) {
        this.cards.push(card);
        expect(cardProblems(card), JSON.stringify(card).slice(0, 400)).toEqual([]);
      }
    }
  }

  say(text: string): Promise<RecordedActivity[]> {
    return this.post(this.activity({ text, textFormat: "plain" }));
  }

  /** Clicks a button (matched by title) on the most recent card that has it. */
  async click(title: string | RegExp, inputs: Record<string, string> = {}): Promise<RecordedActivity[]> {
    const action = this.find(title);
    if (!action) throw new Error(`no button "${title}" on the cards received; last card: ${this.lastText()}`);
    // Teams posts Action.Submit as a message whose value is the data merged with the card's inputs.
    return this.post(this.activity({ value: { ...action.data, ...action.inputs, ...inputs }, text: undefined }));
  }

  find(title: string | RegExp, from = this.received): SubmitAction | undefined {
    for (let i = from.length - 1; i >= 0; i--) {
      for (const card of cardsOf(from[i]!.activity)) {
        const hit = submitsOf(card).find((s) => (typeof title === "string" ? s.title === title : title.test(s.title)));
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** All the text on the last activity received. */
  lastText(): string {
    const last = this.received.at(-1);
    return last ? textOfActivity(last.activity) : "";
  }
}

/** The visible text of an activity's cards, flattened. */
export function textOfActivity(activity: Record<string, any>): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n.type === "TextBlock" && typeof n.text === "string") out.push(n.text.replace(/\r/g, "\n"));
    if (n.type === "FactSet") for (const f of n.facts as { title: string; value: string }[]) out.push(`${f.title}: ${f.value}`);
    if (typeof n.title === "string" && String(n.type).startsWith("Action.")) out.push(`[${n.title}]`);
    for (const [k, v] of Object.entries(n)) if (k !== "data" && typeof v === "object") walk(v);
  };
  walk(cardsOf(activity));
  return out.join("\n");
}

/** Every Action.Submit on a card, with the inputs that would be sent along. */
export function submitsOf(card: unknown): SubmitAction[] {
  const found: SubmitAction[] = [];
  const visit = (node: unknown, inputs: Record<string, string>): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, inputs));
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, any>;
    if (n.type === "AdaptiveCard") {
      const own = { ...inputs };
      const collect = (x: unknown): void => {
        if (Array.isArray(x)) return x.forEach(collect);
        if (!x || typeof x !== "object") return;
        const y = x as Record<string, any>;
        if (typeof y.type === "string" && y.type.startsWith("Input.") && y.id) own[y.id] = y.value ?? "";
        if (y.type === "AdaptiveCard") return;
        Object.values(y).forEach(collect);
      };
      collect(n.body);
      for (const child of [n.body, n.actions]) visit(child, own);
      return;
    }
    if (n.type === "Action.Submit") found.push({ title: n.title, data: n.data, inputs });
    for (const [k, v] of Object.entries(n)) if (k !== "data" && typeof v === "object") visit(v, inputs);
  };
  visit(card, {});
  return found;
}
