// Processes that tests spawn skip the letters' grammar checker (about a second of CPU at start-up) unless a test asks
// for it with AFTERWORD_GRAMMAR=on in its own env, as the terminal coach test does to prove it works in a real process.

/** The AFTERWORD_GRAMMAR a spawned process gets by default. */
export const GRAMMAR = "off";
