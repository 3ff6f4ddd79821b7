/**
 * HTTPS for thrust serve: the flags checked together, a lifter's own certificate checked
 * before the server starts, and the generated local authority and server certificate (real
 * files in a temporary folder, real TLS handshakes).
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import { generate } from 'selfsigned';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkName,
  choose,
  FILES,
  given,
  localNames,
  selfSigned,
  spkiHash,
  type Tls,
} from './tls.js';

const root = mkdtempSync(join(tmpdir(), 'thrust-tls-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = () => mkdtempSync(join(root, `${n++}-`));
const NOW = new Date();
const DAY = 86_400_000;

/** A certificate and key of the lifter's own, as files. */
async function own(dir: string, days = 30, name = 'gym.example') {
  const pems = await generate([{ name: 'commonName', value: name }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(NOW.getTime() - 2 * days * DAY),
    notAfterDate: new Date(NOW.getTime() + days * DAY),
  });
  const cert = join(dir, `${name}.crt`);
  const key = join(dir, `${name}.key`);
  writeFileSync(cert, pems.cert);
  writeFileSync(key, pems.private);
  return { cert, key, pem: pems.cert };
}

/** A TLS handshake with a server using `tls`, trusting only `ca`, for `name`: the chain it sent. */
async function handshake(tls: Tls, ca: string, name: string): Promise<string[]> {
  const server = createServer({ key: tls.key, cert: tls.cert }, (_q, s) => s.end('ok'));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<string[]>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, servername: name, ca }, () => {
        const chain: string[] = [];
        let c: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
        while (c?.subject) {
          chain.push(String(c.subject.CN));
          c =
            c.issuerCertificate?.fingerprint256 === c.fingerprint256
              ? undefined
              : c.issuerCertificate;
        }
        socket.end();
        resolve(chain);
      });
      socket.on('error', reject);
    });
  } finally {
    server.close();
  }
}

describe('the TLS flags', () => {
  it.each([
    [{}, 'plain'],
    [{ tlsCert: 'a.crt', tlsKey: 'a.key' }, 'given'],
    [{ tlsSelfSigned: true }, 'self-signed'],
    [{ tlsSelfSigned: true, tlsName: 'thrust.lan, 10.0.0.7' }, 'self-signed'],
  ])('%j serves %s', (flags, kind) => {
    const c = choose(flags);
    expect(c.ok && c.value.kind).toBe(kind);
  });

  it('keeps the extra names of a generated certificate', () => {
    const c = choose({ tlsSelfSigned: true, tlsName: 'thrust.lan, 10.0.0.7,' });
    expect(c.ok && c.value.kind === 'self-signed' && c.value.names).toEqual([
      'thrust.lan',
      '10.0.0.7',
    ]);
  });

  it.each([
    [{ tlsCert: 'a.crt' }, /^--tls-cert needs --tls-key: .*private key/],
    [{ tlsKey: 'a.key' }, /^--tls-key needs --tls-cert: .*a\.key/],
    [{ tlsCert: '', tlsKey: 'a.key' }, /^--tls-cert: give a file/],
    [{ tlsSelfSigned: true, tlsCert: 'a.crt' }, /takes no --tls-cert: give either/],
    [{ tlsSelfSigned: true, tlsKey: 'a.key' }, /takes no --tls-key/],
    [{ tlsName: 'thrust.lan' }, /use it with --tls-self-signed/],
    [{ tlsSelfSigned: true, tlsName: 'thrust lan' }, /"thrust lan" is not a host name/],
  ])('%j is refused with a sentence', (flags, error) => {
    const c = choose(flags);
    expect(c.ok ? 'accepted' : c.error).toMatch(error);
  });

  it.each([
    ['thrust.lan', true],
    ['my-pc.local', true],
    ['192.168.1.20', true],
    ['fd00::7', true],
    ['-bad.lan', false],
    ['a..b', false],
    ['under_score.lan', false],
    ['', false],
  ])('a certificate name %j is allowed: %s', (name, ok) => {
    expect(checkName(name)).toBe(ok);
  });
});

describe("a lifter's own certificate", () => {
  it('is read with its key, and serves a TLS handshake', async () => {
    const dir = folder();
    const { cert, key, pem } = await own(dir);
    const r = given(cert, key, NOW);
    expect(r.ok ? r.value.trust : r.error).toEqual({
      file: cert,
      sha256: new X509Certificate(pem).fingerprint256,
      subject: 'CN=gym.example',
    });
    if (r.ok) expect(await handshake(r.value, pem, 'gym.example')).toEqual(['gym.example']);
  });

  it('is refused when a file is missing, a folder, or not PEM, naming the file', async () => {
    const dir = folder();
    const { cert, key } = await own(dir);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a certificate\n');
    const der = join(dir, 'gym.der');
    writeFileSync(der, new X509Certificate(readFileSync(cert)).raw);
    const locked = join(dir, 'locked.key');
    const withPassphrase = await generate(undefined, { keyType: 'ec', passphrase: 'secret words' });
    writeFileSync(locked, withPassphrase.private);
    const cases: [string, string, RegExp][] = [
      [
        cert,
        locked,
        /^--tls-key .*locked\.key: not a PEM private key without a passphrase.*openssl pkey -in .*locked\.key/,
      ],
      [
        join(dir, 'none.crt'),
        key,
        /^--tls-cert .*none\.crt: cannot be read \(no such file\); give a PEM certificate/,
      ],
      [
        cert,
        join(dir, 'none.key'),
        /^--tls-key .*none\.key: cannot be read \(no such file\); give a PEM private key/,
      ],
      [dir, key, /^--tls-cert .*: cannot be read \(it is a folder\)/],
      [
        text,
        key,
        /^--tls-cert .*notes\.txt: not a PEM certificate \(text starting -----BEGIN CERTIFICATE-----\)/,
      ],
      [der, key, /^--tls-cert .*gym\.der: not a PEM certificate/],
      [cert, text, /^--tls-key .*notes\.txt: not a PEM private key without a passphrase/],
      [cert, cert, /^--tls-key .*gym\.example\.crt: not a PEM private key/],
    ];
    for (const [c, k, error] of cases) {
      const r = given(c, k, NOW);
      expect(r.ok ? 'accepted' : r.error, `${c} ${k}`).toMatch(error);
    }
  });

  it("is refused with another certificate's key, or once expired", async () => {
    const dir = folder();
    const a = await own(dir, 30, 'a.example');
    const b = await own(dir, 30, 'b.example');
    const mixed = given(a.cert, b.key, NOW);
    expect(mixed.ok ? 'accepted' : mixed.error).toMatch(
      /^--tls-key .*b\.example\.key is not the private key of the certificate in .*a\.example\.crt \(CN=a\.example\)/,
    );
    const later = given(a.cert, a.key, new Date(NOW.getTime() + 31 * DAY));
    expect(later.ok ? 'accepted' : later.error).toMatch(
      /the certificate expired on \d{4}-\d\d-\d\d/,
    );
  });
});

describe('a generated certificate', () => {
  const names = ['localhost', 'thrust.lan', '127.0.0.1', '::1', '192.168.1.20'];

  it('is a local authority and a server certificate it signed, keys readable by the owner only', async () => {
    const dir = folder();
    const tls = await selfSigned(dir, names, NOW);
    expect(tls.local).toEqual({ names, made: 'authority' });
    const ca = new X509Certificate(readFileSync(join(dir, FILES.caCert)));
    const server = new X509Certificate(readFileSync(join(dir, FILES.cert)));
    expect(ca.ca).toBe(true);
    expect(server.ca).toBe(false);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe(
      'DNS:localhost, DNS:thrust.lan, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:192.168.1.20',
    );
    expect(tls.trust).toEqual({
      file: join(dir, FILES.caCert),
      sha256: ca.fingerprint256,
      subject: ca.subject,
    });
    for (const key of [FILES.caKey, FILES.key])
      expect((statSync(join(dir, key)).mode & 0o777).toString(8)).toBe('600');
    // Apple's limit for a server certificate: 825 days (support.apple.com/en-us/103769).
    const days = (Date.parse(server.validTo) - Date.parse(server.validFrom)) / DAY;
    expect(days).toBeLessThanOrEqual(825);
    // A client trusting only the authority accepts the server for each name.
    const pem = readFileSync(join(dir, FILES.caCert), 'utf8');
    expect(await handshake(tls, pem, 'thrust.lan')).toEqual([
      'thrust.lan',
      expect.stringMatching(/^Thrust local CA/),
    ]);
    await expect(handshake(tls, pem, 'elsewhere.lan')).rejects.toThrow(/elsewhere\.lan/);
  });

  it('is reused on the next start, and signed again when a name is new', async () => {
    const dir = folder();
    const first = await selfSigned(dir, names, NOW);
    const again = await selfSigned(dir, [...names].reverse(), NOW);
    expect(again.local?.made).toBe('nothing');
    expect([again.key, again.cert]).toEqual([first.key, first.cert]);

    const moved = await selfSigned(dir, [...names, '10.0.0.7'], NOW);
    expect(moved.local?.made).toBe('server');
    expect(moved.trust).toEqual(first.trust);
    expect(moved.key).not.toBe(first.key);
    expect(new X509Certificate(moved.cert).subjectAltName).toContain('IP Address:10.0.0.7');
  });

  it('renews the server certificate before it runs out, the authority only when it must', async () => {
    const dir = folder();
    const first = await selfSigned(dir, names, NOW);
    const nextYear = await selfSigned(dir, names, new Date(NOW.getTime() + 380 * DAY));
    expect(nextYear.local?.made).toBe('server');
    expect(nextYear.trust).toEqual(first.trust);

    writeFileSync(join(dir, FILES.caKey), 'damaged');
    const remade = await selfSigned(dir, names, NOW);
    expect(remade.local?.made).toBe('authority');
    expect(remade.trust.sha256).not.toBe(first.trust.sha256);
    expect((statSync(join(dir, FILES.caKey)).mode & 0o777).toString(8)).toBe('600');
  });

  it('covers this machine: localhost, its host name, loopback and its network addresses', () => {
    const all = localNames(['thrust.lan']);
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a?.address);
    expect(all).toEqual(
      expect.arrayContaining([
        'localhost',
        hostname().toLowerCase(),
        'thrust.lan',
        '127.0.0.1',
        '::1',
        ...lan,
      ]),
    );
    expect(all.every(checkName)).toBe(true);
  });

  it("gives Chromium's key pin of a certificate: base64 SHA-256 of its public key", async () => {
    const dir = folder();
    const tls = await selfSigned(dir, names, NOW);
    expect(spkiHash(tls.cert)).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(spkiHash(tls.cert)).not.toBe(spkiHash(readFileSync(tls.trust.file, 'utf8')));
  });
});
