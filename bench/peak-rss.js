// Preloaded into a measured process (node --import ./bench/peak-rss.js ...): at exit it
// writes the process's peak resident set size, in kilobytes, as the last line of stderr.
import process from 'node:process';

process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
