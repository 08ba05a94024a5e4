// Runs once before any test file: the built server and CLI that system tests spawn are current.
import { buildOnce } from "./build-once.js";

/** vitest's global setup. */
export default function setup(): void {
  buildOnce();
  // Servers and terminals that tests spawn skip the grammar checker's second of start-up CPU unless a test turns it on
  // (the letters tests load it in-process; the terminal coach test runs it in a real process).
  process.env.AFTERWORD_GRAMMAR ??= "off";
}
