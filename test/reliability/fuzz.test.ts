/**
 * Fuzzing with fast-check: damaged CSV exports of every dialect and random JSON bodies on
 * every JSON route, on every engine (SQLite, and PostgreSQL in a fresh database of its own:
 * the real server at TEST_DATABASE_URL, else PGlite), and random command lines. Nothing
 * crashes or hangs; every refusal names the line or field; a refused import or request
 * writes nothing. THRUST_LONG=1 runs 10,000 CSV and 10,000 JSON cases per engine (and 500
 * command lines); otherwise a few hundred.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Transfer from '../../src/app/transfer.js';
import { createHttpApp } from '../../src/http/app.js';
import { Client, multiUserApp, type HttpApp, type Reply } from '../../src/http/http.testkit.js';
import { ENGINES, openStore, type Setup } from '../../src/store/engines.testkit.js';
import type { Store } from '../../src/store/port.js';
import { BIN } from '../serve.testkit.js';

const LONG = process.env.THRUST_LONG === '1';
const RUNS = { csv: LONG ? 10_000 : 300, json: LONG ? 10_000 : 300, cli: LONG ? 500 : 12 };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'imports');
const SEEDS = readdirSync(FIXTURES).map((f) => ({
  file: f,
  text: readFileSync(join(FIXTURES, f), 'utf8'),
}));
const dir = mkdtempSync(join(tmpdir(), 'thrust-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One kind of damage a file can suffer in transit or by hand. */
const damage = fc.oneof(
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.string({ unit: 'binary', maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ',', ';', '\n', '\r\n', 'abc', '-1', '1e309', '٣', '\u0000'),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, d: Damage): string {
  switch (d.kind) {
    case 'delete': {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + d.len);
    }
    case 'insert': {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + d.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, d.at % (text.length + 1));
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = d.a % lines.length;
      const b = d.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
  }
}

describe.each(ENGINES)('fuzzing on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let user: string;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    user = await store.user('local');
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await env?.teardown();
  });

  const count = async () => (await store.sessions(user)).reduce((n, s) => n + s.sets.length, 0);

  it(
    `imports ${RUNS.csv} damaged CSV files without a crash, naming the line of every refusal`,
    { timeout: LONG ? 1_800_000 : 60_000 },
    async () => {
      const deps = { store, user, now: () => new Date('2026-11-24T12:00:00Z'), newId: randomUUID };
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...SEEDS),
          fc.array(damage, { minLength: 1, maxLength: 4 }),
          fc.constantFrom(undefined, 'lb' as const, 'kg' as const),
          async (seed, damages, units) => {
            const text = damages.reduce(apply, seed.text);
            const before = await count();
            const r = await Transfer.importFile(deps, {
              text,
              file: seed.file,
              ...(units && { units }),
            });
            if (r.ok) return;
            const after = await count();
            expect(after).toBe(before);
            const e = r.error;
            if (e.code === 'bad-file') {
              expect(e.file).toBe(seed.file);
              expect(e.line).toBeGreaterThanOrEqual(1);
              expect(e.message.length).toBeGreaterThan(0);
            } else if (e.code === 'invalid' || e.code === 'unknown-exercise') {
              expect(e.field.length).toBeGreaterThan(0);
            } else throw new Error(`unexpected refusal: ${JSON.stringify(e)}`);
          },
        ),
        { numRuns: RUNS.csv },
      );
    },
  );

  it.each(['local', 'multi-user'] as const)(
    `answers ${RUNS.json} random JSON bodies on every JSON route in %s mode with 2xx or a named 4xx, never 500`,
    { timeout: LONG ? 1_800_000 : 90_000 },
    async (mode) => {
      let app: HttpApp;
      let who = user;
      let send: (method: string, path: string, text: string) => Promise<Reply>;
      if (mode === 'local') {
        const local = createHttpApp(
          { store, now: () => new Date(2026, 10, 24, 12), newId: randomUUID },
          { kind: 'local', user },
          { log: () => {} },
        );
        app = local;
        send = (method, path, text) => new Client(local).call(method, path, text);
      } else {
        // A logged-in lifter: the account, token and coach routes too, with the CSRF token.
        app = multiUserApp(store);
        const lifter = new Client(app);
        expect((await lifter.enter(`fuzz-${randomUUID()}@example.com`)).status).toBe(200);
        who = lifter.user ?? '';
        send = (method, path, text) => lifter.call(method, path, text);
      }
      const count = async () => (await store.sessions(who)).reduce((n, s) => n + s.sets.length, 0);
      const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
        paths: Record<
          string,
          Record<string, { requestBody?: { content: Record<string, unknown> } }>
        >;
      };
      const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => op.requestBody?.content['application/json'])
          .map(([method]) => ({
            method: method.toUpperCase(),
            path: path.replace('{id}', randomUUID()),
          })),
      );
      expect(routes.length).toBeGreaterThan(5);
      const body = fc.oneof(
        { weight: 4, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
        {
          weight: 3,
          arbitrary: fc
            .record({
              exercise: fc.oneof(
                fc.constantFrom('hip-thrust', 'deadlift', 'single-leg-hip-thrust'),
                fc.string(),
              ),
              date: fc.oneof(fc.constant('2026-11-02'), fc.string()),
              sets: fc.array(
                fc.dictionary(
                  fc.constantFrom('load', 'reps', 'side', 'clean', 'id', 'x'),
                  fc.jsonValue(),
                ),
                { maxLength: 3 },
              ),
            })
            .map((v) => JSON.stringify(v)),
        },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...routes), body, async (route, text) => {
          const before = await count();
          const res = await send(route.method, route.path, text);
          expect(res.status, `${route.method} ${route.path} ${text}: ${res.text}`).toBeLessThan(
            500,
          );
          if (res.status >= 400) {
            expect(res.headers.get('content-type')).toBe('application/problem+json');
            const p = res.json as { detail: string; errors?: { field: string }[] };
            expect(p.detail.length).toBeGreaterThan(0);
            if (res.status === 422)
              for (const e of p.errors ?? []) expect(e.field.length).toBeGreaterThan(0);
            if (route.path === '/api/v1/sets') expect(await count()).toBe(before);
          }
        }),
        { numRuns: RUNS.json },
      );
    },
  );
});

describe('fuzzing the command line', () => {
  it(
    `runs ${RUNS.cli} random command lines: a usage or value error, never a crash`,
    { timeout: LONG ? 1_800_000 : 60_000 },
    () => {
      const home = join(dir, 'cli');
      mkdirSync(home, { recursive: true });
      const words = fc.oneof(
        fc.constantFrom(
          'log',
          'today',
          'next',
          'edit',
          'undo',
          'measure',
          'test',
          'stats',
          'import',
          'export',
          'history',
          'plan',
          'status',
          'photo',
          'exercises',
        ),
        fc.constantFrom(
          '--json',
          '--since',
          '--date',
          '--left',
          '--clean',
          '--reps',
          '--format',
          '--units',
          '--kind',
          '--db',
          '-x',
          '--',
        ),
        fc.constantFrom(
          'hip-thrust',
          '3x12@95',
          '12,11@-5',
          'x',
          '2026-13-45',
          'sprint',
          '99999999',
          'NaN',
          '',
        ),
        fc.string({ maxLength: 12 }),
      );
      fc.assert(
        fc.property(fc.array(words, { minLength: 1, maxLength: 5 }), (args) => {
          const r = spawnSync(
            process.execPath,
            [BIN, ...args.filter((a) => !a.includes('\u0000'))],
            {
              // In a directory of its own: `--db WORD` makes a database file named WORD.
              cwd: home,
              encoding: 'utf8',
              timeout: 20_000,
              env: {
                PATH: process.env.PATH,
                HOME: home,
                XDG_DATA_HOME: join(home, 'data'),
                THRUST_TODAY: '2026-11-02',
              },
            },
          );
          expect(r.error).toBeUndefined();
          // 0 ok, 2 usage, 3 value, 4 database, 5 not set up: never 1, a bug.
          expect([0, 2, 3, 4, 5]).toContain(r.status);
          expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
        }),
        { numRuns: RUNS.cli },
      );
    },
  );
});
