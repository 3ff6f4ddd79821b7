/**
 * The engines the contract suite runs on: SQLite in a temporary file always; PostgreSQL on
 * the real server at TEST_DATABASE_URL (a fresh database per suite), or, where there is no
 * server, on in-process PGlite behind a socket so the same `pg` driver path is exercised.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openPostgres } from './postgres/open.js';
import type { OpenResult, Store } from './port.js';
import { openSqlite } from './sqlite/open.js';

export interface Setup {
  readonly open: () => Promise<OpenResult>;
  /** The SQLite path or PostgreSQL URL, for child processes. */
  readonly url: string;
  /** Run raw SQL on the database, bypassing the store (to fake a newer schema). */
  readonly raw: (statement: string) => Promise<void>;
  readonly teardown: () => Promise<void>;
}

export interface TestEngine {
  readonly name: string;
  /** A fresh, empty database; `open` may be called again to reopen the same one. */
  setup(): Promise<Setup>;
}

export const sqliteEngine: TestEngine = {
  name: 'sqlite',
  setup() {
    const dir = mkdtempSync(join(tmpdir(), 'thrust-test-'));
    const path = join(dir, 'thrust.db');
    return Promise.resolve({
      open: () => openSqlite(path),
      url: path,
      raw: (statement) => {
        const db = new Database(path);
        db.exec(statement);
        db.close();
        return Promise.resolve();
      },
      teardown: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    });
  },
};

async function rawPg(url: string, statement: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<Record<string, unknown>>(statement)).rows;
  } finally {
    await c.end();
  }
}

/**
 * A new, empty database on the PostgreSQL server at `base` (a URL), and a way to drop it.
 * Tests and benchmarks each get their own, so runs never see each other's rows.
 */
export async function freshDatabase(
  base: string,
  prefix = 'thrust_test',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await rawPg(base, `create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      // A closed pool's connections may still be on their way out; forcing them then makes
      // their clients report an error nobody listens to. Wait for them first (up to 3 s).
      for (let i = 0; i < 60; i++) {
        const [row] = (await rawPg(
          base,
          `select count(*)::int as n from pg_stat_activity where datname = '${name}'`,
        )) as { n: number }[];
        if (!row?.n) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await rawPg(base, `drop database if exists ${name} with (force)`);
    },
  };
}

function serverEngine(base: string): TestEngine {
  return {
    name: 'postgres',
    async setup() {
      const db = await freshDatabase(base);
      return {
        open: () => openPostgres(db.url, { max: 4 }),
        url: db.url,
        raw: async (statement) => void (await rawPg(db.url, statement)),
        teardown: db.drop,
      };
    },
  };
}

const pgliteEngine: TestEngine = {
  name: 'postgres (PGlite)',
  async setup() {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
    const db = await PGlite.create();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 10 });
    await server.start();
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      open: () => openPostgres(url, { max: 1 }),
      url,
      raw: async (statement) => void (await rawPg(url, statement)),
      teardown: async () => {
        await server.stop();
        await db.close();
      },
    };
  },
};

/** Postgres engine for this machine: the real server when TEST_DATABASE_URL is set. */
export function postgresEngine(): TestEngine {
  const url = process.env.TEST_DATABASE_URL;
  return url ? serverEngine(url) : pgliteEngine;
}

export const ENGINES: readonly TestEngine[] = [sqliteEngine, postgresEngine()];

/** Open the store of a test database, or fail the test with the reason. */
export async function openStore(setup: Setup): Promise<Store> {
  const opened = await setup.open();
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  return opened.value;
}
