/**
 * The Data screen's Garmin downloads in Chromium at 390 px against the built `thrust serve`:
 * a logged session picked by its day downloads as a FIT activity, the next session as a FIT
 * workout, both read back with Garmin's decoder.
 */
import { readFileSync } from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumHere, shoot } from './browser.testkit.js';
import { lifter, type Lifter } from './lifter.testkit.js';

const here = chromiumHere('web-fit.e2e');

function decode(path: string) {
  const bytes = Array.from(readFileSync(path));
  expect(new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()).toBe(true);
  return new Decoder(Stream.fromByteArray(bytes)).read().messages;
}

describe.skipIf(!here)('Garmin downloads on the Data screen at 390 px', () => {
  let l: Lifter;

  beforeAll(async () => {
    l = await lifter('fit');
    for (const [date, load] of [
      ['2026-10-19', 90],
      ['2026-10-22', 95],
    ] as const)
      await l.call('POST', '/api/v1/sets', {
        exercise: 'barbell-hip-thrust',
        date,
        sets: [0, 1].map(() => ({ load: { value: load, unit: 'lb' }, reps: 12, clean: true })),
      });
  }, 60_000);
  afterAll(() => l?.stop());

  it('downloads a picked session as an activity and the next session as a workout', async () => {
    const { page } = l;
    await page.goto(`${l.server.url}/#/data`);
    const session = page.getByLabel('Session');
    await expect.poll(() => session.isVisible(), { timeout: 20_000 }).toBe(true);
    // The newest session first; the older one picked.
    expect(await session.inputValue()).toBe('2026-10-22');
    await session.selectOption('2026-10-19');
    await shoot(
      page,
      'data-fit',
      page.getByRole('heading', { name: 'Garmin (FIT)' }).locator('..'),
    );

    const [activity] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Activity (.fit)' }).click(),
    ]);
    expect(activity.suggestedFilename()).toBe('thrust-2026-10-19.fit');
    const sets = (decode(await activity.path()).setMesgs ?? []).filter(
      (s) => s.setType === 'active',
    );
    expect(sets.map((s) => [s.repetitions, s.category?.[0], s.categorySubtype?.[0]])).toEqual([
      [12, 'hipRaise', 1],
      [12, 'hipRaise', 1],
    ]);
    expect(sets[0]?.weight).toBeCloseTo(90 * 0.45359237, 1);

    const [workout] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Next workout (.fit)' }).click(),
    ]);
    expect(workout.suggestedFilename()).toBe('thrust-workout-2026-11-02.fit');
    const m = decode(await workout.path());
    expect(m.workoutMesgs?.[0]?.subSport).toBe('strengthTraining');
    expect((m.workoutStepMesgs ?? []).some((s) => s.durationType === 'reps')).toBe(true);
  });
});
