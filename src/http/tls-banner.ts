/** What `thrust serve` tells a person at the start over HTTPS: where to open it, what to trust. */
import { isIP } from 'node:net';
import { localNames, type Tls } from './tls.js';

const ALL = new Set(['0.0.0.0', '::', '[::]']);
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1']);

/** The URLs to open: each address of this machine when bound to all, else the one bound. */
export function urls(scheme: 'http' | 'https', host: string, port: number): string[] {
  const at = (name: string) => `${scheme}://${isIP(name) === 6 ? `[${name}]` : name}:${port}`;
  if (!ALL.has(host)) return [at(host)];
  // Addresses first: a phone resolves an IPv4 address everywhere, a .local name not always.
  const rank = (n: string) => [4, 0, 6].indexOf(isIP(n));
  return localNames()
    .filter((n) => !LOOPBACK.has(n))
    .sort((a, b) => rank(a) - rank(b))
    .map(at);
}

/** Plain sentences for the terminal (stderr: stdout keeps one JSON log line per event). */
export function banner(tls: Tls, host: string, port: number): string {
  const open = urls('https', host, port);
  const lines = ['Serving HTTPS. Open:', ...open.map((u) => `  ${u}`)];
  if (LOOPBACK.has(host))
    lines.push(
      `A phone cannot reach ${host}: to serve one on this network, bind to it with --host 0.0.0.0 (multi-user mode only).`,
    );
  if (tls.local === null) {
    lines.push(`Certificate: ${tls.trust.file} (SHA-256 ${tls.trust.sha256}).`);
    return `${lines.join('\n')}\n`;
  }
  const made = {
    nothing: 'the certificates made before were reused',
    server: 'a new server certificate was signed (the phone needs nothing new)',
    authority: 'a NEW local authority was made: trust it on the phone, as below',
  }[tls.local.made];
  lines.push(
    `The certificate covers ${tls.local.names.join(', ')}; ${made}.`,
    '',
    'Once per phone, make it trust the local authority that signed it:',
    `  1. Copy ${tls.trust.file} to the phone (AirDrop, email, a cable). It is public; never copy the .key files beside it.`,
    '  2. iPhone/iPad: open the file, then Settings > General > VPN & Device Management: install the profile;',
    '     then Settings > General > About > Certificate Trust Settings: turn on full trust for it.',
    '     Android: Settings > Security > Encryption & credentials > Install a certificate > CA certificate: choose the file.',
    `  3. Check that the phone shows SHA-256 ${tls.trust.sha256}`,
    `     and the name "${tls.trust.subject.replace(/^.*CN=([^\n]*).*$/s, '$1')}".`,
    '  4. Open the address above in the browser, and add it to the home screen for offline use.',
    'Whoever holds thrust-local-ca.key could make certificates this phone trusts: it stays on this machine (mode 0600). Remove the certificate from the phone when you stop using it.',
  );
  return `${lines.join('\n')}\n`;
}
