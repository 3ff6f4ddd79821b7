import { describe, expect, it } from 'vitest';
import { afterSet } from './rest.js';

describe('rest after a set', () => {
  it.each([
    ['main', 'heavy', 150],
    ['main', 'metabolic', 120],
    ['compound', 'heavy', 120],
    ['accessory', 'heavy', 75],
    ['activation', 'heavy', 45],
  ] as const)('after a %s set on a %s day: %i s', (role, kind, seconds) => {
    expect(afterSet(role, kind)).toBe(seconds);
  });
});
