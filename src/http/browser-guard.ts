/**
 * What a browser on another site can make this server do. Local mode has no login, so the
 * browser's own checks are all there is: a page elsewhere may send simple requests (no
 * preflight) to 127.0.0.1, and a DNS-rebinding name may point at it and read the answers.
 *
 * - Local mode answers only to loopback names in Host (127.0.0.1, localhost, [::1]): a
 *   rebound name gets 421, so the page behind it reads nothing.
 * - Local mode takes writes only from this origin (Sec-Fetch-Site same-origin, or none for
 *   a typed URL or a script outside a browser; an Origin header, when sent, must be this
 *   server's own): another site's page gets 403.
 * - In every mode, a write's body must be of the type its route reads (JSON, or the CSV of
 *   an import, or an image): text/plain and form bodies, which a browser sends cross-site
 *   without asking, are refused with 415.
 */
import type { MiddlewareHandler } from 'hono';
import { UPLOAD_TYPES } from '../app/body.js';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SAME_SITE = new Set(['same-origin', 'none']);

/** The body types a route reads; any other write with a body is JSON. */
const BODY_TYPES: Readonly<Record<string, readonly string[]>> = {
  '/api/v1/import': ['text/csv'],
  '/api/v1/photos': UPLOAD_TYPES,
};

/** The host name of a Host header ("localhost:8080" -> "localhost", "[::1]:80" -> "[::1]"). */
function hostName(host: string): string {
  const m = /^(\[[^\]]*\]|[^:]*)(:\d+)?$/.exec(host.trim().toLowerCase());
  return m?.[1] ?? '';
}

/** Local mode: a loopback Host, and writes from this origin only. */
export function localOnly(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!LOOPBACK.has(hostName(host)))
      return problem(
        c,
        421,
        'wrong-host',
        `This server (local mode, no login) answers only to 127.0.0.1, localhost or [::1]; the request named "${host.slice(0, 100)}". Open http://127.0.0.1 with its port, or run a multi-user server for other machines.`,
      );
    if (!SAFE.has(c.req.method)) {
      const site = c.req.header('sec-fetch-site');
      const origin = c.req.header('origin');
      const foreignOrigin =
        origin !== undefined && origin.toLowerCase() !== `${new URL(c.req.url).protocol}//${host}`;
      if ((site !== undefined && !SAME_SITE.has(site.toLowerCase())) || foreignOrigin)
        return problem(
          c,
          403,
          'cross-site',
          `A write from another site (${origin ?? site ?? 'unknown'}) is refused: in local mode only this server's own page and scripts outside a browser may change the log.`,
        );
    }
    return next();
  };
}

/** A write's body must be of the type its route reads (415 otherwise), in every mode. */
export function bodyTypes(): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const length = c.req.header('content-length');
    const hasBody =
      (length !== undefined && length !== '0') || c.req.header('transfer-encoding') !== undefined;
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!hasBody && type === '') return next();
    const wanted = BODY_TYPES[c.req.path] ?? ['application/json'];
    if (wanted.includes(type)) return next();
    return problem(
      c,
      415,
      'unsupported-media-type',
      `This route reads ${wanted.join(' or ')}; the body was sent as ${type || 'no type'}.`,
    );
  };
}
