/** Request lines written in batches: none lost, none later than the delay, none reordered. */
import { describe, expect, it } from 'vitest';
import { linesBuffered } from './log-buffer.js';

describe('linesBuffered', () => {
  it('writes queued lines together, in order, once the delay has passed', async () => {
    const writes: string[] = [];
    const log = linesBuffered((t) => writes.push(t), 20);
    log.line({ n: 1 });
    log.line({ n: 2 });
    expect(writes).toEqual([]);
    await expect
      .poll(() => writes, { timeout: 2_000, interval: 10 })
      .toEqual(['{"n":1}\n{"n":2}\n']);
  });

  it('writes at once when the bytes waiting reach the limit, and on flush', () => {
    const writes: string[] = [];
    const log = linesBuffered((t) => writes.push(t), 60_000, 30);
    log.line({ text: 'a'.repeat(40) });
    expect(writes).toHaveLength(1);
    log.line({ n: 3 });
    log.flush();
    expect(writes).toEqual([`{"text":"${'a'.repeat(40)}"}\n`, '{"n":3}\n']);
    log.flush();
    expect(writes).toHaveLength(2);
  });
});
