// Preloaded with `node --import` into an `afterword serve` child: runs it with all three ideas
// (cached statements, group commit, lean chat.postMessage), to measure them before they are built.
import { cacheStatements } from "./cache-statements.js";
import { groupCommits } from "./group-commit.js";
import { leanPostMessage } from "./lean-post-message.js";

cacheStatements();
groupCommits();
leanPostMessage();
