/** Turn zod issues into the app's `invalid` error, naming the field path. */
import type * as z from 'zod';
import { err, ok } from '../domain/result.js';
import type { AppResult } from './errors.js';

export function parse<T>(schema: z.ZodType<T>, input: unknown, prefix = ''): AppResult<T> {
  const r = schema.safeParse(input);
  if (r.success) return ok(r.data);
  const issue = r.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return err({
    code: 'invalid',
    field: [prefix, path].filter(Boolean).join('.') || 'input',
    message: issue?.message ?? 'invalid',
  });
}
