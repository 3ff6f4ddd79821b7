/**
 * Offline on a phone on the local network. A page from http://<a LAN name> is not a secure
 * context, so the browser offers it no service worker and a reload offline fails; the built
 * `thrust serve --tls-self-signed` serves HTTPS, and the same app then installs its service
 * worker and opens offline.
 *
 * Chromium opens the server as thrust.lan (mapped to 127.0.0.1 by --host-resolver-rules), so
 * the secure context comes from TLS and not from the exception browsers make for localhost.
 * It trusts the generated local authority by its key (--ignore-certificate-errors-spki-list,
 * which takes a hash of any certificate in the chain), as a phone trusts it once installed:
 * the certificate then counts as valid, and the service worker registers. Playwright's
 * ignoreHTTPSErrors is not enough: the page is a secure context, but registering fails with
 * "An SSL certificate error occurred when fetching the script", as after clicking through
 * the browser's warning.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spkiHash } from '../src/http/tls.js';
import { PASSWORD } from './account.testkit.js';
import { chromiumHere, phone, SHOTS } from './browser.testkit.js';
import { BIN, startServer, type Server } from './serve.testkit.js';

const NAME = 'thrust.lan';
const dir = mkdtempSync(join(tmpdir(), 'thrust-web-https-'));
const env = (name: string) => ({
  HOME: dir,
  XDG_DATA_HOME: join(dir, name),
  THRUST_TODAY: '2026-11-02',
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('thrust serve --tls-cert with a bad certificate', () => {
  it('exits 2 with a sentence naming the file and what is allowed', () => {
    const run = spawnSync(
      process.execPath,
      [BIN, 'serve', '--multi-user', '--tls-cert', BIN, '--tls-key', BIN],
      { env: { PATH: process.env.PATH, ...env('bad') }, encoding: 'utf8' },
    );
    expect(run.stderr).toMatch(
      /^thrust: --tls-cert .*thrust\.js: not a PEM certificate \(text starting -----BEGIN CERTIFICATE-----\)/,
    );
    expect(run.status).toBe(2);
  });
});

const here = chromiumHere('web-https.e2e');
describe.skipIf(!here)('the app on a phone on the local network', () => {
  let secure: Server;
  let plain: Server;
  let context: BrowserContext;
  let page: Page;
  const on = (server: Server) => `${new URL(server.url).protocol}//${NAME}:${server.port}`;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    secure = await startServer(
      ['--multi-user', '--tls-self-signed', '--tls-name', NAME],
      env('tls'),
    );
    plain = await startServer(['--multi-user'], env('plain'));
    const authority = readFileSync(join(dir, 'tls', 'thrust', 'thrust-local-ca.crt'), 'utf8');
    context = await phone(dir, [
      `--host-resolver-rules=MAP ${NAME} 127.0.0.1`,
      `--ignore-certificate-errors-spki-list=${spkiHash(authority)}`,
    ]);
    page = context.pages()[0] ?? (await context.newPage());
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await secure?.stop();
    await plain?.stop();
  });

  /** Sign up, log in and set up a glutes plan from the page itself (its cookie, its origin). */
  const signUp = (email: string) =>
    page.evaluate(
      async ({ email, password }) => {
        const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
          fetch(`/api/v1/${path}`, {
            method: path === 'profile' ? 'PUT' : 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify(body),
          });
        const statuses = [(await post('auth/signup', { email, password })).status];
        const login = await post('auth/login', { email, password });
        statuses.push(login.status);
        const { csrf } = (await login.json()) as { csrf: string };
        const profile = await post(
          'profile',
          {
            units: 'lb',
            goal: 'glutes',
            sessionsPerWeek: 3,
            working: { load: 95, reps: 12 },
            start: '2026-11-02',
          },
          { 'x-csrf-token': csrf },
        );
        return [...statuses, profile.status];
      },
      { email, password: PASSWORD },
    );
  const logSet = () => page.getByRole('button', { name: /^Log set: Barbell hip thrust/ }).first();

  it('over plain HTTP on a LAN name: no secure context, no service worker, no page offline', async () => {
    await page.goto(on(plain));
    expect(page.url()).toMatch(/^http:\/\/thrust\.lan:/);
    expect(await page.evaluate('window.isSecureContext')).toBe(false);
    expect(await page.evaluate("'serviceWorker' in navigator")).toBe(false);
    expect(await signUp('ana@example.com')).toEqual([202, 200, 200]);
    await page.reload();
    await expect.poll(() => logSet().isVisible(), { timeout: 10_000 }).toBe(true);
    await context.setOffline(true);
    await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  }, 60_000);

  it('over HTTPS with the generated certificate: the service worker registers and the app opens offline', async () => {
    await page.goto(on(secure));
    expect(page.url()).toMatch(/^https:\/\/thrust\.lan:/);
    expect(await page.evaluate('window.isSecureContext')).toBe(true);
    expect(await signUp('ana@example.com')).toEqual([202, 200, 200]);
    // The session cookie is Secure over TLS.
    const cookies = await context.cookies(on(secure));
    expect(cookies.find((c) => c.name === 'thrust_session')?.secure).toBe(true);

    await page.reload();
    await expect.poll(() => logSet().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(
      await page.evaluate('navigator.serviceWorker.ready.then((r) => r.active.scriptURL)'),
    ).toBe(`${on(secure)}/sw.js`);
    await expect
      .poll(() => page.evaluate('navigator.serviceWorker.controller?.scriptURL ?? null'))
      .toBe(`${on(secure)}/sw.js`);
    // Once more online, so the shell's files are in the cache as this page fetched them.
    await page.reload();
    await expect.poll(() => logSet().isVisible(), { timeout: 10_000 }).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => logSet().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate('navigator.onLine')).toBe(false);
    await page.screenshot({ path: join(SHOTS, 'https-offline.png') });
    await context.setOffline(false);
  }, 90_000);

  it('stops on SIGTERM while the phone still holds its TLS connection', async () => {
    await page.reload();
    await expect.poll(() => logSet().isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await secure.stop()).toBe(0);
  }, 30_000);
});
