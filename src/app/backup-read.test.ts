/**
 * Reading a backup a piece at a time gives what JSON.parse gives, and refuses what it
 * refuses: properties over generated backups-shaped JSON, their damaged copies, and a table
 * of the separators between sessions that a piecewise reader could let through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBackupText } from './backup-read.js';

/** The value the reader gives back, put together as JSON.parse would give it. */
async function whole(text: string): Promise<unknown> {
  const r = await readBackupText(text);
  if (r.kind !== 'ok') return r.kind;
  const rest = r.rest as Record<string, unknown>;
  return r.sessions.length > 0 ? { ...rest, sessions: r.sessions } : rest;
}

const parsed = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return 'syntax';
  }
};

const backupLike = fc.record({
  format: fc.constant('thrust-backup'),
  profile: fc.jsonValue({ maxDepth: 3 }),
  sessions: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 6 }),
  measurements: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
});

describe('readBackupText', () => {
  it('gives what JSON.parse gives, indented or not (property)', async () => {
    await fc.assert(
      fc.asyncProperty(backupLike, fc.constantFrom(undefined, 2), async (v, indent) => {
        const text = JSON.stringify(v, null, indent);
        expect(await whole(text)).toEqual(JSON.parse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a damaged copy exactly when JSON.parse does (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        backupLike,
        fc.nat(),
        fc.constantFrom(',', ']', '[', '{', '}', '"', ':', ' ', '1', ',,'),
        fc.boolean(),
        async (v, at, piece, cut) => {
          const text = JSON.stringify(v);
          const i = at % (text.length + 1);
          const damaged = cut
            ? text.slice(0, i) + text.slice(i + 1)
            : text.slice(0, i) + piece + text.slice(i);
          const expected = parsed(damaged);
          const got = await whole(damaged);
          if (expected === 'syntax') expect(got).toBe('syntax');
          else expect(got).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['{"sessions":[{"a":1}{"b":2}]}', 'syntax'],
    ['{"sessions":[{"a":1},]}', 'syntax'],
    ['{"sessions":[,{"a":1}]}', 'syntax'],
    ['{"sessions":[{"a":1},,{"b":2}]}', 'syntax'],
    ['{"sessions":[1 2]}', 'syntax'],
    ['{"sessions":["x" "y"]}', 'syntax'],
    ['{"sessions":[1, "x]", [2], null]}', 'ok'],
    ['{"sessions":[{"a":1}],"sessions":[{"b":2}]}', 'ok'],
  ])('%s: %s, as JSON.parse', async (text, kind) => {
    expect((await readBackupText(text)).kind).toBe(kind);
    expect(await whole(text)).toEqual(parsed(text));
  });

  it('refuses nesting past 64 levels before parsing anything', async () => {
    const deep = (n: number) => `{"sessions":[${'['.repeat(n)}${']'.repeat(n)}]}`;
    expect((await readBackupText(deep(62))).kind).toBe('ok');
    expect((await readBackupText(deep(63))).kind).toBe('too-deep');
    expect((await readBackupText(`{"format":${'['.repeat(1_000_000)}`)).kind).toBe('too-deep');
  });
});
