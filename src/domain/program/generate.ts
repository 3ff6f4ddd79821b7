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

/** R10: the gear a session needs and why, marked owned or not. */
function gearFor(kind: DayKind, slots: readonly Slot[], profile: Profile): GearItem[] {
  const heavy = kind === 'heavy' || kind === 'power';
  const has = (id: string): boolean => slots.some((s) => s.exercise === id);
  const needs = new Map<Gear, string>();
  const add = (gear: Gear, why: string): void => {
    if (!needs.has(gear)) needs.set(gear, why);
  };
  add('hip-circle-band', 'Activation warm-up above the knees (R4, R10).');
  add('flat-bench', 'Upper back on a flat bench for every hip thrust (R6, R10).');
  const loadedThrust = slots.some(
    (s) => s.role === 'main' && Catalogue.get(s.exercise).implement !== 'band',
  );
  if (loadedThrust) add('bar-pad', 'Pad the bar or dumbbell in the hip crease (R6, R10).');
  if (heavy && loadedThrust) add('belt', 'Lumbar support on heavy working sets (R10).');
  if (has('back-squat') || has('deadlift'))
    add('belt', 'Lumbar support on heavy compound sets (R10).');
  if ((heavy && loadedThrust) || has('back-squat')) {
    add('knee-sleeves', 'Knee support on heavy hip thrust and squat days (R10).');
  }
  if (has('cable-glute-kickback')) add('ankle-straps', 'Cable kickbacks (R10).');
  return [...needs].map(([gear, why]) => ({
    gear,
    why,
    owned: profile.inventory.gear.includes(gear),
  }));
}
export { mainLift } from './templates.js';
