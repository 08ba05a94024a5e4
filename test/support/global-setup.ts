// Runs once before any test file: the built server and CLI that system tests spawn are current.
import { buildOnce } from "./build-once.js";

/** vitest's global setup. */
export default function setup(): void {
  buildOnce();
}
