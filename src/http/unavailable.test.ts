/** Which store errors mean "the database is away or full" (503/507) rather than a bug (500). */
import { describe, expect, it } from 'vitest';
import { outage } from './unavailable.js';

const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('outage', () => {
  it.each([
    ['a full SQLite disk', coded('database or disk is full', 'SQLITE_FULL'), 507],
    ['a busy SQLite file', coded('database is locked', 'SQLITE_BUSY'), 503],
    ['PostgreSQL shutting a connection', coded('terminating connection', '57P01'), 503],
    [
      'a statement past its timeout',
      coded('canceling statement due to statement timeout', '57014'),
      503,
    ],
    ['a connection failure', coded('connection failure', '08006'), 503],
    ['too many connections', coded('too many clients already', '53300'), 503],
    ['a refused connection', coded('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), 503],
    ['a connection ended', new Error('Connection terminated unexpectedly'), 503],
    ['a pool that could not connect', new Error('timeout exceeded when trying to connect'), 503],
    ['a reply that never came', new Error('Query read timeout'), 503],
  ])('%s is %i', (_, e, status) => {
    expect(outage(e)?.status).toBe(status);
  });

  it.each([
    ['a unique violation', coded('duplicate key value', '23505')],
    ['a bug', new TypeError('x is undefined')],
    ['something not an error', 'oops'],
  ])('%s is not an outage', (_, e) => {
    expect(outage(e)).toBeNull();
  });
});
