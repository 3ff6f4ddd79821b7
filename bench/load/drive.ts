/**
 * The load client as a process of its own, so that it can be pinned to a core apart from the
 * server (taskset): it reads its job as JSON in argv[2], runs it, and prints the result with
 * the CPU it used itself as one JSON line.
 *
 *   node --import tsx bench/load/drive.ts '{"url":...,"clients":64,"seconds":10,"tokens":[...]}'
 */
import { randomUUID } from 'node:crypto';
import { load, type LoadResult } from './client.js';

export interface Job {
  readonly url: string;
  readonly clients: number;
  readonly seconds: number;
  /** Open loop at this many requests a second, else closed loop. */
  readonly rate?: number;
  /** One bearer token per user; client `w` acts as user `w % tokens.length`. */
  readonly tokens: readonly string[];
}

export interface Driven extends LoadResult {
  /** CPU the client process used (user + system), in seconds. */
  readonly clientCpuS: number;
}

/** A set as a lifter logs it: one working set, on one of 300 days of 2025. */
export const setBody = (n: number) => {
  const day = new Date(Date.UTC(2025, 0, 1) + (n % 300) * 86_400_000).toISOString().slice(0, 10);
  return JSON.stringify({
    exercise: 'hip-thrust',
    date: day,
    sets: [
      { id: randomUUID(), load: { value: 95 + (n % 10) * 5, unit: 'lb' }, reps: 10, clean: true },
    ],
  });
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const job = JSON.parse(process.argv[2] ?? '{}') as Job;
  const before = process.cpuUsage();
  const tokens = job.tokens;
  const result = await load({
    url: job.url,
    clients: job.clients,
    seconds: job.seconds,
    ...(job.rate && { rate: job.rate }),
    body: setBody,
    ...(tokens.length > 0 && {
      headersOf: (w: number) => ({ authorization: `Bearer ${tokens[w % tokens.length]}` }),
    }),
  });
  const used = process.cpuUsage(before);
  const out: Driven = { ...result, clientCpuS: (used.user + used.system) / 1e6 };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
