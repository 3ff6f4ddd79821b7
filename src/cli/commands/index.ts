/**
 * The CLI's commands by module, each module loaded only when one of its commands runs: a
 * start (`thrust today`) then compiles and registers one module instead of all of them. With
 * no command, help, or a name not listed (a typo, for the "did you mean"), every module is
 * registered, in this order, the order of `thrust --help`.
 *
 * A new command: register it in its module and add its name to that module's `names` here
 * (commands.test.ts checks that each list matches what its module registers).
 */
import type { Command } from 'commander';
import type { GlobalOptions } from '../context.js';

export interface Commands {
  register(program: Command, global: () => GlobalOptions): void;
}

export const MODULES: readonly {
  readonly names: readonly string[];
  readonly load: () => Promise<Commands>;
}[] = [
  { names: ['init', 'plan', 'settings'], load: () => import('./setup.js') },
  {
    names: ['today', 'next', 'log', 'edit', 'undo', 'history', 'session'],
    load: () => import('./training.js'),
  },
  { names: ['stats'], load: () => import('./stats.js') },
  { names: ['measure', 'test', 'photo'], load: () => import('./body.js') },
  { names: ['import', 'export', 'restore'], load: () => import('./transfer.js') },
  { names: ['serve'], load: () => import('./serve.js') },
  { names: ['mcp'], load: () => import('./mcp.js') },
  { names: ['status', 'exercises', 'demo'], load: () => import('./info.js') },
  { names: ['evidence'], load: () => import('./evidence.js') },
];

// Root options that ask for the root's own output (help lists every command).
const ROOT_ONLY = new Set(['-h', '--help', '-V', '--version']);

/**
 * The modules a command line needs: the one holding the command it names, or all of them.
 * `args` are the arguments after `thrust` (`--db <path>` may come before the command).
 */
export function needed(args: readonly string[]): readonly (typeof MODULES)[number][] {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (ROOT_ONLY.has(a)) break;
    if (a === '--db') i++;
    else if (!a.startsWith('-')) {
      const one = MODULES.find((m) => m.names.includes(a));
      return one ? [one] : MODULES;
    }
  }
  return MODULES;
}
