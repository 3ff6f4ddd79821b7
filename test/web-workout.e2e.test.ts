/**
 * The web app on the gym floor, a session after an earlier one: "last time" under the
 * prescription, and a set that beats a record says so on its card once the server has it.
 * Chromium at 390 px against the built `thrust serve`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, shoot } from './browser.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-workout.e2e');

describe.skipIf(!here)('last time and records on Today at 390 px', () => {
  let l: Lifter;

  beforeAll(async () => {
    l = await lifter('workout');
    // The lifter's last session, two weeks before the plan starts (Today is Mon 2 Nov 2026).
    await l.call('POST', '/api/v1/sets', {
      exercise: 'barbell-hip-thrust',
      date: '2026-10-19',
      sets: [0, 1, 2].map(() => ({ load: { value: 90, unit: 'lb' }, reps: 12, clean: true })),
    });
  }, 60_000);
  afterAll(() => l?.stop());

  it('shows last time beside the prescription, and a record when a set beats one', async () => {
    await l.today();
    const last = l.barbell().getByTestId(/^last-time-/);
    expect(await last.textContent()).toBe('Last time (Mon 19 Oct): 3 × 12 @ 90 lb');

    // The heavy day's first set, 110 lb x 6, is heavier than anything logged, and its
    // estimated 1RM beats 90 lb x 12's.
    const first = l.barbell().getByRole('button', { name: 'Log set: Barbell hip thrust 1' });
    await first.click();
    const notice = l.barbell().getByTestId(/^undo-/);
    await expect
      .poll(() => notice.textContent(), { timeout: 10_000 })
      .toMatch(
        /New record: heaviest set 110 lb × 6 \(was 90 lb × 12\)\. New record: estimated 1RM 132 lb \(was 126 lb\), from 110 lb × 6\./,
      );
    await shoot(l.page, 'workout-record', l.barbell());
    const stored = await l.sets('barbell-hip-thrust');
    expect(stored).toHaveLength(4);
  });
});
