// Preloaded (node --import) into every `afterword serve` the benchmarks start: the server exits on
// its own if the benchmark process goes away (its parent pid changes) or after 15 minutes at most.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 500).unref();
setTimeout(() => process.exit(0), 15 * 60_000).unref();
