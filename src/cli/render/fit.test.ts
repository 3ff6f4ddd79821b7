import { describe, expect, it } from 'vitest';
import { fit } from './fit.js';

describe('fit', () => {
  it.each([
    ['a short line stays', ['   - Hold the top.'], 40, ['   - Hold the top.']],
    [
      'a bullet hangs under its text',
      ['   - Shins roughly vertical at the top: feet too close to the hips'],
      30,
      ['   - Shins roughly vertical at', '     the top: feet too close', '     to the hips'],
    ],
    [
      'a labelled line hangs under its label',
      ['   Warm-up: 45 lb x 10 (empty bar), 55 lb x 8 (5 per side)'],
      36,
      ['   Warm-up: 45 lb x 10 (empty bar),', '            55 lb x 8 (5 per side)'],
    ],
    [
      'a number stays with its unit',
      ['   Warm-up: 45 lb x 10 (empty bar), 105 lb x 3'],
      40,
      ['   Warm-up: 45 lb x 10 (empty bar),', '            105 lb x 3'],
    ],
    [
      'a checkbox hangs under its text',
      ['  [x] Hip circle band: Optional: the activation warm-up'],
      30,
      ['  [x] Hip circle band:', '      Optional: the activation', '      warm-up'],
    ],
  ])('%s', (_what, lines, width, folded) => {
    expect(fit(lines, width)).toEqual(folded);
  });

  it('never leaves a line over the width when its words fit', () => {
    const words =
      'Drive through the heels until shoulders, hips and knees form a straight line (R6).';
    for (let width = 20; width <= 100; width += 7)
      for (const line of fit([`   - ${words} ${words}`], width))
        expect(line.length).toBeLessThanOrEqual(width);
  });
});
