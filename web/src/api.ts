/** The page's only door to the server: JSON in and out, problems as ApiError, CSRF when logged in. */
import { lifterZone } from './zone';

export interface Problem {
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly { field: string; message: string }[];
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
  /** The message for one field, if the server named it. */
  field(name: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === name || e.field.startsWith(`${name}.`))
      ?.message;
  }
}

/** Thrown when the request never reached the server (offline, server down). */
export class Offline extends Error {}

let csrf: string | null = null;
export const setCsrf = (token: string | null) => {
  csrf = token;
};

export interface Send {
  readonly body?: unknown;
  /** A file or text sent as it is, with its type. */
  readonly raw?: Blob | string;
  readonly type?: string;
  /** More request headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

export async function api<T>(method: string, path: string, send: Send = {}): Promise<T> {
  const headers: Record<string, string> = { 'x-thrust-zone': lifterZone(), ...send.headers };
  if (csrf && method !== 'GET') headers['x-csrf-token'] = csrf;
  let body: BodyInit | undefined;
  if (send.raw !== undefined) {
    body = send.raw;
    headers['content-type'] = send.type ?? 'application/octet-stream';
  } else if (send.body !== undefined) {
    body = JSON.stringify(send.body);
    headers['content-type'] = 'application/json';
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new Offline('No connection to the server.');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's error page, not the API's answer.
  }
  if (!res.ok)
    throw new ApiError(
      json && typeof json === 'object' && 'title' in json
        ? (json as Problem)
        : { title: 'http', status: res.status, detail: `The server answered ${res.status}.` },
    );
  return json as T;
}

/** Reads the page keeps a copy of, so the app opens, logging works and Progress shows with no network. */
const KEEP = /^\/api\/v1\/(today|next|sessions|plan|profile|stats|auth\/me)\b/;
const KEY = 'thrust.read:';

/** A GET; offline, the last answer to the same GET if the page kept one. */
export async function get<T>(path: string): Promise<T> {
  try {
    const value = await api<T>('GET', path);
    if (KEEP.test(path)) {
      try {
        localStorage.setItem(KEY + path, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the app still works online.
      }
    }
    return value;
  } catch (e) {
    const kept = e instanceof Offline ? localStorage.getItem(KEY + path) : null;
    if (kept !== null) return JSON.parse(kept) as T;
    throw e;
  }
}

/** Forget every kept read (on logout, so the next person on this device sees nothing). */
export function forget(): void {
  for (const k of Object.keys(localStorage)) if (k.startsWith(KEY)) localStorage.removeItem(k);
}

/**
 * A logout the server has not heard yet. The session cookie is the server's to end (the page
 * cannot read or clear it), so a logout made offline is remembered here: the app shows the
 * login screen at once, and the logout is sent before anything else once the server answers.
 */
const LOGOUT = 'thrust.logout-pending';
export const logoutPending = (): boolean => localStorage.getItem(LOGOUT) !== null;

/** End the session on the server; offline, remember to (`logoutPending`). */
export async function logOut(): Promise<void> {
  try {
    await api('POST', '/api/v1/auth/logout');
    localStorage.removeItem(LOGOUT);
  } catch (e) {
    if (!(e instanceof Offline)) throw e;
    localStorage.setItem(LOGOUT, new Date().toISOString());
  }
}

/** Send a remembered logout: true once the server has it (or there was none to send). */
export async function sendPendingLogout(): Promise<boolean> {
  if (!logoutPending()) return true;
  try {
    // The logout needs the session's CSRF token, which only the server can hand out again.
    const me = await api<{ account: unknown; csrf?: string | null }>('GET', '/api/v1/auth/me');
    if (me.account) {
      setCsrf(me.csrf ?? null);
      await api('POST', '/api/v1/auth/logout');
    }
    localStorage.removeItem(LOGOUT);
    setCsrf(null);
    return true;
  } catch (e) {
    if (e instanceof Offline) return false;
    throw e;
  }
}

/** A random RFC 4122 version 4 id (crypto.randomUUID needs HTTPS; this works on plain HTTP too). */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
