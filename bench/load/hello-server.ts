/** The baseline for the load test: a hello-world Hono route on the same server stack. */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.post('/hello', async (c) => {
  await c.req.json();
  return c.json({ hello: 'world' }, 201);
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(
    `${JSON.stringify({ msg: 'listening', url: `http://127.0.0.1:${info.port}` })}\n`,
  );
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
