/**
 * The HTTP API over the same use cases as the CLI: routes parse, call one use case, format.
 * Local mode: one lifter, no login (the server binds to loopback by default). Multi-user
 * mode: accounts, sessions, tokens and coaches, all state in the database (see auth.ts).
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { MAX_PHOTO_BYTES } from '../app/body.js';
import type { Deps } from '../app/deps.js';
import { authenticate, type Mode } from './auth.js';
import { bodyTypes, localOnly } from './browser-guard.js';
import type { Ctx, Env } from './openapi.js';
import { invalidProblem, problem } from './problem.js';
import * as Routes from './routes.js';
import { registerAuth, registerMe } from './routes-auth.js';
import { registerBody } from './routes-body.js';
import { registerCoach } from './routes-coach.js';
import { MAX_FILE_BYTES, registerData } from './routes-data.js';
import { registerMcp } from './routes-mcp.js';
import { registerSchemas } from './routes-schemas.js';
import { compressAnswers } from './compress.js';
import { CONFLICT_DETAIL, isConflict } from './conflict.js';
import { deadline } from './deadline.js';
import { DEFAULT_HEAVY, heavyLimit, type HeavyLimits } from './heavy.js';
import { jsonDepth } from './json-depth.js';
import { linesBuffered } from './log-buffer.js';
import { noNul } from './no-nul.js';
import { outage } from './unavailable.js';
import { outboxOwner } from './outbox-owner.js';
import { lifterZone } from './zone.js';
import { serveWeb } from './web.js';

export interface HttpOptions {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** One JSON line per request; silent in tests. */
  readonly log: (line: Record<string, unknown>) => void;
  /** The built web app (dist/web), served at / when given. */
  readonly webRoot: string | null;
  /** How many imports and restores run at once, per user and in all. */
  readonly heavy: HeavyLimits;
  /** Longest an API request may take before it is answered 503 (imports and restores 4x). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_HTTP_OPTIONS = {
  maxBodyBytes: 256 * 1024,
  log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
  webRoot: null,
  heavy: DEFAULT_HEAVY,
  requestTimeoutMs: 30_000,
} as const satisfies HttpOptions;

/** Bodies larger than the JSON limit: uploads and whole files. */
const LARGE_BODIES: Readonly<Record<string, number>> = {
  '/api/v1/photos': MAX_PHOTO_BYTES,
  '/api/v1/import': MAX_FILE_BYTES,
  '/api/v1/restore': MAX_FILE_BYTES,
};

export function createHttpApp(
  base: Omit<Deps, 'user'>,
  mode: Mode,
  options: Partial<HttpOptions> = {},
) {
  const opts = { ...DEFAULT_HTTP_OPTIONS, ...options } satisfies HttpOptions;
  const app = new OpenAPIHono<Env>({
    // Request validation failures become problem details naming each field.
    defaultHook: (result, c) => {
      if (result.success) return;
      const p = invalidProblem(result.error.issues);
      return problem(c, 422, p.title, p.detail, p.errors);
    },
  });
  // Request lines are written a batch at a time (at most a second late, and on exit) instead
  // of one write per request; warnings and errors go at once, after what is waiting.
  const requests = options.log ? null : linesBuffered((text) => process.stdout.write(text));
  const log: HttpOptions['log'] = requests
    ? (line) => {
        requests.flush();
        opts.log(line);
      }
    : opts.log;
  const requestLog = requests ? requests.line : opts.log;
  app.use('*', async (c, next) => {
    const start = performance.now();
    await next();
    requestLog({
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  });
  if (mode.kind === 'local') app.use('*', localOnly());
  app.use('/api/*', async (c, next) => {
    // API answers are data, never a page: nothing in one may run, load or be framed, even
    // if a browser is led to open it. The docs page sets its own, and a route may set its
    // own cache-control; both replace these. Set before the answer is made, so it is made
    // with them (setting them afterwards makes the answer again).
    c.header('x-content-type-options', 'nosniff');
    c.header('content-security-policy', API_CSP);
    c.header('cache-control', 'no-store');
    await next();
    // An answer built as a bare Response did not take them: add them to it.
    if (c.res.headers.has('x-content-type-options')) return;
    c.header('x-content-type-options', 'nosniff');
    if (!c.res.headers.has('content-security-policy')) c.header('content-security-policy', API_CSP);
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  // JSON over a kilobyte goes brotli or gzip (compress.ts); a late answer too.
  app.use('/api/*', compressAnswers());
  // Inside the headers above, so a late answer carries them too.
  app.use('/api/*', deadline(opts.requestTimeoutMs));
  const limiter = (maxSize: number): MiddlewareHandler<Env> => {
    const tooLarge = (c: Ctx) => problem(c, 413, 'too-large', `The body is over ${maxSize} bytes.`);
    const streamed = bodyLimit({ maxSize, onError: tooLarge });
    return (c, next) => {
      // A body of a stated length is judged by its header: reading the raw body here would
      // make the server build a whole web Request for every request. Only a chunked body
      // (or one whose length nobody stated, as in tests) is counted as it is read.
      const chunked = c.req.header('transfer-encoding') !== undefined;
      const length = c.req.header('content-length');
      if (!chunked && length !== undefined)
        return Number(length) > maxSize ? Promise.resolve(tooLarge(c)) : next();
      if (!chunked && NO_BODY.has(c.req.method)) return next();
      return streamed(c, next);
    };
  };
  const standard = limiter(opts.maxBodyBytes);
  const large = new Map(Object.entries(LARGE_BODIES).map(([path, n]) => [path, limiter(n)]));
  app.use('/api/*', (c: Ctx, next) => (large.get(c.req.path) ?? standard)(c, next));
  // One instance for the API and /mcp, so both see the same credentials (and their ends).
  const who = authenticate(base, mode);
  app.use('/api/*', who);
  // After authentication, so a caller who is not logged in hears that first.
  app.use('/api/*', bodyTypes());
  app.use('/api/*', noNul());
  app.use('/api/*', jsonDepth());
  app.use('/api/*', heavyLimit(opts.heavy));
  app.use('/api/v1/sets', outboxOwner(mode));
  app.use('/api/*', lifterZone());
  Routes.register(app);
  registerMe(app, mode);
  registerBody(app);
  registerData(app);
  registerSchemas(app);
  // MCP for assistants, behind the API's guards and credentials (routes-mcp.ts).
  registerMcp(app, {
    authenticate: who,
    bodyLimit: standard,
    timeoutMs: opts.requestTimeoutMs,
  });
  if (mode.kind === 'multi') {
    registerAuth(app, mode, log);
    registerCoach(app);
  }
  app.doc31('/api/v1/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Thrust API',
      version: '1.0.0',
      description: 'A training planner and log for the barbell hip thrust.',
    },
  });
  app.get('/api/v1/docs', (c) => c.html(DOCS, 200, { 'content-security-policy': DOCS_CSP }));
  if (opts.webRoot) serveWeb(app, opts.webRoot);
  app.notFound((c) =>
    problem(c, 404, 'not-found', `No route ${c.req.method} ${c.req.path}. See /api/v1/docs.`),
  );
  app.onError((e, c) => {
    // A request the framework could not read (malformed JSON): the client's mistake.
    if (e instanceof HTTPException && e.status < 500)
      return problem(
        c,
        e.status,
        'bad-request',
        `${e.message || 'The request could not be read'}: send a JSON body that parses.`,
      );
    if (isConflict(e)) {
      log({ time: new Date().toISOString(), level: 'warn', error: e.message });
      return problem(c, 409, 'conflict', CONFLICT_DETAIL);
    }
    const down = outage(e);
    log({
      time: new Date().toISOString(),
      level: down ? 'warn' : 'error',
      error: down ? e.message : (e.stack ?? e.message),
    });
    if (down) {
      c.header('retry-after', '5');
      return problem(c, down.status, 'unavailable', down.detail);
    }
    return problem(c, 500, 'internal', 'Unexpected error; it has been logged.');
  });
  return app;
}

/** Methods whose requests carry no body unless they say so (Content-Length, chunked). */
const NO_BODY = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/** For every API answer: a sandbox that loads and runs nothing. */
const API_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
/** The docs page: its own inline script and style, and reads of this origin's API. */
const DOCS_CSP =
  "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A readable docs page that renders the OpenAPI document without any external script. */
const DOCS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Thrust API</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}code{background:#eee;padding:0 .2em}h2{margin-top:2rem}</style></head>
<body><h1>Thrust API</h1><p>The machine-readable description is at <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>. Errors are RFC 9457 problem details.</p><div id="paths">Loading…</div>
<script>fetch('/api/v1/openapi.json').then(r=>r.json()).then(d=>{const el=document.getElementById('paths');el.innerHTML='';for(const [p,ops] of Object.entries(d.paths)){for(const [m,op] of Object.entries(ops)){const h=document.createElement('h2');h.textContent=m.toUpperCase()+' '+p;const s=document.createElement('p');s.textContent=op.summary||'';el.append(h,s);}}});</script></body></html>`;
