/**
 * Errors as RFC 9457 problem details: the one place app errors become HTTP statuses.
 * `errors` lists each invalid field by its path, as the CLI names them.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod';
import { message, type AppError } from '../app/errors.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
}

export function status(e: AppError): ContentfulStatusCode {
  switch (e.code) {
    case 'invalid':
    case 'unknown-exercise':
    case 'bad-file':
      return 422;
    case 'not-found':
      return 404;
    case 'not-set-up':
    case 'nothing-to-undo':
    case 'not-empty':
    case 'taken':
      return 409;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'rate-limited':
      return 429;
  }
}

export function problem(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail: string,
  errors?: Problem['errors'],
) {
  const body: Problem = { type: 'about:blank', title, status, detail, ...(errors && { errors }) };
  return c.json(body, status, { 'content-type': 'application/problem+json' });
}

/**
 * A success body. Like `fromApp`, typed `never`: the body is the use case's own value, and
 * the route's OpenAPI response documents it loosely (its shape is the domain's type).
 */
export function send(c: Context, body: unknown, status: 200 | 201 | 202 = 200): never {
  return c.json(body as object, status) as never;
}

/**
 * A use case's error as problem details. Typed `never` so a route handler can return it
 * beside its typed success body: zod-openapi types each declared status's body, and the
 * problem bodies (declared in every route's responses) are built here, in one place.
 */
export function fromApp(c: Context, e: AppError): never {
  if (e.code === 'rate-limited') c.header('retry-after', String(e.retryAfterSeconds));
  const p = appProblem(e);
  return problem(c, status(e), p.title, p.detail, p.errors) as never;
}

/** A use case's error as a problem details body, for faces without a Hono context (MCP). */
export function appProblem(e: AppError): Problem {
  const field =
    e.code === 'invalid' || e.code === 'unknown-exercise' || e.code === 'taken' ? e.field : null;
  return {
    type: 'about:blank',
    title: e.code,
    status: status(e),
    detail: message(e),
    ...(field && { errors: [{ field, message: message(e) }] }),
  };
}

/**
 * Input that failed its schema, as the API answers it (422, each field by its path and
 * zod's message): the routes' validation hook and the MCP tools share it.
 */
export function invalidProblem(issues: readonly z.core.$ZodIssue[]): Problem {
  const errors = issues.map((i) => ({
    field: i.path.map(String).join('.') || '(body)',
    message: i.message,
  }));
  return {
    type: 'about:blank',
    title: 'invalid',
    status: 422,
    detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
    errors,
  };
}
