// The start-up warm-up: every step builds its data without failing, and the event loop turns
// between steps, so a request arriving meanwhile waits for one step at most.
import { describe, expect, it } from "vitest";
import { WARM_UP_STEPS, warmUp } from "../../../../src/core/warm-up.js";

describe("warmUp", () => {
  it("lets the event loop turn between its steps", async () => {
    const order: string[] = [];
    const done = warmUp([() => order.push("first step"), () => order.push("second step")]);
    setImmediate(() => order.push("a request"));
    await done;
    expect(order).toEqual(["first step", "a request", "second step"]);
  });

  it("builds the engine's language data without failing", async () => {
    expect(WARM_UP_STEPS.length).toBeGreaterThanOrEqual(3);
    await expect(warmUp()).resolves.toBeUndefined();
  });
});
