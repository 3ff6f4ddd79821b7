/** `thrust serve`: the HTTP API, same data as the CLI. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_TRUSTED_PROXIES, trustedProxies } from '../../http/proxies.js';
import * as Tls from '../../http/tls.js';
import { defaultSqlitePath, open } from '../../store/open.js';
import { clock, LOCAL_USER, type GlobalOptions } from '../context.js';
import { EXIT, Exit, fromOpen } from '../exit.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description(
      'Serve the HTTP API (/api/v1, OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs). Local mode (default): one lifter, no login, loopback only. Multi-user mode (--multi-user, always with DATABASE_URL): accounts, sessions, API tokens, coaches.',
    )
    .option('--port <port>', 'port to listen on', '8080')
    .option(
      '--host <host>',
      'address to bind (keep 127.0.0.1 unless you know who can reach it)',
      '127.0.0.1',
    )
    .option('--multi-user', 'accounts and logins, for a gym or coach (implied by DATABASE_URL)')
    .option(
      '--trust-proxy',
      'behind a TLS-terminating proxy: trust X-Forwarded-Proto (Secure cookies) and X-Forwarded-For (login rate limits) from the proxies in --trusted-proxies',
    )
    .option(
      '--trusted-proxies <list>',
      'with --trust-proxy: comma-separated proxy addresses or CIDR ranges; the client is the rightmost X-Forwarded-For address not in the list',
      DEFAULT_TRUSTED_PROXIES.join(','),
    )
    .option(
      '--tls-cert <file>',
      'serve HTTPS with this certificate (PEM, with its chain), for a phone on the network: offline use needs a secure context',
    )
    .option(
      '--tls-key <file>',
      "with --tls-cert: the certificate's private key (PEM, no passphrase)",
    )
    .option(
      '--tls-self-signed',
      `serve HTTPS with a certificate made on this machine for its names and addresses, kept beside the database (${Tls.FILES.caCert}: trust it once on the phone, as the start says)`,
    )
    .option(
      '--tls-name <names>',
      'with --tls-self-signed: more names for the certificate, comma-separated (a name your router or DNS gives this machine)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  thrust serve\n  thrust serve --port 9000\n  curl http://127.0.0.1:8080/api/v1/today\n  thrust serve --multi-user --host 0.0.0.0 --tls-self-signed     # a phone on this network, offline too\n  thrust serve --multi-user --host 0.0.0.0 --tls-cert gym.crt --tls-key gym.key\n  DATABASE_URL=postgres://thrust@db/thrust thrust serve --multi-user --host 0.0.0.0 --trust-proxy',
    )
    .action(
      async (
        f: {
          port: string;
          host: string;
          multiUser?: boolean;
          trustProxy?: boolean;
          trustedProxies: string;
        } & Tls.TlsFlags,
      ) => {
        const port = Number(f.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new Exit(EXIT.usage, `--port: "${f.port}" is not a port (0-65535)`);
        const proxies = trustedProxies(f.trustedProxies.split(',').filter((p) => p.trim()));
        if (!proxies.ok)
          throw new Exit(
            EXIT.usage,
            `--trusted-proxies: "${proxies.bad}" is not an IP address or CIDR range (like 10.0.0.0/8 or ::1)`,
          );
        const multi = !!f.multiUser || (!global().db && !!process.env.DATABASE_URL);
        if (!multi && !LOOPBACK.has(f.host))
          throw new Exit(
            EXIT.usage,
            `--host ${f.host}: local mode has no login, so anyone who can reach ${f.host} could read and change the log. Keep 127.0.0.1, or add --multi-user.`,
          );
        const choice = Tls.choose(f);
        if (!choice.ok) throw new Exit(EXIT.usage, choice.error);
        // Certificates are about the real time, not the training calendar (THRUST_TODAY).
        const real = new Date();
        const given =
          choice.value.kind === 'given'
            ? Tls.given(choice.value.cert, choice.value.key, real)
            : null;
        if (given && !given.ok) throw new Exit(EXIT.usage, given.error);
        const opened = await open({ dbPath: global().db, env: process.env, access: 'create' });
        if (!opened.ok) throw fromOpen(opened.error);
        let tls = given?.value ?? null;
        if (choice.value.kind === 'self-signed') {
          const dir = tlsFolder(global().db, process.env);
          tls = await Tls.selfSigned(dir, Tls.localNames(choice.value.names), real);
        }
        const { serve } = await import('../../http/serve.js');
        try {
          await serve(opened.value, {
            port,
            host: f.host,
            localUser: multi ? null : LOCAL_USER,
            trustedProxies: f.trustProxy ? proxies.value : null,
            now: clock(process.env),
            tls,
          });
        } finally {
          await opened.value.close();
        }
      },
    );
}

/** Beside the SQLite file; with PostgreSQL, in the default data directory (made if need be). */
function tlsFolder(db: string | undefined, env: NodeJS.ProcessEnv): string {
  const sqlite = db || (env.DATABASE_URL ? undefined : env.THRUST_DB);
  if (sqlite) return dirname(sqlite);
  const dir = dirname(defaultSqlitePath(env));
  mkdirSync(dir, { recursive: true });
  return dir;
}
