/** Turn a profile into a plan: dated sessions, grouped into blocks, each with its gear list. */
import * as Catalogue from '../catalogue/index.js';
import { addDays, weekday, type IsoDate } from '../dates.js';
import type { Gear } from '../equipment.js';
import { trainingDays, type Profile } from '../profile.js';
import type { Block, DayKind, GearItem, PerformanceTest, Plan, PlanDay, Slot } from './plan.js';
import { templatesFor } from './templates.js';

export interface GenerateOptions {
  /** Weeks per block. */
  readonly blockWeeks: number;
  readonly blocks: number;
}

/** Three blocks of four weeks: long enough to see progress, short enough to revisit. */
export const DEFAULT_OPTIONS = { blockWeeks: 4, blocks: 3 } as const satisfies GenerateOptions;

const BLOCK_NAMES = ['Foundation', 'Build', 'Push', 'Consolidate', 'Extend', 'Peak'];

function blockFocus(index: number): string {
  return index === 1
    ? 'Learn the setup, find the working loads, 3 work sets.'
    : 'Carry the loads forward; heavy days add a fourth set (R2: 3-4 sets).';
}

/**
 * Sessions fall on the lifter's weekdays from `start` on; day kinds rotate in template
 * order, so the first session is always the first kind (heavy before metabolic).
 */
export function generate(
  profile: Profile,
  start: IsoDate,
  options: Partial<GenerateOptions> = {},
): Plan {
  const opts = { ...DEFAULT_OPTIONS, ...options } satisfies GenerateOptions;
  const templates = templatesFor(profile);
  const weekdays = trainingDays(profile);
  const perWeek = templates.length;
  const total = opts.blockWeeks * opts.blocks * perWeek;
  const days: PlanDay[] = [];
  for (let date = start; days.length < total; date = addDays(date, 1)) {
    if (!weekdays.includes(weekday(date))) continue;
    const i = days.length;
    const week = Math.floor(i / perWeek) + 1;
    const block = Math.floor((week - 1) / opts.blockWeeks) + 1;
    const t = templates[i % perWeek];
    if (!t) throw new Error('no day templates');
    const slots = t.slots(block);
    const firstOfBlock = (week - 1) % opts.blockWeeks === 0 && i % perWeek === 0;
    const lastWeekFirstDay = week === opts.blockWeeks * opts.blocks && i % perWeek === 0;
    days.push({
      id: `w${week}d${(i % perWeek) + 1}`,
      date,
      week,
      kind: t.kind,
      title: t.title,
      slots,
      tests: profile.goal === 'athletic' && (firstOfBlock || lastWeekFirstDay) ? TESTS : [],
      gear: gearFor(t.kind, slots, profile),
    });
  }
  const blocks: Block[] = Array.from({ length: opts.blocks }, (_, b) => ({
    index: b + 1,
    name: BLOCK_NAMES[b] ?? `Block ${b + 1}`,
    focus: blockFocus(b + 1),
    weeks: Array.from({ length: opts.blockWeeks }, (_, w) => b * opts.blockWeeks + w + 1),
  }));
  return { goal: profile.goal, start, weekdays, blocks, days };
}

/** R11: sprint and jump tested at the start of each block and in the last week. */
const TESTS: readonly PerformanceTest[] = ['sprint', 'vertical-jump'];

/**
 * R10: the gear a session uses and why, marked owned or not, and whether it is needed or
 * optional. Needed: a bench for the upper back and something to pad a loaded bar (R6), a
 * band when the band is the load, straps for cable kickbacks. Optional, and said so: the
 * belt and knee sleeves (the seed suggests them; no study has tested either on the hip
 * thrust, EVIDENCE.md "Where the seed and the research disagree" 9) and the hip circle
 * band for the activation warm-up (the seed's warm-up; studies are mixed: Crow 2012,
 * Comyns 2015, Parr 2017), listed only when the session has that warm-up (a lifter with no
 * band is prescribed none).
 */
export function gearFor(kind: DayKind, slots: readonly Slot[], profile: Profile): GearItem[] {
  const heavy = kind === 'heavy' || kind === 'power';
  const has = (id: string): boolean => slots.some((s) => s.exercise === id);
  const needs = new Map<Gear, { why: string; required: boolean }>();
  const add = (gear: Gear, required: boolean, why: string): void => {
    if (!needs.has(gear)) needs.set(gear, { why, required });
  };
  const banded = slots.some(
    (s) => s.role === 'main' && Catalogue.get(s.exercise).implement === 'band',
  );
  add('flat-bench', true, 'Upper back on a flat bench for every hip thrust (R6, R10).');
  if (banded)
    add('hip-circle-band', true, 'The band is the load of your hip thrusts, and the warm-up (R4).');
  const loadedThrust = slots.some(
    (s) =>
      s.role === 'main' &&
      Catalogue.get(s.exercise).implement !== 'band' &&
      Catalogue.get(s.exercise).implement !== 'bodyweight',
  );
  if (loadedThrust)
    add(
      'bar-pad',
      true,
      'Pad the bar or dumbbell in the hip crease; a folded towel does (R6, R10).',
    );
  if (has('cable-glute-kickback')) add('ankle-straps', true, 'Cable kickbacks (R10).');
  if (slots.some((s) => s.role === 'activation'))
    add(
      'hip-circle-band',
      false,
      'Optional: the activation warm-up above the knees (R4). The seed recommends it; studies of such warm-ups are mixed.',
    );
  if (heavy && loadedThrust)
    add(
      'belt',
      false,
      'Optional: the seed suggests one for heavy sets (R10); no study has tested belts on the hip thrust.',
    );
  if (has('back-squat') || has('deadlift'))
    add(
      'belt',
      false,
      'Optional: many lifters wear one for heavy squats and deadlifts (convention).',
    );
  if ((heavy && loadedThrust) || has('back-squat'))
    add(
      'knee-sleeves',
      false,
      'Optional: the seed suggests them on heavy days (R10); no study has tested sleeves on the hip thrust.',
    );
  // Keys in the plan schema's order, so a plan reads back the same whether it was made here
  // or restored through the schema (sql-store.ts reads stored plans without re-checking).
  return [...needs].map(([gear, n]) => ({
    gear,
    why: n.why,
    owned: profile.inventory.gear.includes(gear),
    required: n.required,
  }));
}
export { mainLift } from './templates.js';
