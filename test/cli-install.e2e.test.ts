/**
 * The README's install, as a new user runs it: `npm link` puts `thrust` on PATH (here into
 * a temporary npm prefix, with an empty npm cache and HOME), with no build behind the
 * user's back, and `thrust` then works from any folder. npm ci and npm run build are the
 * steps before it; the test run has done both (test/build.global.ts builds dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const dirs: string[] = [];
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'thrust-install-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
};

/** The commands of the README's first code block under "Run it", comments left off. */
function quickStart(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Run it'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

describe('installing like a real CLI', () => {
  it('the README says: npm ci, npm run build, npm link, then thrust init and thrust today', () => {
    expect(quickStart()).toEqual([
      'npm ci',
      'npm run build',
      'npm link',
      'thrust init',
      'thrust today',
    ]);
  });

  it('no install step builds behind the user’s back (npm link and npx run these silently)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(pkg.scripts[hook], hook).toBeUndefined();
    expect(pkg.bin).toEqual({ thrust: 'bin/thrust.js' });
  });

  it('npm link puts thrust on PATH in a second, rebuilding nothing; thrust works from any folder', () => {
    const home = temp();
    const prefix = join(home, 'prefix');
    const elsewhere = join(home, 'elsewhere');
    mkdirSync(elsewhere);
    const bundle = join(ROOT, 'dist', 'bundle', 'thrust.js');
    const built = statSync(bundle).mtimeMs;
    const env = {
      PATH: `${join(prefix, 'bin')}:${process.env.PATH ?? ''}`,
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      npm_config_prefix: prefix,
      npm_config_cache: join(home, 'npm-cache'),
      npm_config_update_notifier: 'false',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      THRUST_TODAY: '2026-11-30',
    };
    const t0 = performance.now();
    execFileSync('npm', ['link'], { cwd: ROOT, env, stdio: 'pipe' });
    const linkSeconds = (performance.now() - t0) / 1000;
    expect(statSync(bundle).mtimeMs).toBe(built);

    const run = (...args: string[]) => {
      const t = performance.now();
      const r = spawnSync('thrust', args, { cwd: elsewhere, env, encoding: 'utf8' });
      return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - t };
    };
    const help = run('--help');
    expect(help.err).toBe('');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: thrust/);
    const init = run('init', '--yes', '--working', '95x12');
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/Next: `thrust today`/);
    const today = run('today');
    expect(today.err).toBe('');
    expect(today.code).toBe(0);
    expect(today.out).toMatch(/Barbell hip thrust: 3 x 6 @ 110 lb/);
    console.log(
      `npm link ${linkSeconds.toFixed(1)} s; thrust --help ${help.ms.toFixed(0)} ms; thrust today ${today.ms.toFixed(0)} ms`,
    );
  }, 120_000);

  it('before the build, thrust says what to run and exits 5', () => {
    const clone = temp();
    mkdirSync(join(clone, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'thrust.js'), join(clone, 'bin', 'thrust.js'));
    const r = spawnSync(process.execPath, [join(clone, 'bin', 'thrust.js'), 'today'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(5);
    expect(r.stderr).toMatch(/^thrust: not built yet: .* run `npm ci && npm run build`/);
  });
});
