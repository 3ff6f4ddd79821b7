/** The published formats: the JSON backup's JSON Schema, for tools that read a Thrust log. */
import { createRoute, z } from '@hono/zod-openapi';
import { backupJsonSchema } from '../app/backup-schema.js';
import type { App } from './openapi.js';

export function registerSchemas(app: App): void {
  // Made once: it is the same for every request of this build.
  let schema: Record<string, unknown> | null = null;
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/schemas/backup.json',
      summary:
        'The JSON backup’s format (GET /api/v1/export?format=json) as a JSON Schema, draft 2020-12, versioned by its $id; set fields named after the openweight workout-log vocabulary where they overlap',
      responses: {
        200: {
          description: 'The JSON Schema',
          content: { 'application/schema+json': { schema: z.record(z.string(), z.unknown()) } },
        },
      },
    }),
    (c) => {
      schema ??= backupJsonSchema();
      // Typed `never` as `send` is: the body is JSON, sent under JSON Schema's own media type.
      return c.body(JSON.stringify(schema), 200, {
        'content-type': 'application/schema+json; charset=utf-8',
      }) as never;
    },
  );
}
