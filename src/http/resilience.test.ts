/**
 * The server under database faults, on the real PostgreSQL server: its connections killed
 * mid-load (a restart, a failover), and the database unreachable (a network cut). The server
 * keeps running, answers 503 rather than 500 while the database is gone, /health says so,
 * and every set it acknowledged is stored.
 */
import { randomUUID } from 'node:crypto';
import { createServer, Socket, type Server } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../store/engines.testkit.js';
import { openPostgres } from '../store/postgres/open.js';
import type { Store } from '../store/port.js';
import { createHttpApp } from './app.js';
import type { HttpApp } from './http.testkit.js';

const BASE = process.env.TEST_DATABASE_URL;

async function rawQuery(url: string, statement: string): Promise<Record<string, unknown>[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<Record<string, unknown>>(statement)).rows;
  } finally {
    await c.end();
  }
}

/** A TCP relay to the database that can be cut (every connection dropped, none accepted). */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly host: string,
    private readonly target: number,
  ) {}

  async up(): Promise<void> {
    const server = createServer((client) => {
      const db = new Socket();
      db.connect(this.target, this.host);
      for (const s of [client, db]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(db).pipe(client);
      client.on('close', () => db.destroy());
      db.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  /** Packets dropped: connections stay open but nothing passes either way. */
  stall(): void {
    for (const s of this.sockets) {
      s.unpipe();
      s.pause();
    }
    this.server?.removeAllListeners('connection');
    this.server?.on('connection', (s: Socket) => {
      this.sockets.add(s);
      s.pause();
    });
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

const lifter = (store: Store): Promise<HttpApp> =>
  store
    .user('local')
    .then((user) =>
      createHttpApp(
        { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
        { kind: 'local', user },
        { log: () => {} },
      ),
    );

const setUp = (app: HttpApp) =>
  app.request('/api/v1/profile', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      units: 'lb',
      goal: 'accessory',
      working: { load: 95, reps: 12 },
      start: '2026-11-02',
    }),
  });

const logOne = (app: HttpApp, id: string) =>
  app.request('/api/v1/sets', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [{ id, load: { value: 95, unit: 'lb' }, reps: 12, clean: true }],
    }),
  });

describe.skipIf(!BASE)('a server on PostgreSQL whose database goes away', () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const lost: Error[] = [];

  beforeAll(async () => {
    db = await freshDatabase(BASE ?? '');
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('survives pg_terminate_backend of all its connections mid-load, and stores every acknowledged set', async () => {
    const opened = await openPostgres(db.url, { max: 6, onError: (e) => lost.push(e) });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const store = opened.value;
    try {
      const app = await lifter(store);
      expect((await setUp(app)).status).toBe(200);
      const name = new URL(db.url).pathname.slice(1);
      const acknowledged: string[] = [];
      const statuses = new Map<number, number>();
      let writing = true;
      const writer = async () => {
        while (writing) {
          const id = randomUUID();
          const r = await logOne(app, id);
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status === 201) acknowledged.push(id);
          else expect(r.status).toBe(503);
        }
      };
      const writers = Array.from({ length: 8 }, writer);
      const killed: number[] = [];
      for (let round = 0; round < 3; round++) {
        await new Promise((r) => setTimeout(r, 300));
        const rows = await rawQuery(
          BASE ?? '',
          `select pg_terminate_backend(pid) as gone from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`,
        );
        killed.push(rows.length);
      }
      await new Promise((r) => setTimeout(r, 300));
      writing = false;
      await Promise.all(writers);
      expect(killed.some((n) => n > 0)).toBe(true);

      // No restart: the same app answers, and reads what it acknowledged.
      const health = await app.request('/api/v1/health');
      expect(health.status).toBe(200);
      expect((await logOne(app, randomUUID())).status).toBe(201);
      const rows = await rawQuery(db.url, 'select id from sets');
      const stored = new Set(rows.map((r) => r.id as string));
      expect(acknowledged.length).toBeGreaterThan(20);
      expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect([...statuses.keys()].every((s) => s === 201 || s === 503)).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('answers /health 503 while the database cannot be reached, and 200 once it is back', async () => {
    const base = new URL(db.url);
    const relay = new Relay(base.hostname, Number(base.port || 5432));
    await relay.up();
    const via = new URL(db.url);
    via.hostname = '127.0.0.1';
    via.port = String(relay.port);
    const opened = await openPostgres(via.toString(), {
      max: 2,
      connectTimeoutMs: 1_000,
      onError: (e) => lost.push(e),
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const store = opened.value;
    try {
      const app = await lifter(store);
      expect((await app.request('/api/v1/health')).status).toBe(200);

      await relay.cut();
      const down = await app.request('/api/v1/health');
      expect(down.status).toBe(503);
      expect(down.headers.get('content-type')).toBe('application/problem+json');
      expect(await down.json()).toMatchObject({ title: 'unavailable', status: 503 });
      // A write while it is gone is a 503 to retry, not a 500.
      const write = await logOne(app, randomUUID());
      expect(write.status).toBe(503);
      expect(write.headers.get('retry-after')).toBe('5');

      await relay.up();
      expect((await app.request('/api/v1/health')).status).toBe(200);
      expect((await logOne(app, randomUUID())).status).toBe(201);
    } finally {
      await relay.cut();
      await store.close();
    }
  });

  it('answers 503 in seconds, not minutes, while the network drops every packet', async () => {
    const base = new URL(db.url);
    const relay = new Relay(base.hostname, Number(base.port || 5432));
    await relay.up();
    const via = new URL(db.url);
    via.hostname = '127.0.0.1';
    via.port = String(relay.port);
    const opened = await openPostgres(via.toString(), {
      max: 2,
      connectTimeoutMs: 1_000,
      onError: (e) => lost.push(e),
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const store = opened.value;
    try {
      const user = await store.user('local');
      const app = createHttpApp(
        { store, now: () => new Date(2026, 10, 6, 18, 0), newId: randomUUID },
        { kind: 'local', user },
        { log: () => {}, requestTimeoutMs: 1_500 },
      );
      expect((await app.request('/api/v1/health')).status).toBe(200);
      relay.stall();
      const started = performance.now();
      const [health, today] = await Promise.all([
        app.request('/api/v1/health'),
        app.request('/api/v1/today'),
      ]);
      expect(health.status).toBe(503);
      expect(today.status).toBe(503);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await relay.cut();
      await store.close();
    }
  }, 20_000);
});
