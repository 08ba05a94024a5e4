// Hostile and malformed requests for Afterword's real endpoints, generated from a seeded PRNG so
// every run sends the same 1,000. Requests that must get past Slack's signature check are signed;
// Teams runs unauthenticated (emulator mode), so its activities only have to be well-formed JSON.
import { createHmac } from "node:crypto";
import { Actions } from "../../src/core/actions.js";
import { buttonClick, commandFields, dmEvent, homeOpened, letterSubmission, uninstallEvent } from "./slack/payloads.js";
import { seededRandom } from "./seeded-random.js";

/** The shared seeded generator, under the name these helpers use. */
export const seeded = seededRandom;

/** One request to send. */
export interface Attack {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Who the attacks may name: the victims' ids (to act on) and the identities the attacker may use. */
export interface Targets {
  secret: string;
  serviceUrl: string;
  victim: { interviews: number[]; letters: number[]; reminders: number[] };
  /** The Slack workspace attacker and victim share, and the attacker's user id in it. */
  slackTeam: string;
  slackAttacker: string;
  /** A workspace only attackers are in (the only one an uninstall event may name). */
  evilTeam: string;
  teamsTenant: string;
  teamsAttacker: string;
}


const HOSTILE_TEXT = [
  "'; DROP TABLE users; --",
  "Robert'); DROP TABLE letters;--",
  "1 OR 1=1",
  '" OR ""="',
  "') ; DELETE FROM interviews WHERE ('1'='1",
  "x' UNION SELECT token, secret FROM users --",
  "*bold* _italic_ ~strike~ `code` ```block```",
  "<!channel> <!here> <!everyone> <@UVICTIM>",
  "<https://evil.example/steal|Open as email>",
  "<javascript:alert(1)|click>",
  "[click me](http://evil.example) ![img](http://evil.example/x.png)",
  "<script>alert(document.cookie)</script>",
  "&lt;&gt;&amp;&quot; &#x27;",
  "\u202Egnp.exe\u202C invoice",
  "nul\u0000byte and bell\u0007 and escape \u001b[31mred",
  "𝕳𝖊𝖑𝖑𝖔 🤖🔥 Z̴̡̙a̸l̶g̷o̵",
  "%s%s%s%n %x %d",
  "${process.env.SLACK_BOT_TOKEN} {{7*7}} #{7*7}",
  "../../../../etc/passwd",
  "\n\n\n\n\n\n\n\n\n\n",
  "skip",
  "cancel",
  "back",
  "done",
  "interview-done",
  "/interview-done Evil Corp, with '; DROP TABLE users; --",
  "yes",
  "no",
  "-1",
  "9007199254740993",
  "1e309",
  "NaN",
  "null",
  "{\"action\":\"data.forget-confirm\"}",
];

const WEIRD_VALUES: unknown[] = [null, 0, -1, 1.5, true, false, [], {}, [1, 2], { a: { b: {} } }, "", " ", "x".repeat(5000), "🤖", "\u0000", "null", "undefined", "constructor", "__proto__", "D<script>", "T:with:colons", 1e309];

const CONTENT_TYPES = [
  "text/plain",
  "application/xml",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded; charset=utf-8",
  "application/x-www-form-urlencoded",
  "application/json",
  "text/html",
  "image/png",
];

/** Signs a Slack body as Slack does (v0 HMAC-SHA256 of `v0:<ts>:<body>`). */
function signSlack(secret: string, body: string, ts: number): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
}

/** Builds the 1,000 attacks. */
export function hostileInputs(t: Targets, seed = 20261122, total = 1000): Attack[] {
  const rand = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const chance = (p: number) => rand() < p;
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => int(0, 255));
  const word = (n: number) => Array.from({ length: n }, () => pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split(""))).join("");
  const hostile = () => (chance(0.1) ? pick(HOSTILE_TEXT).repeat(int(50, 400)) : pick(HOSTILE_TEXT) + (chance(0.3) ? ` ${word(6)}` : ""));
  const victimId = () => String(pick([...t.victim.interviews, ...t.victim.letters, ...t.victim.reminders]));
  const victimValue = () => {
    const id = victimId();
    return pick([id, `${id}:rejected`, `${id}:offer`, `${id}:next_round`, `${id}:no`, ` ${id} `, `${id}abc`, `-${id}`, `${id}.0`, `${id}; DROP TABLE letters`, `${id}:${id}`, JSON.stringify({ id })]);
  };
  const attackerUser = () => (chance(0.6) ? t.slackAttacker : `UEVIL${word(5)}`);
  const slackTeam = () => (chance(0.8) ? t.slackTeam : t.evilTeam);
  const now = () => Math.floor(Date.now() / 1000);

  const slack = (kind: string, body: string, contentType: string, o: { signed?: boolean; ts?: string; signature?: string; extra?: Record<string, string> } = {}): Attack => {
    const ts = o.ts ?? String(now());
    const headers: Record<string, string> = { "content-type": contentType, "x-slack-request-timestamp": ts, ...o.extra };
    if (o.signed !== false) headers["x-slack-signature"] = o.signature ?? signSlack(t.secret, body, Number(ts));
    return { kind, method: "POST", path: "/slack/events", headers, body };
  };
  const slackBytes = (kind: string, data: Uint8Array, contentType: string, signed: boolean): Attack => {
    const asText = Buffer.from(data).toString("utf8");
    const a = slack(kind, asText, contentType, { signed });
    return { ...a, body: data };
  };
  const form = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  const teams = (kind: string, body: string | Uint8Array, contentType = "application/json", extra: Record<string, string> = {}): Attack => ({
    kind,
    method: "POST",
    path: "/api/messages",
    headers: { "content-type": contentType, ...extra },
    body,
  });

  /** Replaces or deletes one to three random fields anywhere in a payload. */
  const mutate = <T>(value: T): T => {
    const copy = structuredClone(value) as any;
    const paths: (string | number)[][] = [];
    const walk = (node: any, path: (string | number)[]) => {
      if (path.length > 6 || !node || typeof node !== "object") return;
      for (const k of Object.keys(node)) {
        paths.push([...path, Array.isArray(node) ? Number(k) : k]);
        walk(node[k], [...path, k]);
      }
    };
    walk(copy, []);
    for (let n = int(1, 3); n > 0 && paths.length; n--) {
      const path = pick(paths);
      let parent = copy;
      for (const k of path.slice(0, -1)) parent = parent?.[k];
      if (!parent || typeof parent !== "object") continue;
      const key = path.at(-1)!;
      if (chance(0.45)) delete parent[key];
      else parent[key] = pick(WEIRD_VALUES);
    }
    return copy;
  };

  // A Teams activity from the attacker; serviceUrl always the loopback fake connector.
  const activity = (extra: Record<string, unknown> = {}) => ({
    type: "message",
    id: `act-${word(10)}`,
    timestamp: new Date().toISOString(),
    channelId: "msteams",
    serviceUrl: t.serviceUrl,
    from: { id: "29:attacker", name: "Mallory", aadObjectId: chance(0.7) ? t.teamsAttacker : `aad-evil-${word(4)}` },
    conversation: { conversationType: "personal", tenantId: t.teamsTenant, id: "a:attacker-chat" },
    recipient: { id: "28:afterword-bot", name: "Afterword" },
    channelData: { tenant: { id: t.teamsTenant } },
    locale: "en-GB",
    localTimezone: pick(["Europe/London", "Not/AZone", "", "../../etc"]),
    ...extra,
  });
  // Mutations must never point a reply anywhere but the loopback fake connector.
  const keepLoopback = (a: any) => {
    if (a && typeof a === "object" && typeof a.serviceUrl === "string") {
      try {
        if (new URL(a.serviceUrl).hostname !== "127.0.0.1") a.serviceUrl = t.serviceUrl;
      } catch {
        // Not a URL: the endpoint refuses it before anything is sent.
      }
    }
    return a;
  };

  const makers: [number, () => Attack][] = [
    [55, () => slackBytes("slack/random-bytes", bytes(int(0, 4096)), pick(CONTENT_TYPES), chance(0.5))],
    [5, () => slackBytes("slack/huge", bytes(1024 * 1024 + int(1, 300_000)), pick(["application/json", "application/x-www-form-urlencoded"]), chance(0.5))],
    [
      50,
      () => {
        const body = chance(0.5)
          ? JSON.stringify(dmEvent({ team: slackTeam(), user: attackerUser(), channel: `D${word(8)}`, text: hostile() }))
          : form(buttonClick({ team: slackTeam(), user: attackerUser(), channel: `D${word(8)}`, actionId: pick(Object.values(Actions)), value: victimValue() }));
        return slack("slack/wrong-content-type", body, pick(CONTENT_TYPES.filter((c) => c !== "application/json" && c !== "application/x-www-form-urlencoded")));
      },
    ],
    [
      60,
      () => {
        const valid = JSON.stringify(buttonClick({ team: slackTeam(), user: attackerUser(), channel: `D${word(8)}`, actionId: pick(Object.values(Actions)), value: victimValue() }));
        const broken = pick([valid.slice(0, int(0, valid.length - 1)), valid.replace(/"/g, "'"), `${valid},`, "null", "[]", "123", '"str"', "{}", "{{{{", Buffer.from(bytes(64)).toString("latin1")]);
        const body = chance(0.8) ? `payload=${encodeURIComponent(broken)}` : `payload=${broken}`;
        return slack("slack/broken-payload", body, "application/x-www-form-urlencoded");
      },
    ],
    [
      80,
      () => {
        const actionId = pick([word(int(1, 20)), `afterword.${word(6)}`, `${pick(Object.values(Actions))}~${int(0, 99)}`, "debrief.answer~x~y", "x".repeat(300), "🤖", "settings.hours", "nudge.snooze-day"]);
        const click = buttonClick({ team: slackTeam(), user: attackerUser(), channel: `D${word(8)}`, actionId, ...(chance(0.7) ? { value: pick([hostile(), victimValue(), word(5)]) } : {}) });
        return slack("slack/unknown-action", form(click), "application/x-www-form-urlencoded");
      },
    ],
    [
      150,
      () => {
        const user = attackerUser();
        const team = slackTeam();
        const channel = `D${user.slice(1)}`;
        const r = rand();
        if (r < 0.6) {
          const click = buttonClick({ team, user, channel, actionId: pick([...Object.values(Actions), "afterword.letter-edit"]), value: victimValue(), fromHome: chance(0.2) });
          return slack("slack/victim-ids", form(click), "application/x-www-form-urlencoded");
        }
        if (r < 0.85) {
          const submit = letterSubmission({ team, user, letterId: victimValue(), channel, parts: [hostile(), "Hijacked"] });
          return slack("slack/victim-ids", form(submit), "application/x-www-form-urlencoded");
        }
        return slack("slack/victim-ids", JSON.stringify(dmEvent({ team, user, channel, text: `${victimId()} ${hostile()}` })), "application/json");
      },
    ],
    [
      130,
      () => {
        const user = attackerUser();
        if (chance(0.25)) return slack("slack/injection", new URLSearchParams(commandFields({ team: slackTeam(), user, text: hostile() })).toString(), "application/x-www-form-urlencoded");
        return slack("slack/injection", JSON.stringify(dmEvent({ team: slackTeam(), user, channel: `D${user.slice(1)}`, text: hostile() })), "application/json");
      },
    ],
    [
      120,
      () => {
        const user = attackerUser();
        const team = slackTeam();
        const r = rand();
        if (r < 0.3) return slack("slack/missing-fields", JSON.stringify(mutate(dmEvent({ team, user, channel: `D${user.slice(1)}`, text: hostile() }))), "application/json");
        if (r < 0.55) return slack("slack/missing-fields", form(mutate(buttonClick({ team, user, channel: `D${user.slice(1)}`, actionId: pick(Object.values(Actions)), value: victimValue() }))), "application/x-www-form-urlencoded");
        if (r < 0.7) return slack("slack/missing-fields", form(mutate(letterSubmission({ team, user, letterId: victimValue(), parts: ["a", "b"] }))), "application/x-www-form-urlencoded");
        if (r < 0.85) {
          const fields = mutate(commandFields({ team, user, text: hostile() }) as Record<string, unknown>);
          const flat = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v) ?? ""]));
          return slack("slack/missing-fields", new URLSearchParams(flat).toString(), "application/x-www-form-urlencoded");
        }
        if (r < 0.92) return slack("slack/missing-fields", JSON.stringify(mutate(homeOpened({ team, user }))), "application/json");
        // Uninstalls only ever name the attackers' own workspace: a signed uninstall of a shared one is Slack's word.
        return slack("slack/missing-fields", JSON.stringify(mutate(uninstallEvent(t.evilTeam, pick(["app_uninstalled", "tokens_revoked"] as const)))), "application/json");
      },
    ],
    [
      40,
      () => {
        const body = JSON.stringify(dmEvent({ team: slackTeam(), user: attackerUser(), channel: "DX", text: hostile() }));
        const r = rand();
        if (r < 0.2) return slack("slack/headers", body, "application/json", { ts: pick(["abc", "", "-1", "1e99", "0x10", String(now() - 400), String(now() + 400)]) });
        if (r < 0.4) return slack("slack/headers", body, "application/json", { signature: pick(["v0=", "v1=abc", "garbage", `v0=${"0".repeat(64)}`, "v0=zz"]) });
        if (r < 0.55) return slack("slack/headers", body, "application/json", { signed: false });
        if (r < 0.8) return slack("slack/headers", body, "application/json", { extra: { "x-slack-retry-num": pick(["-1", "abc", "99999999999", "1.5", ""]), "x-slack-retry-reason": "http_error" } });
        return slack("slack/headers", body, "application/json", { extra: { "x-request-id": pick(["a b c", '"quoted"', "x".repeat(300), "id;drop", "line\\nbreak"]) } });
      },
    ],
    [35, () => teams("teams/random-bytes", bytes(int(0, 4096)), pick(CONTENT_TYPES))],
    [4, () => teams("teams/huge", JSON.stringify(activity({ text: "x".repeat(1024 * 1024 + int(1, 200_000)) })))],
    [30, () => teams("teams/wrong-content-type", JSON.stringify(activity({ text: hostile() })), pick(CONTENT_TYPES.filter((c) => !c.startsWith("application/json"))))],
    [
      30,
      () => {
        const valid = JSON.stringify(activity({ text: hostile() }));
        return teams("teams/broken-json", pick([valid.slice(0, int(0, valid.length - 1)), `${valid}}`, "{", "[1,2", "null", '"x"', "42", "[]", valid.replace(/"/g, "'")]));
      },
    ],
    [56, () => teams("teams/injection", JSON.stringify(activity({ text: chance(0.2) ? `interview-done ${hostile()}` : hostile(), textFormat: "plain" })))],
    [
      60,
      () => {
        const action = pick([...Object.values(Actions), word(8), "x".repeat(500)]);
        const value: Record<string, unknown> = { action, value: chance(0.8) ? victimValue() : pick(WEIRD_VALUES) };
        if (chance(0.4)) value[`letter-${value.value}`] = `${hostile()} hijacked letter`;
        return teams("teams/victim-ids", JSON.stringify(activity({ value, text: undefined })));
      },
    ],
    [
      60,
      () => {
        const base = activity(
          pick([
            { text: hostile() },
            { value: { action: pick(Object.values(Actions)), value: victimValue() }, text: undefined },
            { type: "conversationUpdate", membersAdded: [{ id: "28:afterword-bot" }], text: undefined },
            { type: "installationUpdate", action: pick(["add", "remove", "weird"]), text: undefined },
            { type: pick(["invoke", "typing", "messageReaction", "event", word(5)]) },
          ]),
        );
        return teams("teams/missing-fields", JSON.stringify(keepLoopback(mutate(base))));
      },
    ],
    [
      35,
      (): Attack => {
        const r = rand();
        const path = pick(["/slack/events", "/api/messages", "/healthz", "/", "/../../etc/passwd", "/slack/events/../healthz", "/%2e%2e/%2e%2e", "/api/messages?x=<script>", `/${word(20)}`, "/healthz?verbose=1", "/%ZZ"]);
        if (r < 0.6) return { kind: "other/methods-paths", method: pick(["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]), path, headers: {} };
        if (r < 0.8) return { kind: "other/methods-paths", method: "POST", path, headers: { "content-type": "application/json" }, body: "{}" };
        return { kind: "other/headers", method: "GET", path: "/healthz", headers: { "x-request-id": pick(["ok-id-1", "bad id", "x".repeat(200)]), "x-junk": "y".repeat(int(100, 20_000)) } };
      },
    ],
  ];
  const weights = makers.reduce((n, [w]) => n + w, 0);
  if (weights !== total) throw new Error(`the attack mix adds up to ${weights}, not ${total}`);
  const attacks: Attack[] = [];
  for (const [count, make] of makers) for (let i = 0; i < count; i++) attacks.push(make());
  // Interleave the kinds, deterministically.
  for (let i = attacks.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [attacks[i], attacks[j]] = [attacks[j]!, attacks[i]!];
  }
  return attacks;
}
