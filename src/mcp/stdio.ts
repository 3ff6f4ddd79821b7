/** `thrust mcp`: the MCP server over stdin and stdout, for an assistant on this machine. */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { Deps } from '../app/deps.js';
import { createServer } from './server.js';

/** Serve until the client closes stdin (or the transport closes); stdout carries only MCP. */
export async function serveStdio(deps: Deps): Promise<void> {
  const server = createServer(deps);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  await server.connect(new StdioServerTransport());
  process.stdin.once('end', () => void server.close());
  await closed;
}
