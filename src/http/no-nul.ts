/**
 * NUL characters refused at the door, on every engine alike: PostgreSQL cannot store one in
 * text (it failed with a 500), SQLite would, so a log could not move between them. A NUL in
 * the address (path or query, as %00) or in any string of a JSON body, keys too, gets 422
 * naming where; an imported file with one is refused by its route (routes-data.ts).
 */
import type { MiddlewareHandler } from 'hono';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

/** The path to the first string (or key) holding a NUL, or null. */
export function nulAt(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return value.includes('\0') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulAt(v, [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\0')) return [...path, k.replace(/\0/g, '\\0')];
      const found = nulAt(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

const refuse = (c: Parameters<MiddlewareHandler<Env>>[0], field: string) =>
  problem(c, 422, 'invalid', `${field}: contains a NUL character (\\u0000), which is not text`, [
    { field, message: 'contains a NUL character (\\u0000), which is not text' },
  ]);

export function noNul(): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (/%00/i.test(c.req.url)) return refuse(c, '(address)');
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    if (type === 'application/json') {
      const text = await c.req.text();
      // Only a body that spells one out needs the walk; the route parses it again from cache.
      if (/\\u0000/i.test(text)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          return next(); // malformed: the route's own parse says so
        }
        const at = nulAt(parsed);
        if (at) return refuse(c, at.join('.') || '(body)');
      }
    }
    return next();
  };
}
