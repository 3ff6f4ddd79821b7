/**
 * HTTPS for `thrust serve`. A phone opening the server over plain HTTP on the local network is
 * not in a secure context, so its browser registers no service worker and the app cannot open
 * offline (https://w3c.github.io/webappsec-secure-contexts/; localhost is the one exception).
 * Either the lifter gives a certificate and key (PEM), or Thrust makes its own, as mkcert does:
 * a local certificate authority the phone trusts once, and a server certificate it signs for
 * this machine's names and addresses, re-signed when they change (the phone trusts the
 * authority, so nothing needs trusting again).
 */
import { createHash, createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';
import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** What the server needs to speak TLS, and what a person needs to trust it. */
export interface Tls {
  /** PEM private key of the server certificate. */
  readonly key: string;
  /** PEM chain: the server certificate, then the local authority when generated. */
  readonly cert: string;
  /** The certificate to trust on a phone: the given one, or the local authority. */
  readonly trust: { readonly file: string; readonly sha256: string; readonly subject: string };
  /** Generated: the names the server certificate covers, and what was made on this start. */
  readonly local: null | { readonly names: readonly string[]; readonly made: Made };
}

/** What a start made: nothing (both reused), a new server certificate, or a new authority. */
export type Made = 'nothing' | 'server' | 'authority';

/** The files of the generated certificates, in the data file's folder. */
export const FILES = {
  caCert: 'thrust-local-ca.crt',
  caKey: 'thrust-local-ca.key',
  cert: 'thrust-https.crt',
  key: 'thrust-https.key',
} as const;

const DAY = 86_400_000;
/**
 * Apple trusts a TLS server certificate for at most 825 days, 398 from a public authority
 * (support.apple.com/en-us/103769, /102028); 397 days meets both. The authority lasts ten years.
 */
const SERVER_DAYS = 397;
const AUTHORITY_DAYS = 3650;
/** A certificate this close to its end is renewed at the start before. */
const RENEW_DAYS = 30;

const PEM_CERT = 'a PEM certificate (text starting -----BEGIN CERTIFICATE-----)';
const PEM_KEY =
  'a PEM private key without a passphrase (text starting -----BEGIN PRIVATE KEY-----, or BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY)';

/** SHA-256 of a certificate, as browsers and phones show it: AB:CD:... */
export const fingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;

/** Base64 SHA-256 of a certificate's public key (SPKI), as Chromium's key pins take it. */
export function spkiHash(pem: string): string {
  const der = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

function readText(flag: string, file: string, allowed: string): Result<string> {
  try {
    return { ok: true, value: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : (e as Error).message;
    return { ok: false, error: `${flag} ${file}: cannot be read (${why}); give ${allowed}.` };
  }
}

/** The PEM blocks of one kind in a text ("CERTIFICATE"; any "... PRIVATE KEY"). */
const blocks = (text: string, label: string): string[] =>
  text.match(new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`, 'g')) ?? [];

function parseCerts(text: string): X509Certificate[] | null {
  try {
    const found = blocks(text, 'CERTIFICATE').map((b) => new X509Certificate(b));
    return found.length > 0 ? found : null;
  } catch {
    return null;
  }
}

function parseKey(text: string): KeyObject | null {
  if (blocks(text, '(?:RSA |EC )?PRIVATE KEY').length !== 1) return null;
  try {
    return createPrivateKey(text);
  } catch {
    return null;
  }
}

/** The lifter's own certificate (with its chain) and key, checked before the server starts. */
export function given(certFile: string, keyFile: string, now: Date): Result<Tls> {
  const certText = readText('--tls-cert', certFile, PEM_CERT);
  if (!certText.ok) return certText;
  const keyText = readText('--tls-key', keyFile, PEM_KEY);
  if (!keyText.ok) return keyText;
  const certs = parseCerts(certText.value);
  if (!certs?.[0]) return { ok: false, error: `--tls-cert ${certFile}: not ${PEM_CERT}.` };
  const leaf = certs[0];
  const key = parseKey(keyText.value);
  if (!key)
    return {
      ok: false,
      error: `--tls-key ${keyFile}: not ${PEM_KEY}. A key with a passphrase can be decrypted with openssl pkey -in ${keyFile} -out plain.key.`,
    };
  if (!leaf.checkPrivateKey(key))
    return {
      ok: false,
      error: `--tls-key ${keyFile} is not the private key of the certificate in ${certFile} (${leaf.subject.replace(/\n/g, ', ')}): give the key this certificate was made for.`,
    };
  if (new Date(leaf.validTo) <= now)
    return {
      ok: false,
      error: `--tls-cert ${certFile}: the certificate expired on ${new Date(leaf.validTo).toISOString().slice(0, 10)}; browsers refuse it. Renew it, or use --tls-self-signed.`,
    };
  return {
    ok: true,
    value: {
      key: keyText.value,
      cert: certText.value,
      trust: { file: certFile, sha256: leaf.fingerprint256, subject: leaf.subject },
      local: null,
    },
  };
}

/** This machine's names and addresses a phone may use: host names, then IPv4, then IPv6. */
export function localNames(extra: readonly string[] = []): string[] {
  const host = hostname().toLowerCase();
  const names = ['localhost', host, ...(host.includes('.') ? [] : [`${host}.local`]), ...extra];
  const addresses = ['127.0.0.1', '::1'];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? [])
      // Link-local IPv6 needs a zone (fe80::1%wlan0), which a URL on a phone cannot carry.
      if (!a.internal && !a.address.toLowerCase().startsWith('fe80:')) addresses.push(a.address);
  const ordered = [
    ...names,
    ...addresses.filter((a) => isIP(a) === 4),
    ...addresses.filter((a) => isIP(a) === 6),
  ];
  return [...new Set(ordered.map((n) => n.toLowerCase()))];
}

/** A name for --tls-name: a DNS name (letters, digits, hyphens, dots) or an IP address. */
export function checkName(name: string): boolean {
  if (isIP(name)) return true;
  return (
    name.length <= 253 &&
    name.split('.').every((label) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i.test(label))
  );
}

interface Pair {
  readonly cert: X509Certificate;
  readonly certPem: string;
  readonly keyPem: string;
}

/** A stored certificate and key, if both are there, parse and belong together; else why not. */
function stored(dir: string, certName: string, keyName: string): Pair | string {
  const read = (name: string): string | null => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
  const certPem = read(certName);
  const keyPem = read(keyName);
  if (certPem === null || keyPem === null)
    return `${certPem === null ? certName : keyName} is missing`;
  const cert = parseCerts(certPem)?.[0];
  const key = parseKey(keyPem);
  if (!cert || !key || !cert.checkPrivateKey(key)) return `${certName} or ${keyName} is damaged`;
  return { cert, certPem, keyPem };
}

const expiresSoon = (c: X509Certificate, now: Date) =>
  new Date(c.validTo).getTime() - now.getTime() < RENEW_DAYS * DAY;

/** A name as compared: lower case, an IPv6 address written out in full as node prints it. */
function canonical(name: string): string {
  const n = name.toLowerCase();
  if (isIP(n) !== 6) return n;
  const [head = '', tail] = n.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((g) => g.replace(/^0+(?=.)/, '')).join(':');
}

/** Whether a certificate's subjectAltName ("DNS:a, IP Address:1.2.3.4") holds every name. */
function covers(c: X509Certificate, names: readonly string[]): boolean {
  const entries = (c.subjectAltName ?? '').split(', ');
  const have = new Set(entries.map((e) => canonical(e.replace(/^[^:]+:/, ''))));
  return names.every((n) => have.has(canonical(n)));
}

/** Write a file whole or not at all; a key readable by its owner only (mode 0600). */
function put(dir: string, name: string, text: string, secret: boolean): void {
  const path = join(dir, name);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text, { mode: secret ? 0o600 : 0o644 });
  if (secret) chmodSync(temp, 0o600);
  renameSync(temp, path);
}

/**
 * The generated certificates in `dir`: reused while they are whole, unexpired and cover
 * `names`; otherwise the server certificate is signed again (and the authority made again
 * only when it is itself missing, damaged or running out).
 */
export async function selfSigned(dir: string, names: readonly string[], now: Date): Promise<Tls> {
  const { generate } = await import('selfsigned');
  const base = { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' } as const;
  const from = new Date(now.getTime() - DAY); // a phone's clock a little behind still accepts it
  let made: Made = 'nothing';
  let ca = stored(dir, FILES.caCert, FILES.caKey);
  if (typeof ca === 'string' || expiresSoon(ca.cert, now)) {
    const host = hostname();
    const pems = await generate(
      [
        { name: 'commonName', value: `Thrust local CA (${host})` },
        { name: 'organizationName', value: 'Thrust' },
      ],
      {
        ...base,
        notBeforeDate: from,
        notAfterDate: new Date(now.getTime() + AUTHORITY_DAYS * DAY),
        extensions: [
          { name: 'basicConstraints', cA: true, pathLenConstraint: 0, critical: true },
          {
            name: 'keyUsage',
            keyCertSign: true,
            cRLSign: true,
            digitalSignature: true,
            critical: true,
          },
        ],
      },
    );
    put(dir, FILES.caKey, pems.private, true);
    put(dir, FILES.caCert, pems.cert, false);
    ca = { cert: new X509Certificate(pems.cert), certPem: pems.cert, keyPem: pems.private };
    made = 'authority';
  }
  let server = stored(dir, FILES.cert, FILES.key);
  if (
    made === 'authority' ||
    typeof server === 'string' ||
    !server.cert.checkIssued(ca.cert) ||
    !server.cert.verify(ca.cert.publicKey) ||
    expiresSoon(server.cert, now) ||
    !covers(server.cert, names)
  ) {
    const pems = await generate([{ name: 'commonName', value: names[1] ?? 'localhost' }], {
      ...base,
      notBeforeDate: from,
      notAfterDate: new Date(now.getTime() + SERVER_DAYS * DAY),
      ca: { key: ca.keyPem, cert: ca.certPem },
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, critical: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })),
        },
      ],
    });
    put(dir, FILES.key, pems.private, true);
    put(dir, FILES.cert, pems.cert, false);
    server = { cert: new X509Certificate(pems.cert), certPem: pems.cert, keyPem: pems.private };
    if (made === 'nothing') made = 'server';
  }
  return {
    key: server.keyPem,
    cert: `${server.certPem.trim()}\n${ca.certPem.trim()}\n`,
    trust: {
      file: join(dir, FILES.caCert),
      sha256: ca.cert.fingerprint256,
      subject: ca.cert.subject,
    },
    local: { names, made },
  };
}

/** What the TLS flags of `thrust serve` ask for. */
export type Choice =
  | { readonly kind: 'plain' }
  | { readonly kind: 'given'; readonly cert: string; readonly key: string }
  | { readonly kind: 'self-signed'; readonly names: readonly string[] };

export interface TlsFlags {
  readonly tlsCert?: string | undefined;
  readonly tlsKey?: string | undefined;
  readonly tlsSelfSigned?: boolean | undefined;
  readonly tlsName?: string | undefined;
}

/** The TLS flags checked together: a certificate with its key, or a generated one, or none. */
export function choose(f: TlsFlags): Result<Choice> {
  const cert = f.tlsCert?.trim();
  const key = f.tlsKey?.trim();
  if (f.tlsSelfSigned && (cert !== undefined || key !== undefined))
    return {
      ok: false,
      error: `--tls-self-signed makes its own certificate, so it takes no ${cert !== undefined ? '--tls-cert' : '--tls-key'}: give either --tls-cert and --tls-key, or --tls-self-signed.`,
    };
  const names = (f.tlsName ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (f.tlsName !== undefined && !f.tlsSelfSigned)
    return {
      ok: false,
      error: '--tls-name names what a generated certificate covers: use it with --tls-self-signed.',
    };
  const bad = names.find((n) => !checkName(n));
  if (bad !== undefined)
    return {
      ok: false,
      error: `--tls-name: "${bad}" is not a host name (letters, digits and hyphens, dot-separated, like thrust.home.arpa) or an IP address.`,
    };
  if (f.tlsSelfSigned) return { ok: true, value: { kind: 'self-signed', names } };
  if (cert === undefined && key === undefined) return { ok: true, value: { kind: 'plain' } };
  if (cert === '' || key === '')
    return { ok: false, error: `${cert === '' ? '--tls-cert' : '--tls-key'}: give a file (PEM).` };
  if (cert === undefined)
    return {
      ok: false,
      error: `--tls-key needs --tls-cert: the certificate file (PEM) that goes with the key ${key}.`,
    };
  if (key === undefined)
    return {
      ok: false,
      error: `--tls-cert needs --tls-key: the certificate's private key file (PEM, without a passphrase).`,
    };
  return { ok: true, value: { kind: 'given', cert, key } };
}
