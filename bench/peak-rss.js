// Preloaded into a measured process (node --require bench/peak-rss.cjs ...): at exit it
// writes the process's peak resident set size, in kilobytes, as the last line of stderr.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
