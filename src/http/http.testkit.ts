/**
 * Test helpers for the HTTP API: an app over a real store in either mode, and a client that
 * keeps its cookie and CSRF token as a browser page would.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { AuthPolicy } from '../app/accounts.js';
import { DEFAULT_POLICY } from '../app/accounts.js';
import { openStore, sqliteEngine } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createHttpApp, type HttpOptions } from './app.js';
import type { Proxies } from './client-address.js';

/** Cheap hashing for tests; the real cost is in DEFAULT_POLICY. */
export const TEST_POLICY: AuthPolicy = {
  ...DEFAULT_POLICY,
  cost: { N: 1024, r: 8, p: 1 },
  // Every test client signs up from the same (unknown) address.
  maxSignupsPerAddress: 100_000,
};
export const NOW = () => new Date(2026, 10, 6, 18, 0);

export type HttpApp = ReturnType<typeof createHttpApp>;

/** What each test app wrote to its log that was not a request line (confirmation links). */
const LOGS = new WeakMap<HttpApp, Record<string, unknown>[]>();

/** The confirmation links an app "sent" (wrote to its log), oldest first. */
export function linksSent(app: HttpApp, to: string): string[] {
  return (LOGS.get(app) ?? []).filter((l) => l.to === to).map((l) => String(l.link));
}

export function multiUserApp(
  store: Store,
  policy: AuthPolicy = TEST_POLICY,
  proxies: Proxies | null = null,
): HttpApp {
  const lines: Record<string, unknown>[] = [];
  const app = createHttpApp(
    { store, now: NOW, newId: randomUUID },
    { kind: 'multi', policy, proxies },
    { log: (line) => void (typeof line.link === 'string' && lines.push(line)) },
  );
  LOGS.set(app, lines);
  return app;
}

/**
 * A one-lifter app on a real HTTP server (@hono/node-server, as `thrust serve` runs it) over a
 * fresh SQLite file: for what only real sockets show (Content-Length, chunked bodies, the
 * encoding actually sent).
 */
export async function servedLocally(options: Partial<HttpOptions> = {}) {
  const env = await sqliteEngine.setup();
  const store = await openStore(env);
  const app = createHttpApp(
    { store, now: NOW, newId: randomUUID },
    { kind: 'local', user: await store.user('local') },
    { log: () => {}, ...options },
  );
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  return {
    app,
    store,
    port: (server.address() as AddressInfo).port,
    close: async () => {
      await new Promise((r) => server.close(r));
      await store.close();
      await env.teardown();
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  json: Record<string, unknown>;
  text: string;
}

export interface CallOptions {
  /** Send the session's CSRF token on writes (default true when logged in by cookie). */
  csrf?: boolean | string;
  bearer?: string;
  contentType?: string;
  /** More request headers (a page's X-Thrust-Owner or X-Thrust-Zone). */
  headers?: Record<string, string>;
  /** Use the session cookie (default true). */
  cookie?: boolean;
}

/** One browser (cookie jar and CSRF token) or script (bearer token) against an app. */
export class Client {
  cookie: string | null = null;
  csrf: string | null = null;
  user: string | null = null;

  constructor(
    readonly app: HttpApp,
    readonly base = 'http://127.0.0.1',
    /** The socket address the request seems to come from (as @hono/node-server passes it). */
    readonly peer?: string,
  ) {}

  async call(method: string, path: string, body?: unknown, o: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...o.headers };
    if (o.cookie !== false && this.cookie) headers.cookie = this.cookie;
    const csrf = typeof o.csrf === 'string' ? o.csrf : o.csrf === false ? null : this.csrf;
    if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
    if (o.bearer) headers.authorization = `Bearer ${o.bearer}`;
    let payload: string | Uint8Array | undefined;
    if (body instanceof Uint8Array) payload = body;
    else if (typeof body === 'string') payload = body;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
    const init: RequestInit = { method, headers, body: payload as RequestInit['body'] };
    const env = this.peer && { incoming: { socket: { remoteAddress: this.peer } } };
    const res = await this.app.request(`${this.base}${path}`, init, env || undefined);
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // not JSON (a file)
    }
    return { status: res.status, headers: res.headers, json, text };
  }

  email: string | null = null;

  /** Open the newest confirmation link sent to this client's email (its token, by POST). */
  async confirmEmail(): Promise<Reply> {
    const link = linksSent(this.app, this.email ?? '').at(-1);
    if (!link) throw new Error(`no confirmation link was sent to ${this.email}`);
    const token = new URL(link).searchParams.get('token');
    return this.call('POST', '/api/v1/account/verify', { token });
  }

  /**
   * Sign up and log in (or only log in if `login`) and remember the cookie and CSRF token.
   * A sign-up that is not accepted (202) is the answer; else the login's.
   */
  async enter(email: string, password = 'correct horse battery', login = false): Promise<Reply> {
    if (!login) {
      const made = await this.call('POST', '/api/v1/auth/signup', { email, password });
      if (made.status !== 202) return made;
    }
    const r = await this.call('POST', '/api/v1/auth/login', { email, password });
    if (r.status < 300) {
      this.email = r.json.email as string;
      this.csrf = r.json.csrf as string;
      this.user = r.json.user as string;
    }
    return r;
  }
}

/** A minimal valid PNG (1x1, transparent). */
export const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
