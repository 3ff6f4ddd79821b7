#!/usr/bin/env node
// The `thrust` command: runs the bundled CLI that `npm run build` makes in dist/bundle.
// Nothing is built here: with no build yet, it says what to run, and exits 5 (not set up).
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const bundle = new URL('../dist/bundle/thrust.js', import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const folder = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `thrust: not built yet: there is no ${fileURLToPath(bundle)}. In ${folder}, run \`npm ci && npm run build\`, then try again.\n`,
  );
  process.exitCode = 5;
}
