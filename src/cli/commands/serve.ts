/** `thrust serve`: the HTTP API, same data as the CLI. */
import type { Command } from 'commander';
import { open } from '../../store/open.js';
import { clock, LOCAL_USER, type GlobalOptions } from '../context.js';
import { EXIT, Exit, fromOpen } from '../exit.js';

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('serve')
    .description(
      'Serve the HTTP API (/api/v1, OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs). Local mode: one lifter, no login, loopback only by default.',
    )
    .option('--port <port>', 'port to listen on', '8080')
    .option(
      '--host <host>',
      'address to bind (keep 127.0.0.1 unless you know who can reach it)',
      '127.0.0.1',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  thrust serve\n  thrust serve --port 9000\n  curl http://127.0.0.1:8080/api/v1/today',
    )
    .action(async (f: { port: string; host: string }) => {
      const port = Number(f.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Exit(EXIT.usage, `--port: "${f.port}" is not a port (0-65535)`);
      const opened = await open({ dbPath: global().db, env: process.env });
      if (!opened.ok) throw fromOpen(opened.error);
      const { serve } = await import('../../http/serve.js');
      try {
        await serve(opened.value, {
          port,
          host: f.host,
          user: LOCAL_USER,
          now: clock(process.env),
        });
      } finally {
        await opened.value.close();
      }
    });
}
