/**
 * The client's address, for the login and sign-up limits. Behind a reverse proxy the socket's
 * peer is the proxy, and the client is named in X-Forwarded-For; but each proxy appends the
 * address it received the request from, after whatever the client itself sent. So the chain
 * is read from the right: the socket peer, then each X-Forwarded-For entry leftwards, for as
 * long as the address is a trusted proxy; the first untrusted one is the client. The leftmost
 * entry, which any client can write, is never believed.
 */
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Proxies } from './proxies.js';

export { DEFAULT_TRUSTED_PROXIES, trustedProxies, type Proxies } from './proxies.js';

/** An IPv4 address written as IPv6 ("::ffff:127.0.0.1") is that IPv4 address. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return mapped ?? address;
}

function trusted(proxies: Proxies, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Each address of an IPv6 /64 belongs to one subscriber, who can use any of them: counting
 * them apart would give one client 2^64 tries. So limits key IPv6 by its /64.
 */
function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [
    ...left,
    ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** The socket's peer, or "unknown" where there is no socket (an in-process request). */
function peer(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The socket's peer is a trusted proxy, so its X-Forwarded-* headers may be believed. */
export function viaTrustedProxy(c: Context, proxies: Proxies | null): boolean {
  return proxies !== null && trusted(proxies, plain(peer(c)));
}

/**
 * Who is asking, as the limits count it. Without a proxy (`proxies` null) the socket's peer;
 * behind trusted proxies the rightmost address in the chain that is not one of them.
 */
export function clientAddress(c: Context, proxies: Proxies | null): string {
  let client = plain(peer(c));
  if (proxies && trusted(proxies, client)) {
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => plain(a.trim()))
      .filter(Boolean);
    // Walk left past trusted proxies. A malformed entry stops the walk: it was not written
    // by a trusted proxy, so the last address read (the proxy that forwarded it) is counted.
    for (let i = forwarded.length - 1; i >= 0; i--) {
      const entry = forwarded[i] ?? '';
      if (isIP(entry) === 0) break;
      client = entry;
      if (!trusted(proxies, entry)) break;
    }
  }
  return limitKey(client);
}
