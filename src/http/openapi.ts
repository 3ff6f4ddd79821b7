/** What every route file shares: the request context's variables and OpenAPI helpers. */
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Deps } from '../app/deps.js';
import type { Credential } from '../store/accounts-port.js';

export interface Env {
  Variables: {
    /** The use cases' deps for the user this request acts as. */
    deps: Deps;
    /** How the request was authenticated; null in local mode. */
    credential: Credential | null;
  };
}

export type App = OpenAPIHono<Env>;
export type Ctx = Context<Env, string>;

export const json = (description: string) => ({
  description,
  content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
});

export const problemResponse = (description: string) => ({
  description,
  content: {
    'application/problem+json': {
      schema: z.object({
        type: z.string(),
        title: z.string(),
        status: z.number(),
        detail: z.string(),
        errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
      }),
    },
  },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** The problems any authenticated route may answer with. */
export const errors = {
  401: problemResponse('Not logged in (multi-user mode)'),
  403: problemResponse('Not allowed: a write without its CSRF token'),
  404: problemResponse('Not found'),
  409: problemResponse('Not set up, or nothing to act on'),
  413: problemResponse('Body too large'),
  422: problemResponse('Invalid input'),
};

export const idParam = z.object({ id: z.string().min(1).max(64) });
