import { describe, expect, it } from 'vitest';
import * as Why from '../evidence/why.js';
import { lifter } from '../fixtures.js';
import { defaultDays, SESSIONS_PER_WEEK, type Goal } from '../profile.js';
import { generate } from './generate.js';

describe('plans of 1 to 6 sessions a week', () => {
  it.each(SESSIONS_PER_WEEK)('%i a week: that many sessions each week, on distinct days', (n) => {
    const plan = generate(lifter({ sessionsPerWeek: n, days: defaultDays(n) }), '2026-11-23');
    expect(plan.weekdays).toHaveLength(n);
    expect(new Set(plan.weekdays).size).toBe(n);
    expect(plan.days).toHaveLength(12 * n);
    for (let w = 1; w <= 12; w++) {
      const days = plan.days.filter((d) => d.week === w);
      expect(days).toHaveLength(n);
      // Each week fits in its seven days: no session of week w after week w+1 begins.
      const first = days[0]?.date ?? '';
      const last = days[days.length - 1]?.date ?? '';
      expect(Date.parse(last) - Date.parse(first)).toBeLessThan(7 * 86_400_000);
    }
  });

  it.each([
    ['glutes', 1, ['heavy']],
    ['glutes', 2, ['heavy', 'metabolic']],
    ['glutes', 3, ['heavy', 'volume', 'metabolic']],
    ['glutes', 5, ['heavy', 'volume', 'metabolic', 'heavy', 'volume']],
    ['athletic', 4, ['power', 'volume', 'power', 'volume']],
  ] as const)('%s, %i a week: days of kind %j', (goal: Goal, n, kinds) => {
    const p = lifter({ goal, sessionsPerWeek: n, days: defaultDays(n) });
    const plan = generate(p, '2026-11-23');
    expect(plan.days.filter((d) => d.week === 1).map((d) => d.kind)).toEqual(kinds);
  });

  it('alternates squat and deadlift days on an accessory plan of 4', () => {
    const p = lifter({
      goal: 'accessory',
      compounds: true,
      sessionsPerWeek: 4,
      days: defaultDays(4),
    });
    const titles = generate(p, '2026-11-23')
      .days.filter((d) => d.week === 1)
      .map((d) => d.title);
    expect(titles).toEqual([
      'Lower body: squat',
      'Lower body: deadlift',
      'Lower body: squat',
      'Lower body: deadlift',
    ]);
  });

  it('says where the week stands against the seed’s 2-3 (R2)', () => {
    expect(Why.session({ sessionsPerWeek: 1 }).text).toMatch(/^1 hip thrust session a week, below/);
    expect(Why.session({ sessionsPerWeek: 3 }).text).toMatch(/within the seed's 2-3/);
    expect(Why.session({ sessionsPerWeek: 6 }).text).toMatch(/above the seed's 2-3/);
  });
});
