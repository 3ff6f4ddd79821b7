/**
 * Errors as RFC 9457 problem details: the one place app errors become HTTP statuses.
 * `errors` lists each invalid field by its path, as the CLI names them.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
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
  const field =
    e.code === 'invalid' || e.code === 'unknown-exercise' || e.code === 'taken' ? e.field : null;
  if (e.code === 'rate-limited') c.header('retry-after', String(e.retryAfterSeconds));
  return problem(
    c,
    status(e),
    e.code,
    message(e),
    field ? [{ field, message: message(e) }] : undefined,
  ) as never;
}
