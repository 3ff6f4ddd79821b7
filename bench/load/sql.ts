/**
 * The bench's own look into the database under test, in plain SQL that any schema since
 * migration 003 has (so it works against an older build too): lifters and their API tokens
 * made directly (no sign-up limits, no password hashing), and the sets stored.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

/** A SQLite file path or a PostgreSQL URL. */
export type Where = string;

async function exec(where: Where, statements: { text: string; values: unknown[] }[]) {
  if (where.startsWith('postgres')) {
    const c = new pg.Client({ connectionString: where });
    await c.connect();
    try {
      const out = [];
      for (const s of statements) out.push((await c.query(s.text, s.values)).rows);
      return out as Record<string, unknown>[][];
    } finally {
      await c.end();
    }
  }
  const db = new Database(where);
  db.pragma('busy_timeout = 10000');
  try {
    return statements.map((s) => {
      const st = db.prepare(s.text.replace(/\$\d+/g, '?'));
      if (st.reader) return st.all(...s.values) as Record<string, unknown>[];
      st.run(...s.values);
      return [];
    });
  } finally {
    db.close();
  }
}

/** `n` lifters, each with a personal API token; returns the tokens. */
export async function lifters(where: Where, n: number): Promise<string[]> {
  const at = new Date().toISOString();
  const tokens: string[] = [];
  const statements = [];
  for (let i = 0; i < n; i++) {
    const user = randomUUID();
    const email = `lifter${i}@load.example`;
    const secret = `thr_t_${randomBytes(32).toString('base64url')}`;
    tokens.push(secret);
    const hash = createHash('sha256').update(secret).digest('hex');
    statements.push(
      {
        text: 'insert into users (id, name, created_at) values ($1, $2, $3)',
        values: [user, email, at],
      },
      {
        text: 'insert into accounts (user_id, email, password_hash, created_at) values ($1, $2, $3, $4)',
        values: [user, email, 'not a hash: this lifter never logs in', at],
      },
      {
        text: `insert into credentials (id, user_id, secret_hash, kind, label, csrf, created_at, expires_at)
               values ($1, $2, $3, 'token', 'load', null, $4, null)`,
        values: [randomUUID(), user, hash, at],
      },
    );
  }
  await exec(where, statements);
  return tokens;
}

/** How many sets the database holds. */
export async function storedSets(where: Where): Promise<number> {
  const [rows] = await exec(where, [{ text: 'select count(*) as n from sets', values: [] }]);
  return Number(rows?.[0]?.n ?? NaN);
}
