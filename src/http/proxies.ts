/**
 * The list of trusted proxies `thrust serve --trusted-proxies` takes, parsed apart from the
 * server (client-address.ts) so the CLI can check the flag without loading it.
 */
import { BlockList, isIP } from 'node:net';

/** Proxies trusted when none are named: this machine (a proxy on the same host). */
export const DEFAULT_TRUSTED_PROXIES: readonly string[] = ['127.0.0.0/8', '::1'];

export type Proxies = BlockList;

/**
 * A list of addresses and CIDR ranges ("10.0.0.0/8", "::1", "fd00::/8"), or the first entry
 * that is neither, to name in a usage error.
 */
export function trustedProxies(
  entries: readonly string[],
): { ok: true; value: Proxies } | { ok: false; bad: string } {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    if (family === 0 || extra !== undefined) return { ok: false, bad: entry };
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(bits);
    if (!/^\d+$/.test(bits) || prefix > (family === 4 ? 32 : 128)) return { ok: false, bad: entry };
    list.addSubnet(address, prefix, type);
  }
  return { ok: true, value: list };
}
