/**
 * The lifter's clock, not the server's: a page sends its device's time zone (or the one the
 * lifter chose in Settings) as `X-Thrust-Zone`, so "today" on a server in another zone is
 * the lifter's today: the plan's day, the default date of a set, the future a date may not
 * be in. Without the header the server's own zone is used, as the CLI uses the machine's.
 */
import type { MiddlewareHandler } from 'hono';
import { isZone } from '../formats/zone.js';
import type { Env } from './openapi.js';
import { problem } from './problem.js';

export const ZONE_HEADER = 'x-thrust-zone';

export function lifterZone(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const zone = c.req.header(ZONE_HEADER);
    if (zone === undefined) return next();
    if (!isZone(zone)) {
      const message = `"${zone.slice(0, 64)}" is not a time zone; send an IANA name such as Europe/Berlin or America/New_York`;
      return problem(c, 422, 'invalid', `X-Thrust-Zone: ${message}`, [
        { field: 'X-Thrust-Zone', message },
      ]);
    }
    c.set('deps', { ...c.get('deps'), zone });
    return next();
  };
}
