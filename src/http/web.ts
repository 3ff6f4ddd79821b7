/**
 * The web app's files at /, after the API routes: hashed assets cached for a year, the page
 * and the service worker always revalidated, and any other path answered with the page so
 * the app's own routes work on reload.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import type { App, Ctx } from './openapi.js';

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

export function serveWeb(app: App, root: string): void {
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'same-origin');
    c.header(
      'cache-control',
      c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  });
  const files = serveStatic({ root });
  const page = serveStatic({ root, path: 'index.html' });
  app.use('*', (c: Ctx, next) => (c.req.path.startsWith('/api/') ? next() : files(c, next)));
  app.get('*', (c: Ctx, next) => (c.req.path.startsWith('/api/') ? next() : page(c, next)));
}
