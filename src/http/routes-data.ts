/** Import from other apps (with a dry run), export in every format, restore a backup. */
import { createRoute, z } from '@hono/zod-openapi';
import * as Backups from '../app/backup.js';
import * as Transfer from '../app/transfer.js';
import { decode } from '../formats/encoding.js';
import { HTTPException } from 'hono/http-exception';
import { MAX_DEPTH, readBackupText } from '../app/backup-read.js';
import { restorable } from './backup-files.js';
import * as S from '../schemas/index.js';
import { errors, json, type App, type Ctx } from './openapi.js';
import { fromApp, invalidProblem, problem, send } from './problem.js';

/** Largest import or backup accepted, in bytes: about ten years of daily logging. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const text = { schema: z.string() };

/** The restore body as the OpenAPI document describes it (the backup format's JSON Schema). */
const RESTORE_BODY = {
  type: 'object',
  description:
    'A backup as GET /api/v1/export?format=json writes it; its JSON Schema is at /api/v1/schemas/backup.json',
} as const;

/** FIT's media type (IANA: application/vnd.ant.fit); Garmin's SDK loads on the first FIT asked. */
const fitFile = {
  'application/vnd.ant.fit': { schema: z.string().openapi({ type: 'string', format: 'binary' }) },
};
const fitApp = () => import('../app/fit.js');

function sendFit(c: Ctx, f: { bytes: Uint8Array; filename: string }) {
  return c.body(f.bytes.slice().buffer, 200, {
    'content-type': 'application/vnd.ant.fit',
    'content-disposition': `attachment; filename="${f.filename}"`,
    'x-content-type-options': 'nosniff',
  });
}

export function registerData(app: App): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/import',
      summary:
        'Import a Strong, Hevy or FitNotes CSV export (the raw file as the body, sent as text/csv); dryRun=true reports without storing',
      request: {
        query: z
          .object({
            filename: z.string().min(1).max(255).default('upload.csv'),
            dryRun: z.enum(['true', 'false']).default('false'),
            units: z.enum(['lb', 'kg']).optional(),
            dateOrder: z.enum(['dmy', 'mdy']).optional(),
            /** Imported name to exercise, as "Name=exercise-id"; repeat for more. */
            map: z.union([z.string(), z.array(z.string())]).optional(),
          })
          .strict(),
        // text/csv only: a page on another site can send text/plain without asking first.
        body: { required: true, content: { 'text/csv': text } },
      },
      responses: { 200: json('What was (or would be) imported'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const map: Record<string, string> = {};
      for (const pair of [q.map ?? []].flat()) {
        const at = pair.lastIndexOf('=');
        if (at <= 0)
          return fromApp(c, {
            code: 'invalid',
            field: 'map',
            message: `"${pair}" is not NAME=exercise (e.g. "Hip Thrust (Barbell)=hip-thrust")`,
          });
        map[pair.slice(0, at)] = pair.slice(at + 1);
      }
      // The body's bytes, decoded as the CLI decodes a file (UTF-8, UTF-16, Windows-1252).
      const decoded = decode(new Uint8Array(await c.req.arrayBuffer()), q.filename);
      if (!decoded.ok) return fromApp(c, { code: 'bad-file', ...decoded.error });
      const { text, warning } = decoded.value;
      // PostgreSQL cannot store a NUL in text; refused here on every engine alike.
      const nul = text.indexOf('\0');
      if (nul >= 0) {
        const before = text.slice(0, nul).split('\n');
        return fromApp(c, {
          code: 'bad-file',
          file: q.filename,
          line: before.length,
          column: (before.at(-1)?.length ?? 0) + 1,
          message: 'a NUL character (\\0), which is not text: is this the right file?',
        });
      }
      const r = await Transfer.importFile(c.var.deps, {
        text,
        file: q.filename,
        dryRun: q.dryRun === 'true',
        map,
        ...(q.units && { units: q.units }),
        ...(q.dateOrder && { dateOrder: q.dateOrder }),
      });
      if (!r.ok) return fromApp(c, r.error);
      return send(c, warning ? { ...r.value, warnings: [warning, ...r.value.warnings] } : r.value);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/export',
      summary: 'Everything as a JSON backup, Strong or Hevy CSV, or the plan as a calendar',
      request: {
        query: z.object({ format: z.enum(Transfer.EXPORT_FORMATS).default('json') }).strict(),
      },
      responses: {
        200: {
          description: 'The file, as an attachment',
          content: {
            'application/json': text,
            'text/csv': text,
            'text/calendar': text,
          },
        },
        ...errors,
      },
    }),
    async (c) => {
      const r = await Transfer.exportAs(c.var.deps, c.req.valid('query').format);
      if (!r.ok) return fromApp(c, r.error);
      return c.body(r.value.text, 200, {
        'content-type': `${r.value.contentType}; charset=utf-8`,
        'content-disposition': `attachment; filename="${r.value.filename}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/sessions/{date}/fit',
      summary:
        'The session on a day as a Garmin FIT activity (strength training: a set message per set, a rest between sets, Thrust’s own data in developer fields)',
      request: {
        params: z.object({ date: S.day.describe('the session’s day, YYYY-MM-DD') }),
      },
      responses: {
        200: { description: 'The FIT file, as an attachment', content: fitFile },
        ...errors,
      },
    }),
    async (c) => {
      const r = await (await fitApp()).session(c.var.deps, c.req.valid('param').date);
      return r.ok ? sendFit(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/workout.fit',
      summary:
        'Today’s session, or the next one not yet logged (from `date` on), as a Garmin FIT workout: a step per set with its rep target and load, rest steps between',
      request: {
        query: z
          .object({ date: S.day.optional().describe('from this day (default today)') })
          .strict(),
      },
      responses: {
        200: { description: 'The FIT workout file, as an attachment', content: fitFile },
        ...errors,
      },
    }),
    async (c) => {
      const r = await (await fitApp()).workout(c.var.deps, c.req.valid('query').date);
      return r.ok ? sendFit(c, r.value) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/restore',
      summary: 'Restore a JSON backup (from export) into an account with no data yet',
      request: {
        body: {
          required: true,
          // Described, not validated here: the route reads the text a piece at a time.
          content: { 'application/json': { schema: RESTORE_BODY } },
        },
      },
      responses: { 200: json('What was restored'), ...errors },
    }),
    async (c) => {
      // Read and checked a piece at a time, with turns of the event loop between pieces, so
      // a large backup does not freeze the server for everyone else (backup-read.ts).
      const read = await readBackupText(await c.req.text());
      if (read.kind === 'syntax')
        throw new HTTPException(400, {
          message: `Malformed JSON in request body (${read.message})`,
        });
      if (read.kind === 'too-deep') {
        const message = `nested more than ${MAX_DEPTH} levels deep; no request needs more than a few`;
        return problem(c, 422, 'invalid', `(body): ${message}`, [
          { field: '(body)', message },
        ]) as never;
      }
      const files = restorable.safeParse(read.rest);
      if (!files.success) {
        const p = invalidProblem(files.error.issues);
        return problem(c, 422, p.title, p.detail, p.errors) as never;
      }
      const b = await Backups.checkBackup(read, 'backup.json');
      if (!b.ok) return fromApp(c, b.error);
      const r = await Backups.restoreChecked(c.var.deps, b.value);
      return r.ok ? send(c, r.value) : fromApp(c, r.error);
    },
  );
}
