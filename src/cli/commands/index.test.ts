import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { GlobalOptions } from '../context.js';
import { MODULES, needed } from './index.js';

const global = (): GlobalOptions => ({ access: 'read' });

describe('the CLI’s commands, loaded by module', () => {
  it.each(MODULES.map((m) => [m.names.join(', '), m] as const))(
    'the module of %s registers exactly those commands',
    async (_, m) => {
      const program = new Command();
      (await m.load()).register(program, global);
      expect(program.commands.map((c) => c.name())).toEqual(m.names);
    },
  );

  it.each([
    [['today'], ['today']],
    [['--db', '/tmp/x.db', 'log', 'hip-thrust', '3x12@95'], ['log']],
    [['--db=/tmp/x.db', 'session', 'move'], ['session']],
    [['today', '--help'], ['today']],
    [['serve', '--port', '0'], ['serve']],
  ])('%j loads only the module holding its command', (args, has) => {
    const [one, ...more] = needed(args);
    expect(more).toEqual([]);
    expect(one?.names).toEqual(expect.arrayContaining(has));
  });

  it.each([[[]], [['--help']], [['-h', 'today']], [['help', 'today']], [['todya']], [['-V']]])(
    '%j loads every module (help lists them all; a typo gets a suggestion)',
    (args) => {
      expect(needed(args)).toBe(MODULES);
    },
  );
});
