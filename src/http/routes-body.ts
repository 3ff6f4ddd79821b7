/** Measurements, performance tests and progress photos (R9, R11). */
import { createRoute, z } from '@hono/zod-openapi';
import * as Body from '../app/body.js';
import { today } from '../app/deps.js';
import * as S from '../schemas/index.js';
import { body, errors, idParam, json, type App } from './openapi.js';
import { fromApp, send } from './problem.js';

export function registerBody(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/measurements',
      summary: 'Measurements, oldest first, and whether the monthly hip measurement is due',
      request: { query: z.object({ kind: z.string().max(50).optional() }).strict() },
      responses: { 200: json('The measurements'), ...errors },
    }),
    async (c) => {
      const { store, user } = c.var.deps;
      const kind = c.req.valid('query').kind;
      const all = await store.measurements(user, kind);
      const hips =
        kind === undefined || kind === Body.HIP ? all : await store.measurements(user, Body.HIP);
      return send(c, { measurements: all, hip: Body.hipDue(hips, today(c.var.deps)) });
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/measurements',
      summary: 'Record a measurement (default hip circumference)',
      request: body(Body.measureInput.strict()),
      responses: { 201: json('The measurement and its series'), ...errors },
    }),
    async (c) => {
      const r = await Body.measure(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/tests',
      summary: 'Sprint and vertical jump results, oldest first',
      responses: { 200: json('The tests'), ...errors },
    }),
    async (c) => send(c, { tests: await c.var.deps.store.tests(c.var.deps.user) }),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/tests',
      summary: 'Record a sprint or vertical jump (R11)',
      request: body(Body.testInput),
      responses: { 201: json('The test and its series'), ...errors },
    }),
    async (c) => {
      const r = await Body.recordTest(c.var.deps, c.req.valid('json'));
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/photos',
      summary: 'Progress photos, oldest first; uploaded ones have a file URL',
      responses: { 200: json('The photos'), ...errors },
    }),
    async (c) => {
      const photos = await c.var.deps.store.photos(c.var.deps.user);
      return send(c, {
        photos: photos.map((p) => ({
          ...p,
          file: p.path.startsWith('upload:') ? `/api/v1/photos/${p.id}/file` : null,
        })),
      });
    },
  );

  const image = { schema: z.string().openapi({ type: 'string', format: 'binary' }) };
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/v1/photos',
      summary: `Upload a progress photo (JPEG, PNG, WebP or HEIC, at most ${Body.MAX_PHOTO_BYTES / 1024 / 1024} MB) as the raw body`,
      request: {
        query: z
          .object({
            date: S.day.optional(),
            note: z.string().max(2000).optional(),
            name: z.string().max(255).optional(),
          })
          .strict(),
        body: {
          required: true,
          content: Object.fromEntries(Body.UPLOAD_TYPES.map((t) => [t, image])),
        },
      },
      responses: { 201: json('The photo'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const r = await Body.uploadPhoto(
        c.var.deps,
        { bytes, contentType: c.req.header('content-type') ?? '' },
        { ...q, note: q.note ?? null },
      );
      return r.ok ? send(c, r.value, 201) : fromApp(c, r.error);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/v1/photos/{id}/file',
      summary: 'The uploaded image of a photo',
      request: { params: idParam },
      responses: { 200: { description: 'The image', content: { 'image/*': image } }, ...errors },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const f = await c.var.deps.store.photoFile(c.var.deps.user, id);
      if (!f) return fromApp(c, { code: 'not-found', what: 'photo file', id });
      // Only an image type goes back as itself: a file stored before restores were checked
      // could name any type (HTML, SVG, one with a line break), and is then only a download.
      const image = (Body.UPLOAD_TYPES as readonly string[]).includes(f.contentType);
      return c.body(f.bytes.slice().buffer, 200, {
        'content-type': image ? f.contentType : 'application/octet-stream',
        'content-disposition': image
          ? `inline; filename="photo.${f.contentType.slice(6)}"`
          : 'attachment; filename="photo.bin"',
        'cache-control': 'private, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/v1/photos/{id}',
      summary: 'Remove a photo (and its uploaded file)',
      request: { params: idParam },
      responses: { 200: json('Removed'), ...errors },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      return (await c.var.deps.store.deletePhoto(c.var.deps.user, id))
        ? send(c, { id })
        : fromApp(c, { code: 'not-found', what: 'photo', id });
    },
  );
}
