// The one way a test waits: on the condition itself, polled, with a cap generous enough for a
// busy two-core machine. A test never sleeps a fixed time and then checks.

/** How long a wait may take before it fails: far above the work, well below the test timeouts. */
export const WAIT_CAP_MS = 20_000;

/** Polls `check` every 20 ms until it holds; throws naming `what` after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, what = "the condition", timeoutMs = WAIT_CAP_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Polls `find` until it returns something other than undefined, and returns that; throws with `describe()` after `timeoutMs`. */
export async function untilFound<T>(find: () => T | undefined | Promise<T | undefined>, describe: () => string = () => "a match", timeoutMs = WAIT_CAP_MS): Promise<T> {
  let found: T | undefined;
  const deadline = Date.now() + timeoutMs;
  while ((found = await find()) === undefined) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return found;
}
