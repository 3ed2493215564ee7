import { writeFileSync } from 'node:fs';

/**
 * Preloaded into a child the bench runs (`node -r dist/cli/bench/import-rss-preload.js …`): when
 * it exits, writes its peak resident set size (maxRSS, in kB) to the file BENCH_RSS_FILE names, so the
 * bench reads the child's own peak without a `time -v` of the platform's.
 */
const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })));
