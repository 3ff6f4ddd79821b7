/**
 * Statements prepared once per connection. `pg` sends a query without a name as an unnamed
 * statement, which PostgreSQL parses and plans again every time; a named one is parsed once
 * per connection and then only bound and run. Every statement with parameters (all of the
 * store's queries) is sent under a name made from its text, so the store's SQL stays as it
 * is written (Kysely's, or sql-log.ts's) and each distinct statement is prepared once per
 * connection. Statements without parameters (BEGIN, COMMIT, the migrations' DDL) go as
 * they are.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Most distinct statements named; past it (never in practice) statements go unnamed. */
const MAX_NAMES = 2_000;
const names = new Map<string, string>();

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (name === undefined && names.size < MAX_NAMES) {
    name = `thrust_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/** Makes `client` send each statement with parameters as a named, prepared one. */
export function prepareByName(client: pg.PoolClient): void {
  const proto = Object.getPrototypeOf(client) as pg.PoolClient;
  // Looked up on each call, so the client's own method (or a test's count of it) is used.
  const send = (...args: unknown[]) =>
    (proto.query as (...a: unknown[]) => unknown).apply(client, args);
  Object.defineProperty(client, 'query', {
    configurable: true,
    value: (text: unknown, values: unknown, ...rest: unknown[]) => {
      const name =
        typeof text === 'string' && Array.isArray(values) && values.length > 0
          ? nameOf(text)
          : undefined;
      return name ? send({ name, text, values }, ...rest) : send(text, values, ...rest);
    },
  });
}
