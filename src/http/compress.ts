/**
 * The API's JSON (and CSV exports) compressed on the way out, brotli or gzip as the client
 * accepts, when the answer is over a kilobyte: /api/v1/plan is about 48 KB of JSON and a
 * phone on a gym's signal waits for every byte. Only answers the routes build whole in
 * memory are compressed (JSON and text), so nothing streamed is held back; an answer that
 * already has an encoding, a HEAD or a write, a 204/304 and `no-transform` pass through as
 * they are.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import type { Env } from './openapi.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Answers smaller than this go as they are: the headers would cost more than is saved. */
export const MIN_COMPRESS_BYTES = 1024;
const WHOLE = /^(application\/([\w.+-]+\+)?json|text\/(csv|plain|markdown))\b/i;

/** The encodings this server can send, best first. */
export type Encoding = 'br' | 'gzip';
const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

/**
 * The best encoding an Accept-Encoding header allows (RFC 9110 12.5.3): a coding listed
 * with q > 0, or covered by `*` with q > 0; null when none (the answer goes as it is).
 */
export function negotiate(header: string | undefined): Encoding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const star = q.get('*') ?? 0;
  let best: Encoding | null = null;
  for (const e of ENCODINGS) {
    const w = q.get(e) ?? star;
    if (w > 0 && (best === null || w > (q.get(best) ?? star))) best = e;
  }
  return best;
}

const pack = (bytes: Uint8Array, encoding: Encoding): Promise<Buffer> =>
  encoding === 'br'
    ? // Quality 5: most of brotli's gain at a few milliseconds for a 50 KB answer.
      brotli(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      })
    : gzipped(bytes, { level: 6 });

/** Compress the API's whole JSON and text answers to reads, over MIN_COMPRESS_BYTES. */
export function compressAnswers(): MiddlewareHandler<Env> {
  return async (c, next) => {
    // The answer differs with what the client accepts. Set before the answer is made, so it
    // is made with it (a header set afterwards makes the answer again, on every request).
    c.header('vary', 'Accept-Encoding');
    await next();
    // Reads are what is large (a plan, stats, a log, an export); a write's answer is a few
    // hundred bytes, and the busiest route (POST /sets) is left as fast as it was.
    if (c.req.method !== 'GET') return;
    const encoding = negotiate(c.req.header('accept-encoding'));
    const res = c.res;
    if (
      !encoding ||
      !res.body ||
      res.status === 204 ||
      res.status === 304 ||
      res.headers.has('content-encoding') ||
      /\bno-transform\b/i.test(res.headers.get('cache-control') ?? '') ||
      !WHOLE.test(res.headers.get('content-type') ?? '')
    )
      return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length < MIN_COMPRESS_BYTES) {
      c.res = new Response(bytes, res);
      return;
    }
    c.res = new Response(await pack(bytes, encoding), res);
    c.res.headers.delete('content-length');
    c.res.headers.set('content-encoding', encoding);
    // A route that answered with a bare Response did not take the header set above.
    if (!/\baccept-encoding\b/i.test(c.res.headers.get('vary') ?? ''))
      c.res.headers.append('vary', 'Accept-Encoding');
    const etag = c.res.headers.get('etag');
    // A strong validator names exact bytes; these are other bytes of the same answer.
    if (etag && !etag.startsWith('W/')) c.res.headers.set('etag', `W/${etag}`);
  };
}
