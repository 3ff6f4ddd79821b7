/**
 * Two connections to one SQLite file. A write, and everything inside a transaction, goes to
 * the writer, one user of it at a time (as Kysely's own SQLite driver does with its single
 * connection). A single read outside any transaction goes to a second, query-only
 * connection, which WAL lets read the last commit while a write transaction is open: a
 * server answers lifters' reads (and /health) while one lifter's long import is being
 * written, instead of queueing every request behind it.
 */
import type Database from 'better-sqlite3';
import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';

/** What Kysely needs of a better-sqlite3 handle (prepared statements may be cached). */
export interface Handle {
  prepare(sql: string): Database.Statement;
  close(): void;
}

function run<R>(db: Handle, q: CompiledQuery): QueryResult<R> {
  const stmt = db.prepare(q.sql);
  if (stmt.reader) return { rows: stmt.all(q.parameters) as R[] };
  const { changes, lastInsertRowid } = stmt.run(q.parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}

class Mutex {
  private held: Promise<void> | null = null;
  private release: (() => void) | null = null;

  async lock(): Promise<void> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => (this.release = resolve));
  }

  unlock(): void {
    const release = this.release;
    this.held = null;
    this.release = null;
    release?.();
  }
}

/** A connection that takes the writer the first time it needs it, and keeps it until released. */
class Routed implements DatabaseConnection {
  private bound = false;

  constructor(private readonly driver: SplitDriver) {}

  async bind(): Promise<void> {
    if (this.bound) return;
    await this.driver.mutex.lock();
    this.bound = true;
  }

  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.bound && SelectQueryNode.is(q.query)) return run<R>(this.driver.reader, q);
    await this.bind();
    return run<R>(this.driver.writer, q);
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('no query here streams its rows');
  }

  release(): void {
    if (!this.bound) return;
    this.bound = false;
    this.driver.mutex.unlock();
  }
}

class SplitDriver implements Driver {
  readonly mutex = new Mutex();

  constructor(
    readonly writer: Handle,
    readonly reader: Handle,
  ) {}

  async init(): Promise<void> {}

  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(new Routed(this));
  }

  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await (c as Routed).bind();
    await c.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('rollback'));
  }

  releaseConnection(c: DatabaseConnection): Promise<void> {
    (c as Routed).release();
    return Promise.resolve();
  }

  destroy(): Promise<void> {
    this.reader.close();
    this.writer.close();
    return Promise.resolve();
  }
}

/** Kysely's SQLite dialect (its compiler and introspection), over the two connections. */
export class SplitSqliteDialect extends SqliteDialect {
  constructor(
    private readonly writer: Handle,
    private readonly reader: Handle,
  ) {
    super({ database: writer });
  }

  override createDriver(): Driver {
    return new SplitDriver(this.writer, this.reader);
  }
}
