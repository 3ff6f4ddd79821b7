/**
 * Build once before the tests, as `npm run build` does: dist/ (tsc), the bundled CLI that
 * bin/thrust.js runs (dist/bundle), and the web app (dist/web). Tests then drive what a
 * lifter would run, never a stale build.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export default function setup(): void {
  // THRUST_SKIP_BUILD=1 uses the build already in dist/ (for runs of the pure-domain tests,
  // or beside another run that is using dist/ at that moment).
  if (process.env.THRUST_SKIP_BUILD === '1') return;
  const root = join(import.meta.dirname, '..');
  const resolve = createRequire(import.meta.url).resolve;
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  run([resolve('typescript/bin/tsc'), '-p', 'tsconfig.json']);
  rmSync(join(root, 'dist', 'bundle'), { recursive: true, force: true });
  run([join(root, 'scripts', 'bundle.mjs')]);
  run([
    join(resolve('vite/package.json'), '..', 'bin', 'vite.js'),
    'build',
    'web',
    '--logLevel',
    'warn',
  ]);
}
