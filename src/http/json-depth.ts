/**
 * JSON bodies nested deeper than any request of this API needs are refused before they are
 * parsed further: a restore nested a million levels deep overflowed the stack (a 500) when
 * it was walked or written out again. No body of the API nests more than a handful of levels.
 */
import type { MiddlewareHandler } from 'hono';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

export const MAX_DEPTH = 64;

const [QUOTE, BACKSLASH, OPEN_A, OPEN_O, CLOSE_A, CLOSE_O] = ['"', '\\', '[', '{', ']', '}'].map(
  (ch) => ch.charCodeAt(0),
);

/** How deep the text's arrays and objects nest (strings skipped), stopping past `limit`. */
export function depth(text: string, limit = MAX_DEPTH): number {
  let level = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === BACKSLASH) i++;
      else if (ch === QUOTE) inString = false;
    } else if (ch === QUOTE) inString = true;
    else if (ch === OPEN_A || ch === OPEN_O) {
      level++;
      if (level > deepest) deepest = level;
      if (deepest > limit) return deepest;
    } else if (ch === CLOSE_A || ch === CLOSE_O) level--;
  }
  return deepest;
}

export function jsonDepth(limit = MAX_DEPTH): MiddlewareHandler<Env> {
  return async (c, next) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
    // A restore checks its nesting as it reads the backup, a piece at a time (app/backup-read.ts).
    if (c.req.path === '/api/v1/restore') return next();
    if (type === 'application/json' && depth(await c.req.text(), limit) > limit) {
      const message = `nested more than ${limit} levels deep; no request needs more than a few`;
      return problem(c, 422, 'invalid', `(body): ${message}`, [{ field: '(body)', message }]);
    }
    return next();
  };
}
