import { createInterface } from "node:readline/promises";

/** Asks a yes/no question on the terminal; anything but "yes" is no. */
export async function confirmOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(question);
    return answer.trim().toLowerCase() === "yes";
  } catch {
    return false;
  } finally {
    rl.close();
  }
}
