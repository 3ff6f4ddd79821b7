/**
 * When a write clashes with what is stored rather than failing: an id already in use. Ids
 * are global (a set's id is its primary key in every account), so a request can name an id
 * that another account holds, or two requests can store the same new id at once. Either is
 * the client's to resolve (send again, or leave the id out), and the answer never says where
 * the id is used: other accounts' rows are not this account's business.
 */

/** SQLite's and PostgreSQL's ways of saying "this key is already there". */
const SQLITE_UNIQUE = new Set(['SQLITE_CONSTRAINT_PRIMARYKEY', 'SQLITE_CONSTRAINT_UNIQUE']);
const PG_UNIQUE = '23505';
/** What the store throws when a set's id is held by another account (sql-store.ts). */
const ELSEWHERE = /^set id collision/;

export const CONFLICT_DETAIL =
  'An id in this request cannot be used: it is taken, or a request sent at the same time is storing it. Send the request again, or leave the id out and the server makes one. Nothing was stored.';

/** True when the error is a clash over an id, not a bug or an outage. */
export function isConflict(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  return (
    (typeof code === 'string' && (SQLITE_UNIQUE.has(code) || code === PG_UNIQUE)) ||
    ELSEWHERE.test(e.message)
  );
}
