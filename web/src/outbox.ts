/**
 * Sets waiting to reach the server. A set is written here first, with its id, then sent;
 * it leaves only when the server has stored it. Offline, sets wait; when the network comes
 * back they are sent again. The server ignores an id it already has, so a set whose answer
 * was lost on the way is never stored twice.
 *
 * Sets belong to the account that logged them: on a shared device each waits for its own
 * account and is sent only while the server says that account is the one signed in.
 */
import { api, ApiError } from './api';
import type { Beaten } from '../../src/domain/analytics/records';

export interface LogBody {
  readonly exercise: string;
  readonly date: string;
  readonly sets: readonly {
    id: string;
    load: { value: number; unit: 'lb' | 'kg' };
    reps: number;
    side: 'left' | 'right' | null;
    holdSeconds: number | null;
    clean: boolean;
    felt: string | null;
    warmup: boolean;
    band?: 'light' | 'medium' | 'heavy' | null;
    /** The plan track the set answers; absent in sets kept by an older page. */
    track?: string | null;
  }[];
}

export interface Rejected {
  readonly body: LogBody;
  readonly message: string;
}

/** A body as kept: with the account that logged it ('local' on a one-lifter server). */
type Kept = LogBody & { readonly owner?: string };

const KEY = 'thrust.outbox';
const LOCAL = 'local';
const listeners = new Set<() => void>();
const strangers = new Set<() => void>();
/** Told the records a sent body's sets beat, with those sets' ids. */
const recordListeners = new Set<(ids: readonly string[], records: readonly Beaten[]) => void>();
let rejected: Rejected[] = [];
let flushing: Promise<void> | null = null;
/** Whose sets this page logs and sends; null while nobody is signed in. */
let owner: string | null = null;

function kept(): Kept[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as Kept[];
  } catch {
    return [];
  }
}

/** Sets kept by an older page name no account: only a one-lifter server's page claims them. */
const mine = (b: Kept) => owner !== null && (b.owner ?? LOCAL) === owner;

/** The signed-in account's sets still waiting, oldest first (none while nobody is signed in). */
export function pending(): LogBody[] {
  return kept()
    .filter(mine)
    .map(({ owner: _, ...b }) => b);
}

/** Replace the signed-in account's waiting sets with `list`; other accounts' stay as they are. */
function save(list: LogBody[]) {
  const others = kept().filter((b) => !mine(b));
  const ours = owner === null ? [] : list.map((b) => ({ ...b, owner }));
  localStorage.setItem(KEY, JSON.stringify([...others, ...ours]));
  for (const l of listeners) l();
}

/**
 * Who is signed in: an account's user id, 'local' on a one-lifter server, null when signed
 * out. Only that account's sets are shown and sent from now on.
 */
export function setOwner(user: string | null): void {
  owner = user;
  for (const l of listeners) l();
}

/** Called when the server's session is not the account the page thinks it is. */
export function onStranger(listener: () => void): () => void {
  strangers.add(listener);
  return () => strangers.delete(listener);
}

/** Drop the signed-in account's waiting sets (the lifter chose to, at logout). */
export function discard(): void {
  save([]);
}

/** Sets the server refused (a value out of range), kept until the lifter has seen them. */
export const failures = () => rejected;

export function dismiss(): void {
  rejected = [];
  for (const l of listeners) l();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keep the sets, then try to send everything waiting. */
export function add(body: LogBody): Promise<void> {
  save([...pending(), body]);
  return flush();
}

interface Me {
  readonly mode: 'local' | 'multi-user';
  readonly account: { readonly user: string } | null;
}

/** Whether the server's session is this page's account (another tab may have changed it). */
async function sessionIsOwner(): Promise<boolean | 'offline'> {
  try {
    const me = await api<Me>('GET', '/api/v1/auth/me');
    return (me.mode === 'local' ? LOCAL : (me.account?.user ?? null)) === owner;
  } catch {
    return 'offline';
  }
}

/** Send what is waiting, oldest first; stop at the first sign of being offline. */
async function send(): Promise<void> {
  const who = owner;
  if (who === null || pending().length === 0) return;
  const same = await sessionIsOwner();
  if (same === 'offline') return;
  if (!same) {
    // Never send one account's sets under another's session: let the page sign in again.
    for (const l of strangers) l();
    return;
  }
  for (;;) {
    // Signed out or switched account meanwhile: what waits now is not this sending's.
    if (owner !== who) return;
    const next = pending()[0];
    if (!next) return;
    try {
      // The server refuses sets whose owner is not the caller (another tab may have signed
      // in as someone else since the check above).
      const stored = await api<{ records?: Beaten[] }>('POST', '/api/v1/sets', {
        body: next,
        headers: { 'x-thrust-owner': who },
      });
      const records = stored.records ?? [];
      if (records.length > 0)
        for (const l of recordListeners)
          l(
            next.sets.map((s) => s.id),
            records,
          );
    } catch (e) {
      if (e instanceof ApiError && e.problem.title === 'other-account') {
        for (const l of strangers) l();
        return;
      }
      // Only a refusal of the sets themselves is final (values out of range, too many, or
      // a set id already stored with other values); offline, logged out or a server
      // error: keep the sets and try again later.
      const final =
        e instanceof ApiError &&
        ([413, 422].includes(e.problem.status) ||
          (e.problem.status === 409 && e.problem.title === 'taken'));
      if (!final) return;
      rejected = [...rejected, { body: next, message: e.message }];
    }
    const ids = new Set(next.sets.map((s) => s.id));
    save(pending().filter((b) => !b.sets.some((s) => ids.has(s.id))));
  }
}

/** Hear of the records sets beat once the server has them; returns the way to stop. */
export function onRecords(
  listener: (ids: readonly string[], records: readonly Beaten[]) => void,
): () => void {
  recordListeners.add(listener);
  return () => recordListeners.delete(listener);
}

/** One sending at a time; a call while one runs waits for it. */
export function flush(): Promise<void> {
  // .finally runs after the assignment, even when there is nothing to send.
  flushing ??= send().finally(() => {
    flushing = null;
  });
  return flushing;
}

/**
 * Take a set back before the server has it: 'withdrawn' when it was still waiting here (it
 * will never be sent), 'sent' when the server already has it (remove it there instead).
 * Waits out a sending in progress, so a set is never taken back while on its way.
 */
export async function withdraw(id: string): Promise<'withdrawn' | 'sent'> {
  while (flushing) await flushing;
  const list = pending();
  const holder = list.find((b) => b.sets.some((s) => s.id === id));
  if (!holder) return 'sent';
  const rest = { ...holder, sets: holder.sets.filter((s) => s.id !== id) };
  save(list.flatMap((b) => (b !== holder ? [b] : rest.sets.length > 0 ? [rest] : [])));
  return 'withdrawn';
}

/** Send again whenever the network returns, every 15 s while anything waits, and now. */
let started = false;
export function start(): void {
  if (started) return void flush();
  started = true;
  window.addEventListener('online', () => void flush());
  setInterval(() => {
    if (pending().length > 0) void flush();
  }, 15_000);
  void flush();
}
