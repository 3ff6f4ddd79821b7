/**
 * The MCP server over streamable HTTP at /mcp, for assistants that reach Thrust over the
 * network. Behind the API's own guards: the same authentication (a personal API token as
 * "Authorization: Bearer", or the session cookie with its CSRF token; nothing without one),
 * body limit, deadline, NUL and nesting checks, and in local mode the loopback Host and
 * same-origin write checks of browser-guard.ts. Stateless: each POST is one JSON-RPC
 * exchange answered as JSON, served by a server made for the user the credential names, so
 * nothing of one lifter's survives into another's request.
 */
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { MiddlewareHandler } from 'hono';
import { createServer } from '../mcp/server.js';
import { deadline } from './deadline.js';
import { jsonDepth } from './json-depth.js';
import { noNul } from './no-nul.js';
import type { App, Env } from './openapi.js';

export const MCP_PATH = '/mcp';

/**
 * Mount /mcp behind `guards`: the API's own authentication middleware (the same instance, so
 * a credential ended through the API is ended here at once) and its body limit.
 */
export function registerMcp(
  app: App,
  guards: {
    authenticate: MiddlewareHandler<Env>;
    bodyLimit: MiddlewareHandler<Env>;
    timeoutMs: number;
  },
): void {
  app.use(MCP_PATH, async (c, next) => {
    await next();
    // Data, never a page, and never kept by a cache: as every API answer.
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('cache-control', 'no-store');
  });
  app.use(MCP_PATH, deadline(guards.timeoutMs));
  app.use(MCP_PATH, guards.bodyLimit);
  app.use(MCP_PATH, guards.authenticate);
  app.use(MCP_PATH, noNul());
  app.use(MCP_PATH, jsonDepth());
  app.post(MCP_PATH, async (c) => {
    const server = createServer(c.var.deps);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      // The guards above have read the body (Hono caches it); the transport reads its own copy.
      const req = new Request(c.req.url, {
        method: 'POST',
        headers: c.req.raw.headers,
        body: await c.req.text(),
      });
      return await transport.handleRequest(req);
    } finally {
      await server.close();
    }
  });
  // Stateless: no standing event stream to open (GET) and no session to end (DELETE).
  app.on(['GET', 'DELETE'], MCP_PATH, (c) =>
    c.json(
      {
        jsonrpc: '2.0',
        error: { code: -32000, message: 'This MCP endpoint is stateless: POST JSON-RPC to it.' },
        id: null,
      },
      405,
      { allow: 'POST' },
    ),
  );
}
