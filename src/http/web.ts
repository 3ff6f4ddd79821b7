/**
 * The web app's files at /, after the API routes: hashed assets cached for a year (a missing
 * one is a 404, never cached), the page and the service worker always revalidated, and any
 * other path answered with the page so the app's own routes work on reload. Text files go
 * as the brotli or gzip copy the build wrote beside them (web/build-plugins.ts) when the
 * browser's Accept-Encoding lists `br` or `gzip`, else as they are.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { App, Ctx } from './openapi.js';
import { problem } from './problem.js';

/** Only this origin's scripts, styles, images and API: a stray injected tag runs nothing. */
const CSP = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "script-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** A training log is nobody's search result: crawlers are asked to keep out of all of it. */
const ROBOTS = 'User-agent: *\nDisallow: /\n';

export function serveWeb(app: App, root: string): void {
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    // A cache keeps the encoded and the plain answer apart.
    if (c.res.status === 200 && !/\baccept-encoding\b/i.test(c.res.headers.get('vary') ?? ''))
      c.header('vary', 'Accept-Encoding', { append: true });
    const asset = c.req.path.startsWith('/assets/');
    // Only an asset that exists is kept for a year; a missing one must be asked for again.
    c.header(
      'cache-control',
      asset && c.res.status === 200
        ? 'public, max-age=31536000, immutable'
        : asset
          ? 'no-store'
          : 'no-cache',
    );
  });
  // Answered here, never by the page: a crawler asking for it would otherwise get the app.
  app.get('/robots.txt', (c: Ctx) => c.text(ROBOTS));
  // The build's own bookkeeping (.vite/manifest.json) and any other dotfile stay unserved.
  app.use('*', async (c: Ctx, next) => {
    if (!c.req.path.includes('/.')) return next();
    return problem(c, 404, 'not-found', `No ${c.req.path} here.`);
  });
  const files = serveStatic({ root, precompressed: true });
  const page = serveStatic({ root, path: 'index.html', precompressed: true });
  app.use('*', (c: Ctx, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  // A hashed asset this build lacks (a page from an older build asked for it) is a 404,
  // never the page: served as script it fails to run, and cached it would stay broken.
  app.get('/assets/*', (c: Ctx) =>
    problem(
      c,
      404,
      'not-found',
      `No asset ${c.req.path} in this build: reload the page to get the current one.`,
    ),
  );
  app.get('*', (c: Ctx, next) => (c.req.path.startsWith('/api/') ? next() : page(c, next)));
}
