/** Run the API on a port until SIGTERM or SIGINT; in-flight requests finish, the store closes. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve as listen } from '@hono/node-server';
import type { Store } from '../store/port.js';
import { DEFAULT_POLICY } from '../app/accounts.js';
import { createHttpApp } from './app.js';
import type { Mode } from './auth.js';
import type { Proxies } from './client-address.js';
import { startRetention } from './retention.js';

/** Longest a stop waits for open connections before closing them. */
const SHUTDOWN_DEADLINE_MS = 5_000;

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** Local mode's one lifter, or null for multi-user mode. */
  readonly localUser: string | null;
  /** Behind a reverse proxy: the proxies believed (addresses and CIDR ranges), else null. */
  readonly trustedProxies: Proxies | null;
  readonly now: () => Date;
}

export async function serve(store: Store, opts: ServeOptions): Promise<void> {
  const mode: Mode =
    opts.localUser === null
      ? { kind: 'multi', policy: DEFAULT_POLICY, proxies: opts.trustedProxies }
      : { kind: 'local', user: await store.user(opts.localUser) };
  const web = fileURLToPath(new URL('../web', import.meta.url));
  const webRoot = existsSync(join(web, 'index.html')) ? web : null;
  const app = createHttpApp({ store, now: opts.now, newId: randomUUID }, mode, { webRoot });
  const log = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const stopRetention =
    mode.kind === 'multi'
      ? startRetention({ store, now: opts.now, policy: mode.policy }, log)
      : null;
  await new Promise<void>((resolve) => {
    const server = listen({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), msg: 'listening', url: `http://${opts.host}:${info.port}`, engine: store.engine, mode: mode.kind, web: webRoot !== null })}\n`,
      );
    });
    const stop = (signal: string) => {
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), msg: 'stopping', signal })}\n`,
      );
      // close() stops new connections, drops idle keep-alive ones, and calls back once
      // in-flight requests are done. A client holding a connection open past the deadline
      // (a browser tab, a stuck request) is cut off so the process does stop.
      stopRetention?.();
      server.close(() => resolve());
      setTimeout(() => {
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, SHUTDOWN_DEADLINE_MS).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
