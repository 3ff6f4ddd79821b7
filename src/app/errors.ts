/**
 * The closed set of expected failures of the use cases. Faces map codes to exit codes and
 * HTTP statuses in one place each; messages say what was wrong, where, and what to do.
 */
import type { Catalogue } from '../domain/index.js';
import type { Result } from '../domain/result.js';

export type AppError =
  /** A value the lifter gave is outside what is allowed. */
  | { code: 'invalid'; field: string; message: string }
  | {
      code: 'unknown-exercise';
      field: string;
      name: string;
      suggestions: Catalogue.ExerciseId[];
      /** What else the lifter can do (log it as their own exercise). */
      hint?: string;
    }
  | { code: 'not-set-up' }
  | { code: 'not-found'; what: string; id: string }
  | { code: 'nothing-to-undo' }
  /** A file could not be read as what it claims to be: where, and what was expected. */
  | { code: 'bad-file'; file: string; line: number; column: number | null; message: string }
  | { code: 'not-empty'; message: string }
  /** No valid login or token (multi-user servers). */
  | { code: 'unauthenticated'; message: string }
  /** Logged in, but not allowed this (a missing CSRF token, a coach without a link). */
  | { code: 'forbidden'; message: string }
  /** A unique value someone already has (an email at sign-up). */
  | { code: 'taken'; field: string; message: string }
  | { code: 'rate-limited'; retryAfterSeconds: number; message: string };

export type AppResult<T> = Result<T, AppError>;

/** One line for people. */
export function message(e: AppError): string {
  switch (e.code) {
    case 'invalid':
      return `${e.field}: ${e.message}`;
    case 'unknown-exercise':
      return `${e.field}: unknown exercise "${e.name}".${e.suggestions.length ? ` Did you mean ${e.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''} \`thrust exercises\` lists them all.${e.hint ? ` ${e.hint}` : ''}`;
    case 'not-set-up':
      return 'No profile yet: run `thrust init` first.';
    case 'not-found':
      if (e.what === 'session') return `No session on ${e.id}: \`thrust history\` shows the days.`;
      if (e.what === 'planned session')
        return `No session of the plan is left ${e.id} on: \`thrust plan --new\` starts the next plan.`;
      return `No ${e.what} with id ${e.id}.${e.what === 'set' ? ' `thrust history` shows set ids.' : ''}`;
    case 'nothing-to-undo':
      return 'Nothing to undo: no sets are logged.';
    case 'bad-file':
      return `${e.file}:${e.line}${e.column !== null ? `:${e.column}` : ''}: ${e.message}`;
    case 'not-empty':
    case 'unauthenticated':
    case 'forbidden':
    case 'rate-limited':
      return e.message;
    case 'taken':
      return `${e.field}: ${e.message}`;
  }
}
