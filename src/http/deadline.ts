/**
 * No request waits forever: a database that stops answering (packets dropped, a lock held)
 * would otherwise hold a request, and its client, for minutes. Past its deadline a request
 * is answered 503 with Retry-After; the work it started may still finish, so a write may
 * or may not be stored, and resending it is safe (a set sent again with its id is stored
 * once).
 */
import type { MiddlewareHandler } from 'hono';
import { HEAVY_ROUTES } from './heavy.js';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

/** Heavy routes (import, restore) get this many times the ordinary deadline. */
const HEAVY_FACTOR = 4;

export function deadline(ms: number): MiddlewareHandler<Env> {
  return async (c, next) => {
    const limit = HEAVY_ROUTES.has(`${c.req.method} ${c.req.path}`) ? ms * HEAVY_FACTOR : ms;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), limit);
    });
    try {
      const work = next().then(() => 'done' as const);
      // Past the deadline nobody awaits the work: a failure then must not go unhandled.
      work.catch(() => undefined);
      const first = await Promise.race([work, late]);
      if (first === 'done') return;
      c.header('retry-after', '5');
      return problem(
        c,
        503,
        'timeout',
        `No answer within ${limit / 1000} s (the database may be slow or away): a write may or may not have been stored; sending it again is safe.`,
      );
    } finally {
      clearTimeout(timer);
    }
  };
}
