/** Start the built `thrust serve` as a child process and wait until it listens. */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', 'bin', 'thrust.js');

export interface Server {
  readonly url: string;
  readonly port: number;
  readonly child: ChildProcess;
  /** What the server has written to standard output so far (its JSON log lines). */
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export async function startServer(
  args: readonly string[],
  env: Record<string, string>,
  port = 0,
): Promise<Server> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port), ...args], {
    env: { PATH: process.env.PATH, ...env },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 150 && !out.includes('"listening"'); i++)
    await new Promise((r) => setTimeout(r, 100));
  const url = /"url":"([^"]+)"/.exec(out)?.[1];
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`the server did not start: ${out}${err}`);
  }
  return {
    url,
    port: Number(new URL(url).port),
    child,
    output: () => out,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** One request with exactly these headers (fetch would not send another Host). */
export function send(
  server: Server,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
