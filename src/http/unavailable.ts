/**
 * When the database, not the request, is the problem: a lost or refused connection, a
 * statement cut off by its timeout, a full disk. These answer 503 (507 for a full disk) with
 * a problem detail saying to retry, rather than a 500 that reads as a bug.
 */
import type { Store } from '../store/port.js';

/** PostgreSQL SQLSTATE classes and codes that mean "the database went away or gave up". */
const PG_UNAVAILABLE = /^(08|53|57P0|57014|58)/;
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const PG_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Client was closed/i;

export type Outage = { readonly status: 503 | 507; readonly detail: string } | null;

/** What an error thrown by the store says about the database, or null for anything else. */
export function outage(e: unknown): Outage {
  if (!(e instanceof Error)) return null;
  const code = (e as { code?: unknown }).code;
  if (code === 'SQLITE_FULL')
    return { status: 507, detail: 'The disk holding the database is full; nothing was stored.' };
  if (code === 'SQLITE_BUSY')
    return { status: 503, detail: 'The database is busy; nothing was stored. Try again.' };
  if (
    (typeof code === 'string' && (PG_UNAVAILABLE.test(code) || NET_CODES.has(code))) ||
    PG_MESSAGES.test(e.message)
  )
    return {
      status: 503,
      detail: 'The database cannot be reached just now; nothing was stored. Try again shortly.',
    };
  return null;
}

/**
 * Whether the database answers a query within `ms`. A read of one indexed table that every
 * engine has (failed-login rows under a key no login uses).
 */
export async function reachable(store: Store, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const probe = store.accounts.failures('health:', new Date().toISOString()).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, late]);
  } finally {
    clearTimeout(timer);
  }
}
