/** Accounts on a multi-user `thrust serve`, made through the API, for the browser tests. */
import { expect } from 'vitest';
import type { Server } from './serve.testkit.js';

export const PASSWORD = 'a long enough password';

/** An account made through the API, with its session for reading what the server stored. */
/** An account with a glutes plan from 95 lb x 12, starting `start` (default Mon 2 Nov 2026). */
export async function account(url: string, email: string, start = '2026-11-02') {
  const enter = (path: string) =>
    fetch(`${url}/api/v1/auth/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
  expect((await enter('signup')).status).toBe(202);
  const r = await enter('login');
  expect(r.status).toBe(200);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrf } = (await r.json()) as { csrf: string };
  const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf };
  const profile = await fetch(`${url}/api/v1/profile`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({
      units: 'lb',
      goal: 'glutes',
      sessionsPerWeek: 3,
      working: { load: 95, reps: 12 },
      start,
    }),
  });
  expect(profile.status).toBeLessThan(300);
  return {
    email,
    /** A call to the API as this account; a refusal throws with the problem. */
    call: async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers,
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const json = (await res.json()) as T;
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    },
    /** How many sets the server holds for this account. */
    stored: async () => {
      const s = await fetch(`${url}/api/v1/sessions`, { headers });
      const body = (await s.json()) as { sessions: { sets: unknown[] }[] };
      return body.sessions.reduce((n, x) => n + x.sets.length, 0);
    },
  };
}

/** The newest email confirmation link the server wrote to its log for `email`. */
export function confirmationLink(server: Server, email: string): string {
  const links = server
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{') && l.includes('"link"'))
    .map((l) => JSON.parse(l) as { to?: string; link?: string })
    .filter((l) => l.to === email);
  const link = links.at(-1)?.link;
  if (!link) throw new Error(`the server logged no confirmation link for ${email}`);
  return link;
}

/** Confirm the account's email by opening its link, as its owner would. */
export async function confirmEmail(server: Server, email: string): Promise<void> {
  const r = await fetch(confirmationLink(server, email));
  expect(r.status).toBe(200);
}
