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
    message: issue ? human(issue) : 'is not valid',
  });
}

/**
 * zod's own wording ("Too small: expected number to be >=1") in people's words ("must be
 * at least 1"); a message a schema wrote itself is kept as it is.
 */
export function human(issue: z.core.$ZodIssue): string {
  const own = !/^(Too small|Too big|Invalid input|Invalid option|Invalid)\b/.test(issue.message);
  if (own) return issue.message;
  const whole = (n: unknown) => (typeof n === 'bigint' ? n.toString() : String(n));
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return `must be at least ${whole(issue.minimum)} character${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'array') return `must have at least ${whole(issue.minimum)}`;
      return issue.inclusive === false
        ? `must be more than ${whole(issue.minimum)}`
        : `must be at least ${whole(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${whole(issue.maximum)} characters`;
      if (issue.origin === 'array') return `must have at most ${whole(issue.maximum)}`;
      return issue.inclusive === false
        ? `must be less than ${whole(issue.maximum)}`
        : `must be at most ${whole(issue.maximum)}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'must be a whole number';
      return issue.expected === 'number' ? 'must be a number' : `must be a ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${whole(issue.divisor)}`;
    case 'custom':
    case 'invalid_element':
    case 'invalid_format':
    case 'invalid_key':
    case 'invalid_union':
    case 'unrecognized_keys':
      return 'is not valid';
  }
}
