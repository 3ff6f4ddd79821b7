/** 001: users, profiles, plans, sessions, sets, measurements, performance tests, photos. */
import type { Kysely } from 'kysely';
import type { Engine } from '../engine.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  const real = 'double precision';
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('profiles')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addUniqueConstraint('plans_user_seq', ['user_id', 'seq'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('day_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sessions_user_date', ['user_id', 'date'])
    .execute();

  await db.schema
    .createTable('sets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('sessions.id').onDelete('cascade'),
    )
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('exercise', 'text', (c) => c.notNull())
    .addColumn('load_value', real, (c) => c.notNull())
    .addColumn('load_unit', 'text', (c) => c.notNull())
    .addColumn('reps', 'integer', (c) => c.notNull())
    .addColumn('side', 'text')
    .addColumn('hold_seconds', real)
    .addColumn('clean', 'integer', (c) => c.notNull())
    .addColumn('band', 'text')
    .addColumn('rpe', real)
    .addColumn('rir', 'integer')
    .addColumn('felt', 'text')
    .addColumn('note', 'text')
    .addColumn('warmup', 'integer', (c) => c.notNull())
    .addColumn('logged_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sets_session_seq', ['session_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('sets_user_exercise')
    .on('sets')
    .columns(['user_id', 'exercise'])
    .execute();
  await db.schema
    .createIndex('sets_user_logged')
    .on('sets')
    .columns(['user_id', 'logged_at'])
    .execute();

  for (const table of ['measurements', 'performance_tests', 'photos']) {
    let t = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull());
    if (table === 'photos') t = t.addColumn('path', 'text', (c) => c.notNull());
    else {
      t = t
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('value', real, (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull());
    }
    if (table === 'performance_tests') t = t.addColumn('distance_m', real);
    await t.addColumn('note', 'text').execute();
    await db.schema
      .createIndex(`${table}_user_date`)
      .on(table)
      .columns(['user_id', 'date'])
      .execute();
  }
}
