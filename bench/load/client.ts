/**
 * A closed-loop load generator: `clients` workers, each with its own keep-alive connection,
 * send a request, wait for the answer, and send the next until time is up. No request is
 * abandoned, so every acknowledged (2xx) answer is counted exactly.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  readonly requests: number;
  readonly acknowledged: number;
  readonly failed: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly clients: number;
  readonly seconds: number;
  readonly headers?: Record<string, string>;
  /** Headers of one client (worker `w`), e.g. its own user's token; added to `headers`. */
  readonly headersOf?: (w: number) => Record<string, string>;
  /** The body of request number `n` (each may differ, e.g. a fresh set id). */
  readonly body: (n: number) => string;
  /**
   * Open loop at this many requests a second in total, instead of as fast as answers come.
   * Latency then counts from when each request was due, so a slow answer that delays the
   * next request is not hidden (coordinated omission).
   */
  readonly rate?: number;
}

function once(
  agent: http.Agent,
  url: URL,
  headers: Record<string, string>,
  body: string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function load(o: LoadOptions): Promise<LoadResult> {
  const url = new URL(o.url);
  const latencies: number[] = [];
  let acknowledged = 0;
  let failed = 0;
  let n = 0;
  const started = performance.now();
  const deadline = started + o.seconds * 1000;
  const worker = async (w: number) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const period = o.rate ? (1000 * o.clients) / o.rate : 0;
    const headers = { ...o.headers, ...o.headersOf?.(w) };
    for (let k = 0; performance.now() < deadline; k++) {
      let t = performance.now();
      if (period > 0) {
        const due = started + (k + w / o.clients) * period;
        if (due >= deadline) break;
        if (due > t) await new Promise((r) => setTimeout(r, due - t));
        t = due;
      }
      const status = await once(agent, url, headers, o.body(n++)).catch(() => 0);
      latencies.push(performance.now() - t);
      if (status >= 200 && status < 300) acknowledged++;
      else failed++;
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: o.clients }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    acknowledged,
    failed,
    seconds,
    perSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
  };
}
