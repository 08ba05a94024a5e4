// Reads a V8 CPU profile (node --cpu-prof) and splits its samples by component: Bolt, the Web API
// client, the engine, SQLite, logging, zod, GC … Each sample goes to the innermost frame of its
// stack that belongs to a known component (a native call such as a statement's run() goes to the
// JavaScript that called it); samples with no such frame go to "node".
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

/** The parts of a .cpuprofile file this reads. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The components, in the order the breakdown is printed. */
export const COMPONENTS = [
  "Bolt + express",
  "Bot Framework SDK",
  "Web API client",
  "adapters (Slack, Teams)",
  "engine",
  "SQLite",
  "logging",
  "zod",
  "GC",
  "node (HTTP, streams, timers)",
  "other",
] as const;
export type Component = (typeof COMPONENTS)[number];

// Checked innermost first; the first rule whose pattern is in the frame's url decides.
const RULES: [RegExp, Component][] = [
  [/node_modules\/zod\//, "zod"],
  [/node_modules\/(pino|sonic-boom|pino-std-serializers|fast-redact|quick-format-unescaped|safe-stable-stringify|thread-stream)\/|dist\/src\/logger\.js|dist\/src\/server\/request-id\.js|dist\/adapters\/slack\/bolt-logger\.js/, "logging"],
  [/node_modules\/better-sqlite3\/|dist\/src\/store\//, "SQLite"],
  [/node:internal\/deps\/undici|node:_http_client|node:_http_agent|dist\/adapters\/(http\/keep-alive-fetch|slack\/fast-web-client|teams\/connector-http-client)\.js|node_modules\/(@slack\/web-api|axios|form-data|p-queue|p-retry|p-timeout|retry|follow-redirects|proxy-from-env|combined-stream|asynckit|mime-types|is-stream|eventemitter3|@slack\/logger)\//, "Web API client"],
  [/node_modules\/(@slack\/bolt|express|body-parser|raw-body|router|tsscmp|path-to-regexp|send|finalhandler|qs|iconv-lite|type-is|content-type|on-finished|depd|statuses|http-errors|media-typer|accepts|negotiator|cookie|parseurl|encodeurl|escape-html|etag|fresh|range-parser|vary|proxy-addr|forwarded|serve-static|merge-descriptors|utils-merge|call-bind|get-intrinsic|side-channel|safe-buffer|bytes|unpipe|debug|ms)\//, "Bolt + express"],
  [/node_modules\/(botbuilder[^/]*|botframework-[^/]*|@azure\/[^/]+|@typespec\/[^/]+|jsonwebtoken|jws|jwa|jose|uuid|dayjs|filenamify|htmlparser2|dependency-graph|zod\/v3)\//, "Bot Framework SDK"],
  [/dist\/adapters\//, "adapters (Slack, Teams)"],
  // The engine's own libraries: language, dates, spelling and grammar.
  [/dist\/src\/(core|scheduler)\/|node_modules\/(compromise|chrono-node|luxon|nspell|harper\.js|date-holidays[^/]*|efrt|suffix-thumb|grad-school)\//, "engine"],
  [/dist\/src\//, "other"],
];

function componentOfUrl(url: string): Component | undefined {
  if (!url) return undefined;
  for (const [pattern, component] of RULES) if (pattern.test(url)) return component;
  if (url.includes("node_modules/")) return "other";
  return undefined;
}

/** Milliseconds of CPU by component, over the samples taken between `from` and `to` (profile clock, µs). */
export interface Breakdown {
  totalMs: number;
  byComponent: Map<Component, number>;
  /** The heaviest functions by self time, for finding what to cut. */
  top: { name: string; url: string; component: Component; selfMs: number }[];
}

/** Splits a profile's samples (optionally only those taken within [from, to] on the profile's clock) by component. */
export function breakdown(profile: CpuProfile, window?: { from: number; to: number }): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const decided = new Map<number, Component | null>();
  const componentOf = (id: number): Component | null => {
    const known = decided.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    let c: Component | null;
    if (name === "(idle)") c = null;
    else if (name === "(garbage collector)") c = "GC";
    else c = componentOfUrl(node.callFrame.url) ?? (parent.has(id) ? componentOf(parent.get(id)!) : "node (HTTP, streams, timers)");
    if (c === null && name !== "(idle)") c = "node (HTTP, streams, timers)";
    decided.set(id, c);
    return c;
  };
  const byComponent = new Map<Component, number>(COMPONENTS.map((c) => [c, 0]));
  const self = new Map<number, number>();
  let t = profile.startTime;
  let totalUs = 0;
  // Each sample counts as one interval: on a busy machine the gap after a sample also holds the
  // time the process was not running at all, which would be blamed on whatever ran last.
  const us = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i] ?? 0;
    if (window && (t < window.from || t > window.to)) return;
    const c = componentOf(id);
    if (c === null) return;
    byComponent.set(c, byComponent.get(c)! + us / 1000);
    self.set(id, (self.get(id) ?? 0) + us / 1000);
    totalUs += us;
  });
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([id, ms]) => {
      const n = byId.get(id)!;
      return { name: n.callFrame.functionName || "(anonymous)", url: n.callFrame.url.replace(/^.*\/(node_modules|dist)\//, "$1/"), component: componentOf(id)!, selfMs: ms };
    });
  return { totalMs: totalUs / 1000, byComponent, top };
}

/** Reads a .cpuprofile file. */
export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
}
