/**
 * The MCP server driven by the SDK's own client, in process, over a real store on every
 * engine; each answer checked against what the HTTP API answers for the same input.
 */
import { randomUUID } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../app/deps.js';
import { createHttpApp } from '../http/app.js';
import { Client as HttpClient } from '../http/http.testkit.js';
import { ENGINES, openStore } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { createServer } from './server.js';
import { TOOLS } from './tools.js';

const NOW = () => new Date(2026, 10, 6, 18, 0);

interface Item {
  exercise: { id: string };
  prescription: { load: { value: number; unit: string }; reps: number; sets: number };
}

describe.each(ENGINES)('MCP server on $name', (engine) => {
  let env: Awaited<ReturnType<typeof engine.setup>>;
  let store: Store;
  let deps: Deps;
  let client: Client;
  let app: ReturnType<typeof createHttpApp>;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const user = await store.user('local');
    deps = { store, user, now: NOW, newId: randomUUID };
    app = createHttpApp(
      { store, now: NOW, newId: randomUUID },
      { kind: 'local', user },
      {
        log: () => {},
      },
    );
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await createServer(deps).connect(serverSide);
    client = new Client({ name: 'test', version: '1.0.0' });
    await client.connect(clientSide);
  }, 60_000);

  afterAll(async () => {
    await client?.close();
    await store?.close();
    await env?.teardown();
  });

  const call = async (name: string, args: Record<string, unknown> = {}) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult & {
      structuredContent: Record<string, unknown>;
    };
  const api = (method: string, path: string, body?: unknown) =>
    new HttpClient(app).call(method, path, body);

  it('answers "not set up" as the API does, before there is a profile', async () => {
    const r = await call('today', { date: '2026-11-02' });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toEqual((await api('GET', '/api/v1/today?date=2026-11-02')).json);
    expect(r.structuredContent).toMatchObject({ status: 409, title: 'not-set-up' });
  });

  it('lists the seven tools with the API’s input schemas, reads marked read-only', async () => {
    expect((await api('PUT', '/api/v1/profile', setup)).status).toBe(200);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(
      ['history', 'log_sets', 'measure', 'next', 'plan', 'stats', 'today'].sort(),
    );
    const hint = Object.fromEntries(tools.map((t) => [t.name, t.annotations?.readOnlyHint]));
    expect(hint).toEqual({
      today: true,
      next: true,
      history: true,
      stats: true,
      plan: true,
      log_sets: false,
      measure: false,
    });
    const log = tools.find((t) => t.name === 'log_sets');
    expect(log?.annotations?.idempotentHint).toBe(true);
    expect(log?.inputSchema.required).toEqual(['exercise', 'sets']);
    expect(log?.inputSchema.properties).toHaveProperty('sets.items.properties.id');
    expect(tools.find((t) => t.name === 'measure')?.inputSchema.properties).toHaveProperty(
      'kind.default',
      'hip-circumference',
    );
  });

  it('takes what its API route takes: the same body schema, the same query names', async () => {
    type Op = {
      requestBody?: { content: Record<string, { schema: unknown }> };
      parameters?: { name: string; in: string }[];
    };
    const doc = (await api('GET', '/api/v1/openapi.json')).json as {
      paths: Record<string, Record<string, Op>>;
    };
    const { tools } = await client.listTools();
    for (const tool of tools) {
      const [method = '', path = ''] = (TOOLS[tool.name]?.route ?? '').split(' ');
      const op = doc.paths[path]?.[method.toLowerCase()];
      expect(op, tool.name).toBeDefined();
      const { $schema, ...listed } = tool.inputSchema as Record<string, unknown>;
      expect($schema).toMatch(/json-schema\.org/);
      if (method === 'POST') {
        // The two generators spell a nullable enum differently (anyOf, or a type list), so
        // what is compared is what a caller may send: each object's fields and required ones.
        expect(Object.keys(fields(listed)), tool.name).toContain('(body)');
        expect(fields(listed), tool.name).toEqual(
          fields(op?.requestBody?.content['application/json']?.schema),
        );
        continue;
      }
      // A read's arguments are its route's query (stats also names the exercise of its
      // /stats/{exercise} route).
      const query = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const own = Object.keys(tool.inputSchema.properties ?? {});
      expect(
        own.filter((n) => !(tool.name === 'stats' && n === 'exercise')).sort(),
        tool.name,
      ).toEqual(query.sort());
    }
  });

  it('reads today, logs a set, and sees the next prescription change', async () => {
    const today = await call('today', { date: '2026-11-02' });
    expect(today.isError).toBeFalsy();
    expect(today.structuredContent).toEqual(
      (await api('GET', '/api/v1/today?date=2026-11-02')).json,
    );
    const main = (today.structuredContent.items as Item[]).find(
      (i) => i.exercise.id === 'barbell-hip-thrust',
    );
    expect(main?.prescription).toMatchObject({ load: { value: 95, unit: 'lb' }, reps: 12 });
    const before = await call('next', { date: '2026-11-03' });
    const prescribed = (before.structuredContent.items as Item[]).find(
      (i) => i.exercise.id === 'barbell-hip-thrust',
    )?.prescription;
    expect(prescribed).toMatchObject({ load: { value: 95 }, reps: 12 });

    const body = {
      exercise: 'hip-thrust',
      date: '2026-11-02',
      sets: [1, 2, 3].map(() => ({
        id: randomUUID(),
        load: { value: 95, unit: 'lb' },
        reps: 12,
        clean: true,
      })),
    };
    const logged = await call('log_sets', body);
    expect(logged.isError).toBeFalsy();
    expect((logged.structuredContent.sets as { id: string }[]).map((s) => s.id)).toEqual(
      body.sets.map((s) => s.id),
    );
    // A retry of the same call (a lost answer) stores nothing more.
    await call('log_sets', body);
    const history = await call('history', { exercise: 'hip-thrust' });
    const sets = (history.structuredContent.sessions as { sets: unknown[] }[]).flatMap(
      (s) => s.sets,
    );
    expect(sets).toHaveLength(3);

    const after = await call('next', { date: '2026-11-03' });
    expect(after.structuredContent).toEqual(
      (await api('GET', '/api/v1/next?date=2026-11-03')).json,
    );
    const nextMain = (after.structuredContent.items as Item[]).find(
      (i) => i.exercise.id === 'barbell-hip-thrust',
    );
    expect(nextMain?.prescription).toMatchObject({ load: { value: 105 }, reps: 10 });
  });

  it('gives bad arguments the API’s own problem details, field by field', async () => {
    const cases: [string, Record<string, unknown>, string, string, unknown][] = [
      [
        'log_sets',
        { exercise: 'hip-thrust', sets: [{ load: { value: 95, unit: 'stone' }, reps: 0 }] },
        'POST',
        '/api/v1/sets',
        undefined,
      ],
      ['log_sets', { exercise: 'hip-thrust', sets: [] }, 'POST', '/api/v1/sets', undefined],
      [
        'log_sets',
        { exercise: 'hip thrusst', sets: [{ load: { value: 95, unit: 'lb' }, reps: 10 }] },
        'POST',
        '/api/v1/sets',
        undefined,
      ],
      ['measure', { value: -3, colour: 'red' }, 'POST', '/api/v1/measurements', undefined],
      ['today', { date: '2026-02-30' }, 'GET', '/api/v1/today?date=2026-02-30', null],
      ['stats', { since: '9999-12-31' }, 'GET', '/api/v1/stats?since=9999-12-31', null],
    ];
    for (const [tool, args, method, path] of cases) {
      const r = await call(tool, args);
      const expected = await api(method, path, method === 'GET' ? undefined : args);
      expect(expected.status, `${tool} ${JSON.stringify(args)}`).toBeGreaterThanOrEqual(400);
      expect(r.isError, tool).toBe(true);
      expect(r.structuredContent, `${tool} ${JSON.stringify(args)}`).toEqual(expected.json);
      expect(JSON.parse((r.content[0] as { text: string }).text)).toEqual(expected.json);
    }
    const unknown = await call('log_sets', {
      exercise: 'hip thrusst',
      sets: [{ load: { value: 95, unit: 'lb' }, reps: 10 }],
    });
    expect(unknown.structuredContent.detail).toMatch(/unknown exercise "hip thrusst"/);
  });

  it('records a measurement and offers the plan and the latest stats as resources', async () => {
    const m = await call('measure', { value: 38.5, date: '2026-11-02' });
    expect(m.structuredContent).toMatchObject({
      added: { kind: 'hip-circumference', value: 38.5, unit: 'in' },
    });
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['thrust://plan', 'thrust://stats']);
    const plan = await client.readResource({ uri: 'thrust://plan' });
    const text = (plan.contents[0] as { text: string }).text;
    expect(JSON.parse(text)).toEqual((await api('GET', '/api/v1/plan')).json);
    expect(JSON.parse(text)).toMatchObject({ done: ['w1d1'] });
    const stats = await client.readResource({ uri: 'thrust://stats' });
    const overview = JSON.parse((stats.contents[0] as { text: string }).text) as object;
    expect(overview).toEqual((await api('GET', '/api/v1/stats')).json);
    expect((await call('stats')).structuredContent).toEqual(overview);
  });
});

const setup = {
  units: 'lb',
  goal: 'accessory',
  working: { load: 95, reps: 12 },
  start: '2026-11-02',
};

/** Each object's field names and required fields in a JSON Schema, by path. */
function fields(schema: unknown, path = '', into: Record<string, unknown> = {}) {
  if (schema === null || typeof schema !== 'object') return into;
  const s = schema as Record<string, unknown>;
  if (s.properties && typeof s.properties === 'object') {
    const props = s.properties as Record<string, unknown>;
    into[path || '(body)'] = {
      fields: Object.keys(props).sort(),
      required: [...((s.required as string[] | undefined) ?? [])].sort(),
      closed: s.additionalProperties === false,
    };
    for (const [k, v] of Object.entries(props)) fields(v, `${path}.${k}`, into);
  }
  if (s.items) fields(s.items, `${path}[]`, into);
  for (const branch of (s.anyOf as unknown[] | undefined) ?? []) fields(branch, path, into);
  return into;
}
