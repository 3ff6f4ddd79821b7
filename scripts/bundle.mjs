// Bundle the compiled CLI (dist/cli) into a few files under dist/bundle, so a command
// loads one module graph instead of hundreds of small files: `thrust today` starts in about
// half the time (bench/startup.bench.ts). Drivers and the server stay separate and load on
// demand, as before.
import { build } from 'rolldown';

await build({
  input: { thrust: 'dist/cli/main.js' },
  platform: 'node',
  // Packages loaded only by some commands stay outside, so a start-up test can see they are not
  // loaded by `today`.
  external: [
    /^node:/,
    'better-sqlite3',
    'pg',
    /^@electric-sql\//,
    'hono',
    /^hono\//,
    /^@hono\//,
    /^@clack\//,
    'papaparse',
    'ics',
    'cli-progress',
    /^@modelcontextprotocol\//,
    '@garmin/fitsdk',
    'selfsigned',
  ],
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
  },
  logLevel: 'warn',
});
