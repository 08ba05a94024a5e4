// Figure 1 of the run: the engine's chat turn, with its synchronous=FULL commit, against a commit alone.
import { measureChatTurns } from "./chat-turn.js";
import type { SectionContext } from "./report.js";
import type { TempDir } from "./temp-dir.js";

/** Whole debriefs through the engine, each answer timed with its commit; the same with synchronous=OFF for the disk's share. */
export function turnSection({ report, runs, quick, progress }: SectionContext, dir: TempDir): void {
  progress("figure 1, chat turn: whole debriefs through the engine, each answer timed with its commit");
  const debriefs = quick ? 40 : 100;
  const warmup = quick ? 10 : 20;
  const turn = measureChatTurns((run) => dir.file(`turn-${run}.db`), runs, debriefs, warmup);
  const noSync = measureChatTurns((run) => dir.file(`turn-nosync-${run}.db`), runs, debriefs, warmup, "OFF");
  report.add("turn_p50_us", turn.p50Us, "µs", "engine handles one debrief answer + commit (WAL, synchronous=FULL), p50");
  report.add("turn_p99_us", turn.p99Us, "µs", "same, p99");
  report.add("turn_long_p99_us", turn.longP99Us, "µs", "free-text answers only, p99");
  report.add("commit_p50_us", turn.commitP50Us, "µs", "one tiny write transaction alone, p50 (the floor under a turn)");
  report.add("commit_p99_us", turn.commitP99Us, "µs", "one tiny write transaction alone, p99 (the disk's flush tail)");
  report.add("turn_p99_commit_ratio", turn.p99CommitRatio, "×", "turn p99 ÷ the commit's p99, run by run (median)", { op: "<=", value: 2.5 });
  report.add("turn_p99_us_sync_off", noSync.p99Us, "µs", "same turns with synchronous=OFF (not a production setting): the tail without the disk flush");
  report.note(`chat turn: ${turn.samplesPerRun} answers per run (${debriefs} debriefs × ${turn.samplesPerRun / debriefs} answers, each debrief a distinct user), fresh database per run, median of ${turn.runs} runs; one tiny commit timed right after each answer gives the commit figures (as many samples as answers, on the same disk at the same moments).`);
}
