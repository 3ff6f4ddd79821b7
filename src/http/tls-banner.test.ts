/** What the start over HTTPS says: the addresses a phone opens, and how it trusts the certificate. */
import { mkdtempSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { banner, urls } from './tls-banner.js';
import { selfSigned } from './tls.js';

const dir = mkdtempSync(join(tmpdir(), 'thrust-banner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lanV4 = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && !a.internal && a.family === 'IPv4')
  .map((a) => `https://${a?.address}:8443`);

describe('the addresses to open', () => {
  it('is the one bound, or every network address of this machine (IPv4 first), never loopback', () => {
    expect(urls('https', '127.0.0.1', 8443)).toEqual(['https://127.0.0.1:8443']);
    const all = urls('https', '0.0.0.0', 8443);
    expect(all.slice(0, lanV4.length)).toEqual(lanV4);
    expect(all.filter((u) => /127\.0\.0\.1|\[::1\]|localhost/.test(u))).toEqual([]);
    expect(all.every((u) => /^https:\/\/(\[[0-9a-f:]+\]|[a-z0-9.-]+):8443$/.test(u))).toBe(true);
  });
});

describe('the start over HTTPS', () => {
  it('names the authority to trust, its fingerprint, and the steps on a phone', async () => {
    const tls = await selfSigned(dir, ['localhost', 'thrust.lan', '127.0.0.1'], new Date());
    const text = banner(tls, '0.0.0.0', 8443);
    expect(text).toContain(`Copy ${join(dir, 'thrust-local-ca.crt')} to the phone`);
    expect(text).toContain(`SHA-256 ${tls.trust.sha256}`);
    expect(text).toMatch(/name "Thrust local CA \([^)]+\)"/);
    expect(text).toContain('a NEW local authority was made');
    expect(text).toMatch(/Certificate Trust Settings.*\n.*Install a certificate > CA certificate/);
    const again = banner(await selfSigned(dir, ['thrust.lan'], new Date()), '127.0.0.1', 8443);
    expect(again).toContain('the certificates made before were reused');
    expect(again).toContain('A phone cannot reach 127.0.0.1');
  });
});
