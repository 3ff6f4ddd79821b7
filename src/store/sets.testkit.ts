/**
 * A set as a lifter logs it, for the store's tests and benches: a clean barbell hip thrust
 * of 95 lb x 12 with a fresh id unless `over` says otherwise. One builder, so a field added
 * to NewSet is added once.
 */
import { randomUUID } from 'node:crypto';
import type { NewSet } from './port.js';

export function newSet(over: Partial<NewSet> = {}): NewSet {
  return {
    id: randomUUID(),
    exercise: 'barbell-hip-thrust',
    load: { value: 95, unit: 'lb' },
    reps: 12,
    side: null,
    holdSeconds: null,
    clean: true,
    band: null,
    rpe: null,
    rir: null,
    felt: null,
    note: null,
    warmup: false,
    loggedAt: '2026-03-02T18:00:00.000Z',
    ...over,
  };
}
