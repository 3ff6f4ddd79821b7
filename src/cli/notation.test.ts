import { describe, expect, it } from 'vitest';
import { parse } from './notation.js';

describe('set notation', () => {
  it.each([
    ['3x12@95', [12, 12, 12], 95, 'lb'],
    ['12@95kg', [12], 95, 'kg'],
    ['12,11,10@100', [12, 11, 10], 100, 'lb'],
    ['3x15', [15, 15, 15], 0, 'lb'],
    ['2 x 10 @ bw', [10, 10], 0, 'lb'],
    ['3x8@42,5kg', [8, 8, 8], 42.5, 'kg'],
    ['1x5@225lbs', [5], 225, 'lb'],
  ])('%s', (text, reps, value, unit) => {
    expect(parse(text, 'lb')).toEqual({ ok: true, value: { reps, load: { value, unit } } });
  });

  it.each(['', 'x12@95', '3x@95', '3x12@', 'twelve', '3x12,10@95', '0x12@95', '3x12@-95'])(
    'rejects "%s" with the form to use',
    (text) => {
      const r = parse(text, 'lb');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/3x12@95|set count|sets at once/);
    },
  );
});
