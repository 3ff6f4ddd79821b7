/**
 * Thrust as an MCP server (Model Context Protocol), for assistants and scripts: the tools of
 * tools.ts and two resources (the plan, the latest stats), over any transport (stdio for
 * `thrust mcp`, streamable HTTP at /mcp in `thrust serve`). One server acts for one lifter:
 * the deps it is made with.
 *
 * Tools are listed and called through the low-level handlers rather than McpServer's
 * registerTool, because registerTool validates arguments itself and answers in the SDK's
 * words; here a bad argument gets the API's own 422 problem details, field by field, as the
 * same body sent to the route would.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
  type CallToolResult,
} from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import type { Deps } from '../app/deps.js';
import type { AppResult } from '../app/errors.js';
import { CONFLICT_DETAIL, isConflict } from '../http/conflict.js';
import { appProblem, invalidProblem, type Problem } from '../http/problem.js';
import { outage } from '../http/unavailable.js';
import { planView } from '../app/views.js';
import { statsView, TOOLS } from './tools.js';

export const SERVER_INFO = { name: 'thrust', version: '0.1.0' } as const;

/** The plan and the latest stats, as GET /plan and GET /stats answer them. */
export const RESOURCES = {
  plan: { uri: 'thrust://plan', run: planView, title: 'The plan' },
  stats: { uri: 'thrust://stats', run: (d: Deps) => statsView(d, {}), title: 'Latest stats' },
} as const;

const text = (value: unknown) => JSON.stringify(value, null, 2);

function failure(p: Problem): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: text(p) }], structuredContent: { ...p } };
}

const problemOf = (status: number, title: string, detail: string): Problem => ({
  type: 'about:blank',
  title,
  status,
  detail,
});

/** Run one tool as the route would: parse with its schema, call its use case. */
export async function call(deps: Deps, name: string, args: unknown): Promise<CallToolResult> {
  const t = TOOLS[name];
  if (!t)
    throw new McpError(
      ErrorCode.InvalidParams,
      `No tool "${name}": the tools are ${Object.keys(TOOLS).join(', ')}.`,
    );
  const input = t.input.safeParse(args ?? {});
  if (!input.success) return failure(invalidProblem(input.error.issues));
  let r: Awaited<ReturnType<typeof t.run>>;
  try {
    r = await t.run(deps, input.data);
  } catch (e) {
    // What the API's error handler answers for the same throw; anything else is a bug.
    const down = outage(e);
    if (down) return failure(problemOf(down.status, 'unavailable', down.detail));
    if (isConflict(e)) return failure(problemOf(409, 'conflict', CONFLICT_DETAIL));
    throw e;
  }
  if (!r.ok) return failure(appProblem(r.error));
  return { content: [{ type: 'text', text: text(r.value) }], structuredContent: { ...r.value } };
}

async function read(deps: Deps, uri: string, run: (d: Deps) => Promise<AppResult<object>>) {
  const r = await run(deps);
  if (!r.ok) {
    const p = appProblem(r.error);
    throw new McpError(ErrorCode.InvalidRequest, p.detail, p);
  }
  return { contents: [{ uri, mimeType: 'application/json', text: text(r.value) }] };
}

/** A server for the lifter `deps` acts as; connect it to a transport. */
export function createServer(deps: Deps): McpServer {
  const mcp = new McpServer(SERVER_INFO, {
    capabilities: { tools: {}, resources: {} },
    instructions:
      'Thrust plans and logs barbell hip thrust and glute training. Loads are derived from the log: read `today` or `next`, log what was lifted with `log_sets` (give each set a UUID id so a retry is safe), then read `next` again.',
  });
  mcp.server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: Object.entries(TOOLS).map(([name, t]) => ({
      name,
      title: t.title,
      description: `${t.description} (As ${t.route}.)`,
      inputSchema: z.toJSONSchema(t.input, { io: 'input' }) as { type: 'object' },
      annotations: {
        title: t.title,
        readOnlyHint: t.readOnly,
        ...(!t.readOnly && { destructiveHint: false, idempotentHint: name === 'log_sets' }),
        openWorldHint: false,
      },
    })),
  }));
  mcp.server.setRequestHandler(CallToolRequestSchema, (req) =>
    call(deps, req.params.name, req.params.arguments),
  );
  for (const [name, r] of Object.entries(RESOURCES))
    mcp.registerResource(name, r.uri, { title: r.title, mimeType: 'application/json' }, (uri) =>
      read(deps, uri.href, r.run),
    );
  return mcp;
}
