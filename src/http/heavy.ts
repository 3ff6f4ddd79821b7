/**
 * Heavy routes (an import, a restore) take seconds of one process's time; one lifter must
 * not take it all. Each user runs one heavy request at a time per process, and a process
 * runs a few at once in all: a second one is told to wait (429, or 503 when the process is
 * full) with Retry-After, rather than queued behind the first.
 */
import type { MiddlewareHandler } from 'hono';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

export interface HeavyLimits {
  /** Heavy requests one user may have running at once, per process. */
  readonly perUser: number;
  /** Heavy requests a process runs at once, for everyone. */
  readonly total: number;
}

export const HEAVY_ROUTES = new Set(['POST /api/v1/import', 'POST /api/v1/restore']);
export const DEFAULT_HEAVY: HeavyLimits = { perUser: 1, total: 4 };

/** Runs after authentication: the user is the one the credential names. */
export function heavyLimit(limits: HeavyLimits): MiddlewareHandler<Env> {
  const running = new Map<string, number>();
  let total = 0;
  return async (c, next) => {
    if (!HEAVY_ROUTES.has(`${c.req.method} ${c.req.path}`)) return next();
    const user = c.var.deps.user;
    const mine = running.get(user) ?? 0;
    if (mine >= limits.perUser || total >= limits.total) {
      c.header('retry-after', '5');
      return mine >= limits.perUser
        ? problem(
            c,
            429,
            'busy',
            'An import or restore of yours is still running: wait for it to finish, then send this again.',
          )
        : problem(
            c,
            503,
            'busy',
            'The server is running as many imports and restores as it takes at once: try again in a few seconds.',
          );
    }
    running.set(user, mine + 1);
    total++;
    try {
      await next();
    } finally {
      const left = (running.get(user) ?? 1) - 1;
      if (left > 0) running.set(user, left);
      else running.delete(user);
      total--;
    }
  };
}
