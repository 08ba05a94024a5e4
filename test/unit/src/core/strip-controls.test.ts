import { describe, expect, it } from "vitest";
import { cleanInbound, stripControls } from "../../../../src/core/strip-controls.js";

describe("stripControls", () => {
  it("drops control characters and direction overrides, keeps line breaks, tabs and every other letter", () => {
    expect(stripControls("Dear Ana,\r\n\r\nThanks\tagain.\u001b[31m\u0007\u202e\u0085 Łódź — café 😀")).toBe("Dear Ana,\n\nThanks\tagain.[31m Łódź — café 😀");
    expect(stripControls("a\rb")).toBe("a\nb");
  });

  it("cleans every typed field of an event, form answers included, and leaves ids alone", () => {
    const at = new Date(0);
    const from = { platform: "console" as const, tenant: "local", user: "sam" };
    expect(cleanInbound({ kind: "action", action: "x", value: "v\u0000", text: "t\u001b", fields: { a: "b\u0007", n: 3, list: ["c\u0008"] }, from, at, id: "i", displayName: "Sam\u200f\u202e" })).toEqual({
      kind: "action",
      action: "x",
      value: "v",
      text: "t",
      fields: { a: "b", n: 3, list: ["c"] },
      from,
      at,
      id: "i",
      displayName: "Sam\u200f",
    });
  });
});
