/**
 * Statements prepared once per connection. `pg` sends a query without a name as an unnamed
 * statement, which PostgreSQL parses and plans again every time; a named one is parsed once
 * per connection and then only bound and run. Every statement with parameters (all of the
 * store's queries) is sent under a name made from its text, so the store's SQL stays as it
 * is written (Kysely's, or sql-log.ts's) and each distinct statement is prepared once per
 * connection. Statements without parameters (BEGIN, COMMIT, the migrations' DDL) go as
 * they are.
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

/** Most distinct statements named; past it (never in practice) statements go unnamed. */
const MAX_NAMES = 2_000;
const digests = new Map<string, string>();

function digestOf(text: string): string | undefined {
  let digest = digests.get(text);
  if (digest === undefined && digests.size < MAX_NAMES) {
    digest = createHash('sha1').update(text).digest('base64url').slice(0, 20);
    digests.set(text, digest);
  }
  return digest;
}

/**
 * Each connection names its statements with a tag of its own. PostgreSQL keeps prepared
 * statements per session, so on a real server one name per text would do; but a server that
 * serves several connections from one session (PGlite behind a socket, which the tests use
 * where no server is given; a transaction-pooling proxy) would see a second connection
 * prepare a name the first already holds, and refuse it ("already exists").
 */
let connections = 0;
/** This process's part of the tag: other processes may share that session too (tests). */
const PROCESS = randomBytes(4).toString('hex');

/** Makes `client` send each statement with parameters as a named, prepared one. */
export function prepareByName(client: pg.PoolClient): void {
  const tag = `${PROCESS}${(connections++).toString(36)}`;
  const nameOf = (text: string) => {
    const digest = digestOf(text);
    return digest === undefined ? undefined : `thrust_${tag}_${digest}`;
  };
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
