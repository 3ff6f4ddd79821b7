/**
 * --trust-proxy: the client is the address the trusted proxy appended, read from the right
 * of X-Forwarded-For, never the leftmost entry a client writes itself; on every engine a
 * spoofed leftmost entry gets no more sign-ups or failed logins than the limits allow.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openStore, type Setup } from '../store/engines.testkit.js';
import type { Store } from '../store/port.js';
import { clientAddress, DEFAULT_TRUSTED_PROXIES, trustedProxies } from './client-address.js';
import { multiUserApp, TEST_POLICY } from './http.testkit.js';

function proxies(list: readonly string[]) {
  const p = trustedProxies(list);
  if (!p.ok) throw new Error(p.bad);
  return p.value;
}
const LOOPBACK = proxies(DEFAULT_TRUSTED_PROXIES);

describe('the client address behind trusted proxies', () => {
  const ask = async (peer: string, forwarded: string | null, list = LOOPBACK, trust = true) => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c, trust ? list : null)));
    const headers: Record<string, string> = forwarded ? { 'x-forwarded-for': forwarded } : {};
    const res = await app.request(
      '/',
      { headers },
      { incoming: { socket: { remoteAddress: peer } } },
    );
    return res.text();
  };

  it.each([
    ['no header: the peer', '127.0.0.1', null, '127.0.0.1'],
    ['the proxy appended the client', '127.0.0.1', '198.51.100.9', '198.51.100.9'],
    ['a spoofed leftmost entry is ignored', '127.0.0.1', '6.6.6.6, 198.51.100.9', '198.51.100.9'],
    [
      'many spoofed entries are ignored',
      '::ffff:127.0.0.1',
      '1.1.1.1, 2.2.2.2, 198.51.100.9',
      '198.51.100.9',
    ],
    ['garbage on the left is ignored', '127.0.0.1', 'not-an-ip, 198.51.100.9', '198.51.100.9'],
    ['a peer that is no proxy is the client', '203.0.113.5', '198.51.100.9', '203.0.113.5'],
    ['an IPv6 client counts by its /64', '::1', '2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
    ['a compressed IPv6 /64', '::1', '2001:db8::7', '2001:db8:0:0::/64'],
  ])('%s', async (_, peer, forwarded, expected) => {
    expect(await ask(peer, forwarded)).toBe(expected);
  });

  it('walks left past every trusted proxy in the list, and no further', async () => {
    const list = proxies(['127.0.0.1', '10.0.0.0/8']);
    expect(await ask('127.0.0.1', '6.6.6.6, 198.51.100.9, 10.1.2.3', list)).toBe('198.51.100.9');
    // Without --trust-proxy the header is not read at all.
    expect(await ask('127.0.0.1', '198.51.100.9', list, false)).toBe('127.0.0.1');
  });

  it.each(['10.0.0.0/33', 'proxy.example', '10.0.0.1/8/2', '::1/129', '10.0.0.0/x'])(
    'refuses %s as a trusted proxy',
    (entry) => {
      expect(trustedProxies(['127.0.0.1', entry])).toEqual({ ok: false, bad: entry });
    },
  );
});

describe.each(ENGINES)('a spoofed X-Forwarded-For behind a proxy on $name', (engine) => {
  let env: Setup;
  let store: Store;
  let url: string;
  let close: () => void;

  beforeAll(async () => {
    env = await engine.setup();
    store = await openStore(env);
    const policy = {
      ...TEST_POLICY,
      maxSignupsPerAddress: 3,
      maxFailuresPerEmail: 5,
      maxFailuresPerAddress: 8,
    };
    // A real socket from 127.0.0.1: the proxy on this machine, trusted by default.
    const server = serve({
      fetch: multiUserApp(store, policy, LOOPBACK).fetch,
      port: 0,
      hostname: '127.0.0.1',
    });
    await new Promise((r) => server.once('listening', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(async () => {
    close?.();
    await store?.close();
    await env?.teardown();
  });

  /** What the proxy sends on: the client's own header, then the client's real address. */
  const post = (path: string, body: object, spoofed: string, real: string) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `${spoofed}, ${real}` },
      body: JSON.stringify(body),
    }).then((r) => r.status);

  it('a new leftmost address on every sign-up does not pass the sign-up limit', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 6; n++)
      statuses.push(
        await post(
          '/api/v1/auth/signup',
          { email: `spoof${n}@example.com`, password: 'a long password' },
          `10.9.9.${n}`,
          '198.51.100.9',
        ),
      );
    expect(statuses).toEqual([202, 202, 202, 429, 429, 429]);
    // Another real client behind the same proxy still signs up.
    expect(
      await post(
        '/api/v1/auth/signup',
        { email: 'other@example.com', password: 'a long password' },
        '198.51.100.9',
        '198.51.100.10',
      ),
    ).toBe(202);
  });

  it('a new leftmost address on every guess does not pass the login limits', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++)
      statuses.push(
        await post(
          '/api/v1/auth/login',
          { email: `stuffing${n}@example.com`, password: 'a guessed password' },
          `10.8.8.${n}`,
          '198.51.100.20',
        ),
      );
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);
    expect(statuses.slice(8)).toEqual([429, 429, 429, 429]);
  });
});
