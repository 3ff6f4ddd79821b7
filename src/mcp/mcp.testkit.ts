/** A raw MCP request, for tests that speak to /mcp without the SDK's client. */

/** The first message of every MCP session, as one JSON-RPC request's body. */
export const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: {
    protocolVersion: '2025-06-18',
    capabilities: {},
    clientInfo: { name: 'raw', version: '1' },
  },
});

/** What streamable HTTP asks of a POST: a JSON body, and a client that takes JSON or SSE. */
export const MCP_HEADERS = {
  'content-type': 'application/json',
  accept: 'application/json, text/event-stream',
} as const;
