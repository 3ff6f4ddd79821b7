/** Run the API on a port until SIGTERM or SIGINT; in-flight requests finish, the store closes. */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createHttpsServer } from 'node:https';
import { fileURLToPath } from 'node:url';
import { serve as listen } from '@hono/node-server';
import type { Store } from '../store/port.js';
import { DEFAULT_POLICY } from '../app/accounts.js';
import { createHttpApp } from './app.js';
import type { Mode } from './auth.js';
import type { Proxies } from './client-address.js';
import { startRetention } from './retention.js';
import type { Tls } from './tls.js';
import { banner, urls } from './tls-banner.js';

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
  /** HTTPS with this certificate and key (a phone's secure context), or plain HTTP. */
  readonly tls: Tls | null;
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
    const { tls } = opts;
    const scheme = tls ? 'https' : 'http';
    const secure = tls && {
      createServer: createHttpsServer,
      serverOptions: { key: tls.key, cert: tls.cert },
    };
    const base = { fetch: app.fetch, port: opts.port, hostname: opts.host };
    const server = listen({ ...base, ...secure }, (info) => {
      const certificate = tls && { certificate: tls.trust.file, sha256: tls.trust.sha256 };
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), msg: 'listening', url: `${scheme}://${opts.host}:${info.port}`, urls: urls(scheme, opts.host, info.port), ...certificate, engine: store.engine, mode: mode.kind, web: webRoot !== null })}\n`,
      );
      if (tls) process.stderr.write(banner(tls, opts.host, info.port));
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
