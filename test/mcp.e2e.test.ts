/**
 * The MCP server as an assistant meets it: `thrust mcp` over stdio from the built CLI, and
 * /mcp over streamable HTTP on a real multi-user `thrust serve`, each driven by the SDK's own
 * client. Over HTTP, two lifters with their own API tokens: neither reaches the other's log,
 * and no token (or a revoked one) gets nothing.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIALIZE, MCP_HEADERS } from '../src/mcp/mcp.testkit.js';
import { account, PASSWORD } from './account.testkit.js';
import { BIN, startServer, type Server } from './serve.testkit.js';

const dir = mkdtempSync(join(tmpdir(), 'thrust-mcp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { PATH: process.env.PATH ?? '', HOME: dir, THRUST_TODAY: '2026-11-02' };

type Result = CallToolResult & { structuredContent: Record<string, unknown> };
const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args })) as Result;

interface Item {
  exercise: { id: string };
  prescription: { load: { value: number }; reps: number };
}
const mainLift = (r: Result) =>
  (r.structuredContent.items as Item[]).find((i) => i.exercise.id === 'barbell-hip-thrust')
    ?.prescription;

const threeSets = (load: number, reps: number) =>
  [1, 2, 3].map(() => ({ id: randomUUID(), load: { value: load, unit: 'lb' }, reps, clean: true }));

describe('thrust mcp over stdio', () => {
  it('lists the tools, reads today, logs sets and sees the next prescription change', async () => {
    const db = join(dir, 'stdio.db');
    const init = spawnSync(
      process.execPath,
      [BIN, '--db', db, 'init', '--yes', '--goal', 'accessory', '--working', '95x12'],
      { env, encoding: 'utf8' },
    );
    expect(init.status, init.stderr).toBe(0);
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [BIN, '--db', db, 'mcp'],
      env,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          'today',
          'next',
          'log_sets',
          'history',
          'stats',
          'measure',
          'plan',
        ]),
      );
      const today = await call(client, 'today');
      expect(today.structuredContent).toMatchObject({ date: '2026-11-02', kind: 'training' });
      expect(mainLift(today)).toMatchObject({ load: { value: 95 }, reps: 12 });
      const logged = await call(client, 'log_sets', {
        exercise: 'hip-thrust',
        sets: threeSets(95, 12),
      });
      expect(logged.isError).toBeFalsy();
      expect(mainLift(await call(client, 'next', { date: '2026-11-03' }))).toMatchObject({
        load: { value: 105 },
        reps: 10,
      });
      const bad = await call(client, 'log_sets', { exercise: 'hip-thrust', sets: [] });
      expect(bad).toMatchObject({
        isError: true,
        structuredContent: { status: 422, title: 'invalid', errors: [{ field: 'sets' }] },
      });
    } finally {
      await client.close();
    }
    // What the tools wrote is in the database the CLI reads.
    const history = spawnSync(process.execPath, [BIN, '--db', db, 'history', '--json'], {
      env,
      encoding: 'utf8',
    });
    expect((JSON.parse(history.stdout) as { sets: unknown[] }[])[0]?.sets).toHaveLength(3);
  });

  it('says there is no database to serve, rather than making one', () => {
    const r = spawnSync(process.execPath, [BIN, '--db', join(dir, 'none.db'), 'mcp'], {
      env,
      encoding: 'utf8',
      input: '',
    });
    expect(r.status).toBe(5);
    expect(r.stderr).toMatch(/No database at .*none\.db: run `thrust init` first/);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  });
});

describe('/mcp on a multi-user thrust serve', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(['--multi-user'], { ...env, THRUST_DB: join(dir, 'multi.db') });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  /** A lifter's personal API token, made through the API with the password asked again. */
  async function tokenOf(email: string) {
    const lifter = await account(server.url, email);
    const { token, id } = await lifter.call<{ token: string; id: string }>(
      'POST',
      '/api/v1/tokens',
      { label: 'assistant', password: PASSWORD },
    );
    return { lifter, token, id };
  }
  const connect = async (token: string | null) => {
    const client = new Client({ name: 'e2e', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), {
        requestInit: { headers: token ? { authorization: `Bearer ${token}` } : {} },
      }),
    );
    return client;
  };

  it('acts for the token’s lifter only: the other’s log is unreachable, and no token gets 401', async () => {
    const ann = await tokenOf('ann@example.com');
    const bob = await tokenOf('bob@example.com');
    const a = await connect(ann.token);
    const b = await connect(bob.token);
    try {
      const sets = threeSets(95, 12);
      const logged = await call(a, 'log_sets', { exercise: 'hip-thrust', sets });
      expect(logged.isError).toBeFalsy();
      const annHistory = await call(a, 'history');
      expect(annHistory.structuredContent.sessions).toHaveLength(1);
      // Bob sees none of it, whichever tool he asks.
      expect((await call(b, 'history')).structuredContent.sessions).toEqual([]);
      const bobStats = (await call(b, 'stats')).structuredContent;
      expect(JSON.stringify(bobStats)).not.toContain(sets[0]!.id);
      // Ann's set ids are not Bob's to write: refused as the API refuses them (409, naming
      // no account), and Ann's sets stay as they were.
      const clash = await call(b, 'log_sets', {
        exercise: 'hip-thrust',
        sets: [{ ...sets[0], reps: 1 }],
      });
      expect(clash).toMatchObject({
        isError: true,
        structuredContent: { status: 409, title: 'conflict' },
      });
      expect(JSON.stringify(clash)).not.toContain('ann@');
      expect((await call(a, 'history')).structuredContent).toEqual(annHistory.structuredContent);
      expect(await bob.lifter.stored()).toBe(0);
      expect(await ann.lifter.stored()).toBe(3);
    } finally {
      await a.close();
      await b.close();
    }

    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/mcp`, {
        method: 'POST',
        headers: { ...MCP_HEADERS, ...headers },
        body: INITIALIZE,
      });
    const none = await post({});
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ status: 401, title: 'unauthenticated' });
    await expect(connect(null)).rejects.toThrow();
    // A revoked token has no rights left: nothing, as with none.
    expect((await post({ authorization: `Bearer ${ann.token}` })).status).toBe(200);
    await ann.lifter.call('DELETE', `/api/v1/tokens/${ann.id}`);
    expect((await post({ authorization: `Bearer ${ann.token}` })).status).toBe(401);
  });
});
