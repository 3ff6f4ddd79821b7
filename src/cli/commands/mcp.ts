/** `thrust mcp`: Thrust's tools for an AI assistant, over stdio (Model Context Protocol). */
import type { Command } from 'commander';
import { withDeps, type GlobalOptions } from '../context.js';

export function register(program: Command, global: () => GlobalOptions): void {
  program
    .command('mcp')
    .description(
      'Serve Thrust to an AI assistant over stdio (Model Context Protocol): tools today, next, log_sets, history, stats, measure and plan, with the API’s inputs and errors; resources thrust://plan and thrust://stats. Runs until the client closes stdin.',
    )
    .addHelpText(
      'after',
      '\nExample (an assistant’s MCP settings):\n  { "command": "thrust", "args": ["mcp"] }\n  { "command": "thrust", "args": ["--db", "/home/me/thrust.db", "mcp"] }',
    )
    .action(async () => {
      // Loaded here only: no other command pays for the MCP SDK.
      const { serveStdio } = await import('../../mcp/stdio.js');
      await withDeps(global(), serveStdio);
    });
}
