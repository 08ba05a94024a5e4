// The Bot Framework SDK (botbuilder) was archived at the end of 2025. Its imports stay in three
// named Teams adapter files, so moving to the Microsoft 365 Agents SDK changes those and nothing
// else: this test reads every source and fails on an import of the SDK anywhere else.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, sources } from "../../../support/source-imports.js";
import { ROOT } from "../../../support/build-once.js";

/**
 * The only files that may import the Bot Framework SDK; the bench's bare CloudAdapter bot is the
 * SDK on its own (the baseline Afterword's Teams ingress is measured against), so it names it too.
 */
const ALLOWED = ["adapters/teams/bot-framework.ts", "adapters/teams/create-cloud-adapter.ts", "adapters/teams/connector-http-client.ts", "bench/bare-cloudadapter-child.ts"];

/** The Bot Framework SDK's packages (and the Agents SDK's, which would take their place in the same files). */
const SDK = /^(botbuilder|botframework-|botbuilder-|@microsoft\/agents-)/;

function sdkImports(text: string): string[] {
  return importsOf(text).filter((spec) => SDK.test(spec));
}

describe("botbuilder stays in the named Teams adapter files", () => {
  const files = ["src", "adapters", "bench"].flatMap((d) => sources(join(ROOT, d))).map((f) => relative(ROOT, f));

  it("reads the sources, and every allowed file exists and does import the SDK", () => {
    expect(files.length).toBeGreaterThan(50);
    for (const f of ALLOWED) expect(sdkImports(readFileSync(join(ROOT, f), "utf8")), f).not.toEqual([]);
  });

  it("no other file imports it, type-only imports included", () => {
    const offenders = files.filter((f) => !ALLOWED.includes(f) && sdkImports(readFileSync(join(ROOT, f), "utf8")).length > 0);
    expect(offenders).toEqual([]);
  });

  it("catches an import when one is added", () => {
    expect(sdkImports('import type { TurnContext } from "botbuilder";')).toEqual(["botbuilder"]);
    expect(sdkImports('export { INVOKE_RESPONSE_KEY } from "botbuilder";')).toEqual(["botbuilder"]);
    expect(sdkImports('const m = await import("botframework-connector");')).toEqual(["botframework-connector"]);
    expect(sdkImports('import { CloudAdapter } from "@microsoft/agents-hosting";')).toEqual(["@microsoft/agents-hosting"]);
    expect(sdkImports('import type { TurnContext } from "./bot-framework.js";')).toEqual([]);
  });
});
