/**
 * `thrust init` on a terminal: the questions for what the flags did not say, each checked as
 * it is typed. The prompts' package loads only when a question is asked.
 */
import { Equipment, Profile } from '../../domain/index.js';
import * as A from '../answers.js';
import { EXIT, Exit } from '../exit.js';

/** `thrust init`'s flags, as commander gives them. */
export interface InitFlags {
  name?: string;
  units?: string;
  goal?: string;
  days?: string;
  weekdays?: string;
  barbell: boolean;
  bar?: string;
  plates?: string;
  dumbbells?: string;
  cable: boolean;
  bands?: string;
  gear?: string;
  working?: string;
  compounds?: boolean;
  start?: string;
  yes?: boolean;
  force?: boolean;
  json?: boolean;
}

/** Whether the lifter gave a flag, rather than commander's default (for --no-barbell etc.). */
export type Given = (flag: keyof InitFlags) => boolean;

/**
 * Ask for what the flags did not say, on a terminal: units, goal, sessions, then the gear
 * that shapes the plan (barbell and plates, dumbbells, bands, cable, other gear), whether
 * squats and deadlifts are in the week, and a recent working set. Each answer is checked
 * where it is typed, and asked again until it is good.
 */
export async function ask(f: InitFlags, given: Given): Promise<InitFlags> {
  const p = await import('@clack/prompts');
  const got = <T>(v: T): Exclude<T, symbol> => {
    if (typeof v === 'symbol') throw new Exit(EXIT.usage, 'Cancelled: nothing was saved.');
    return v as Exclude<T, symbol>;
  };
  p.intro('Thrust: a few questions to build your plan');
  const out = { ...f };
  if (!f.units)
    out.units = got(
      await p.select({
        message: 'Units',
        options: [
          { value: 'lb', label: 'pounds (lb)' },
          { value: 'kg', label: 'kilograms (kg)' },
        ],
      }),
    );
  const unit = (out.units ?? 'lb') as A.Unit;
  const e = A.EXAMPLE[unit];
  const gym = Equipment.fullGym(unit);
  if (!f.goal)
    out.goal = got(
      await p.select({
        message: 'Goal',
        options: Profile.GOALS.map((g) => ({ value: g, label: Profile.GOAL_NAMES[g] })),
      }),
    );
  if (!f.days && !f.weekdays)
    out.days = got(
      await p.select({
        message: 'Sessions a week',
        options: [3, 2, 1, 4, 5, 6].map((n) => ({
          value: String(n),
          label: `${n} (${Profile.defaultDays(n as Profile.SessionsPerWeek)
            .map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)}`)
            .join(
              ', ',
            )})${n === 3 || n === 2 ? '' : n === 1 ? ': below the seed’s 2-3' : ': above the seed’s 2-3'}`,
        })),
      }),
    );
  if (!given('barbell') && f.bar === undefined && f.plates === undefined)
    out.barbell = got(
      await p.confirm({ message: 'Do you have a barbell (and plates) for hip thrusts?' }),
    );
  if (out.barbell) {
    if (f.bar === undefined) {
      const bar = String(gym.barbell?.bar.value ?? e.bar);
      out.bar = got(
        await p.text({
          message: `Bar weight in ${unit} (empty for ${bar})`,
          placeholder: bar,
          defaultValue: bar,
          validate: A.prompt((v) => A.barWeight(v || bar, unit)),
        }),
      );
    }
    if (f.plates === undefined) {
      const full = (gym.barbell?.plates ?? []).map((x) => `${x.weight}x${x.pairs}`).join(',');
      out.plates = got(
        await p.text({
          message: `Plates as WEIGHTxPAIRS in ${unit}, e.g. ${e.plates} (empty for a full gym: ${full})`,
          placeholder: full,
          defaultValue: full,
          validate: A.prompt((v) => A.plateList(v || full, unit)),
        }),
      );
    }
  }
  if (f.dumbbells === undefined)
    out.dumbbells = got(
      await p.text({
        message: `Dumbbells as LIGHTEST-HEAVIEST/STEP in ${unit}, e.g. ${e.dumbbells}, or none (empty for none)`,
        placeholder: 'none',
        defaultValue: 'none',
        validate: A.prompt((v) => A.dumbbellRange(v, unit)),
      }),
    );
  if (f.bands === undefined) {
    const v = got(
      await p.multiselect({
        message: 'Hip circle bands you own (space to pick, enter when done; none is fine)',
        options: Equipment.BAND_LEVELS.map((b) => ({ value: b, label: b })),
        initialValues: [...Equipment.BAND_LEVELS],
        required: false,
      }),
    );
    out.bands = v.length ? v.join(',') : 'none';
  }
  if (!given('cable'))
    out.cable = got(
      await p.confirm({ message: 'Is there a cable machine you can use?', initialValue: true }),
    );
  if (f.gear === undefined) {
    // The band is asked above; the rest of R10's gear here.
    const gear = Equipment.GEAR.filter((g) => g !== 'hip-circle-band');
    const v = got(
      await p.multiselect({
        message: 'Other gear you own (space to pick, enter when done)',
        options: gear.map((g) => ({ value: g, label: Equipment.GEAR_NAMES[g] })),
        initialValues: [...gear],
        required: false,
      }),
    );
    out.gear = v.length ? v.join(',') : 'none';
  }
  if (f.compounds === undefined)
    out.compounds = got(
      await p.confirm({
        message: 'Are squats or deadlifts in your week? (they come before the hip thrusts, R3)',
        initialValue: out.goal === 'accessory',
      }),
    );
  const dumbbells = out.dumbbells === undefined ? null : A.dumbbellRange(out.dumbbells, unit);
  const loaded = out.barbell || (dumbbells?.ok === true && dumbbells.value !== null);
  if (f.working === undefined && loaded) {
    const lift = out.barbell ? 'barbell hip thrust' : 'dumbbell hip thrust';
    out.working = got(
      await p.text({
        message: `A recent ${lift} working set as LOADxREPS in ${unit}, e.g. ${e.working} (empty if you don't know: the first session finds it)`,
        placeholder: "don't know",
        defaultValue: 'unknown',
        validate: A.prompt((v) => A.workingSet(v, unit)),
      }),
    );
  }
  p.outro('Building your plan.');
  return out;
}
