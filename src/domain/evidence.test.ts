/**
 * Every line a lifter reads says where it comes from: each cue, each slot's intent and
 * rules, each gear reason, and the reason of every prescription a simulated year of
 * training produces carries a seed rule id, a study key from the evidence module,
 * "convention" or "practitioner guidance". And the evidence module holds together.
 */
import { describe, expect, it } from 'vitest';
import * as Catalogue from './catalogue/index.js';
import * as E1rm from './e1rm.js';
import { BAND_LEVELS, GEAR, fullGym, type Inventory } from './equipment.js';
import * as Evidence from './evidence.js';
import { lifter, only, setsOf, simulate, type Performer } from './fixtures.js';
import * as Progression from './progression/index.js';
import * as Life from './progression/life.js';
import { GOALS, GOAL_NAMES, type Profile } from './profile.js';
import { gearFor, generate } from './program/generate.js';
import type { Plan } from './program/plan.js';
import { templatesFor } from './program/templates.js';
import type { Unit } from './units.js';

const RULE = /^R([1-9]|1[01])$/;

/** A lifter's kit: a full gym, dumbbells only (a short rack), bands only, or bodyweight. */
function kits(units: Unit): Record<string, Inventory> {
  const gym = fullGym(units);
  return {
    gym,
    dumbbells: {
      ...gym,
      barbell: null,
      cable: false,
      dumbbells: { unit: units, min: 10, max: 30, step: 5 },
    },
    bands: { ...gym, barbell: null, dumbbells: null, cable: false, bands: BAND_LEVELS },
    bodyweight: { barbell: null, dumbbells: null, cable: false, bands: [], gear: GEAR },
  };
}

/** Every profile shape the templates branch on. */
function profiles(): Profile[] {
  const out: Profile[] = [];
  for (const units of ['lb', 'kg'] as const)
    for (const [, inventory] of Object.entries(kits(units)))
      for (const goal of GOALS)
        for (const sessionsPerWeek of [2, 3] as const)
          for (const compounds of [false, true])
            out.push(lifter({ units, inventory, goal, sessionsPerWeek, compounds }));
  return out;
}

const untagged = (lines: readonly string[]) => lines.filter((l) => !Evidence.hasSource(l));

describe('every line a lifter reads carries its source', () => {
  it('every cue of every exercise', () => {
    const cues = Catalogue.EXERCISES.flatMap((e) => [
      ...e.cues.setup,
      ...e.cues.drive,
      ...e.cues.feet,
    ]);
    expect(cues.length).toBeGreaterThan(20);
    expect(untagged(cues)).toEqual([]);
  });

  it('every slot intent, and rules that are all seed rules or sources', () => {
    const slots = profiles().flatMap((p) =>
      templatesFor(p).flatMap((t) => [...t.slots(1), ...t.slots(2)]),
    );
    expect(untagged(slots.map((s) => s.intent))).toEqual([]);
    for (const s of slots) {
      expect(s.rules.length, s.track).toBeGreaterThan(0);
      for (const r of s.rules) expect(RULE.test(r) || Evidence.hasSource(r), r).toBe(true);
    }
  });

  it('every gear reason', () => {
    const reasons = profiles().flatMap((p) =>
      templatesFor(p).flatMap((t) => gearFor(t.kind, t.slots(1), p).map((g) => g.why)),
    );
    expect(reasons.length).toBeGreaterThan(100);
    expect(untagged(reasons)).toEqual([]);
  });

  it('what an e1RM is, wherever one is shown', () => {
    expect(untagged([E1rm.ESTIMATE_NOTE])).toEqual([]);
    expect(Evidence.sourcesIn(E1rm.ESTIMATE_NOTE).map(Evidence.label)).toEqual([
      'Hutchins 2010',
      'de Hoyo 2021',
      'convention',
    ]);
  });

  it('the goals, as named and as explained', () => {
    const lines = GOALS.flatMap((g) => [
      GOAL_NAMES[g],
      Evidence.GOAL_EVIDENCE[g].does,
      Evidence.GOAL_EVIDENCE[g].known,
    ]);
    expect(untagged(lines)).toEqual([]);
  });

  it('every prescription eight simulated weeks produce: on target, short, sloppy, calibrating', () => {
    const reasons = new Set<string>();
    const changes = new Set<string>();
    // Every third session short by two reps on every set; every fifth not clean.
    const mixed: Performer = (p, _day, i) =>
      setsOf(p, { reps: i % 3 === 2 ? Math.max(1, p.reps - 2) : p.reps, clean: i % 5 !== 4 });
    const stuck: Performer = (p) => setsOf(p, { reps: Math.max(1, p.reps - 2), clean: true });
    const calibrating: Performer = (p) =>
      setsOf(p, { reps: p.reps, clean: true, ...(p.load ? {} : { load: lb(95) }) });
    const runs = [
      { working: null, perform: calibrating },
      { working: { load: 95, reps: 12 }, perform: mixed },
      { working: { load: 155, reps: 3 }, perform: stuck },
    ];
    for (const base of profiles().filter((p) => !p.compounds && p.sessionsPerWeek === 3)) {
      for (const { working, perform } of runs) {
        const profile: Profile = {
          ...base,
          working: working && {
            exercise: 'barbell-hip-thrust',
            load: { value: working.load, unit: base.units },
            reps: working.reps,
          },
        };
        const plan = generate(profile, '2026-01-05', { blocks: 2 });
        const log = simulate(plan, profile, plan.days.length, perform);
        for (const replays of Life.replayLife(only(plan), log, profile).values())
          for (const r of replays.values())
            for (const step of r.steps) {
              reasons.add(step.reason);
              changes.add(step.change);
            }
      }
    }
    // The simulation reaches every kind of step, so every reason's wording is walked.
    expect([...changes].sort()).toEqual(
      [
        'band',
        'calibrate',
        'deload',
        'fixed',
        'hold-pace',
        'hold-time',
        'increase',
        'repeat',
        'reps',
        'start',
        'top-of-equipment',
      ].sort(),
    );
    expect(untagged([...reasons])).toEqual([]);
  });
});

const lb = (value: number) => ({ value, unit: 'lb' as const });

describe('the evidence module', () => {
  it('cites only studies it lists, and every formula of e1rm.ts by name and year', () => {
    const keys = new Set(Evidence.STUDIES.map((s) => s.key));
    for (const c of Evidence.CLAIMS)
      for (const s of c.sources) if (s.kind === 'study') expect(keys.has(s.key), s.key).toBe(true);
    for (const f of E1rm.FORMULA_IDS) expect(keys.has(Evidence.formulaKey(f)), f).toBe(true);
    expect(Evidence.formulaKey('epley')).toBe('Epley 1985');
    expect(Evidence.formulaKey('oconner')).toBe("O'Conner 1989");
  });

  it('has a claim for every topic, with sources, and each of the eleven disagreements', () => {
    for (const t of Evidence.TOPIC_IDS) expect(Evidence.byTopic(t).length, t).toBeGreaterThan(0);
    for (const c of Evidence.CLAIMS) expect(c.sources.length, c.id).toBeGreaterThan(0);
    expect(Evidence.DISAGREEMENTS.map((d) => d.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const cited = new Set(Evidence.CLAIMS.flatMap((c) => c.disagreement ?? []));
    expect([...cited].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(Evidence.CLAIMS.map((c) => c.id)).size).toBe(Evidence.CLAIMS.length);
  });

  it('names a study in its text only when it lists it as a source', () => {
    for (const c of Evidence.CLAIMS) {
      const named = Evidence.sourcesIn(`${c.thrust} ${c.known}`)
        .filter((s) => s.kind === 'study')
        .map(Evidence.label);
      const listed = c.sources.map(Evidence.label);
      for (const k of named) expect(listed, `${c.id} names ${k}`).toContain(k);
    }
  });

  it.each([
    ['transfer', 'sprint-jump'],
    ['sprint', 'sprint-jump'],
    ['Plotkin 2023', 'hip-thrust-vs-squat'],
    ['R11', 'sprint-jump'],
    ['calendar-pace', 'calendar-pace'],
    ['TAPE', 'hip-circumference'],
  ])('finds %s', (query, id) => {
    expect(Evidence.lookup(query).map((c) => c.id)).toContain(id);
  });

  it('finds nothing for an unknown word', () => {
    expect(Evidence.lookup('kettlebell')).toEqual([]);
  });

  it('reads tags as whole keys', () => {
    expect(Evidence.sourcesIn('rest (Schoenfeld 2016b)').map(Evidence.label)).toEqual([
      'Schoenfeld 2016b',
    ]);
    expect(Evidence.sourcesIn('pace (R8), hold (R10); a convention').map(Evidence.label)).toEqual([
      'R8',
      'R10',
      'convention',
    ]);
    expect(Evidence.hasSource('Drive through the heels.')).toBe(false);
  });

  it('says what the research says about the athletic goal: no jump, little sprint', () => {
    const c = Evidence.claim('sprint-jump');
    expect(c?.known).toMatch(/no transfer to jumping/);
    expect(c?.thrust).toMatch(/see for yourself/);
    expect(Evidence.GOAL_EVIDENCE.athletic.known).toMatch(/no transfer to jumping/);
  });
});

describe('where each number of a prescription comes from', () => {
  const itemsOf = (profile: Profile, plan: Plan, sessions: number) => {
    const log = simulate(plan, profile, sessions);
    const replays = Life.replayLife(only(plan), log, profile);
    return [...(replays.values().next().value?.values() ?? [])];
  };

  it('gives every slot of every plan lines with sources', () => {
    for (const profile of profiles().filter((p) => p.units === 'lb')) {
      const plan = generate(profile, '2026-01-05');
      for (const r of itemsOf(profile, plan, 6))
        for (const step of r.steps) {
          const lines = Evidence.explain(r.slot, step, {
            units: profile.units,
            settings: profile.settings,
          });
          expect(lines.length, r.slot.track).toBeGreaterThan(0);
          for (const l of lines) expect(l.sources.length, l.text).toBeGreaterThan(0);
        }
    }
  });

  it('tells a kilogram lifter the seed’s pace in kilograms, and that research waits on performance', () => {
    const profile = lifter({
      units: 'kg',
      working: { exercise: 'barbell-hip-thrust', load: { value: 60, unit: 'kg' }, reps: 10 },
    });
    const plan = generate(profile, '2026-01-05');
    // Ten clean reps every set, whatever is asked: the top of the heavy range at once, so
    // the load waits only for the pace.
    const log = simulate(plan, profile, 9, (p) => setsOf(p, { reps: 10, clean: true }));
    const heavy = [
      ...(Life.replayLife(only(plan), log, profile).get('plan-1')?.values() ?? []),
    ].find((r) => r.slot.track.endsWith('/heavy'));
    if (!heavy) throw new Error('no heavy track');
    const held = heavy.steps.find((s) => s.change === 'hold-pace');
    expect(held?.reason).toMatch(/at most 4\.5 kg every 3 weeks, R8; research waits/);
    expect(held?.reason).not.toMatch(/lb/);
    const pace = Evidence.explain(heavy.slot, heavy.steps[0] as never, {
      units: 'kg',
      settings: profile.settings,
    }).find((l) => l.aspect === 'pace');
    expect(pace?.text).toMatch(/at most 4\.5 kg every 3 weeks/);
    expect(pace?.sources.map(Evidence.label)).toEqual(['R8', 'ACSM 2009']);
  });

  it('says a light barbell step is more than research’s 2-10%, and takes a smaller one the plates allow', () => {
    const profile = lifter({
      working: { exercise: 'barbell-hip-thrust', load: lb(65), reps: 8 },
    });
    const plan = generate(profile, '2026-01-05');
    const heavy = itemsOf(profile, plan, 0).find((r) => r.slot.track.endsWith('/heavy'));
    if (!heavy) throw new Error('no heavy track');
    const first = heavy.steps[0] as Progression.Prescription;
    const stepLine = (opts: Evidence.WhyOptions) =>
      Evidence.explain(heavy.slot, first, opts).find((l) => l.aspect === 'step');
    // With nothing known of the plates: the seed's 10 lb, said to be 15% of 65 lb.
    expect(stepLine({ units: 'lb' })?.text).toMatch(
      /adds 10 lb, .* At 65 lb this step is 15%, more than that: a pair of 1\.25 lb plates would allow a smaller one\./,
    );
    // A full gym's 2.5 lb plates add 5 lb: about 8%, and said so.
    const ex = Catalogue.get('barbell-hip-thrust');
    const step = Progression.stepAt(ex, profile.inventory, lb(65), 'lb');
    expect(step.step).toEqual(lb(5));
    const line = stepLine({ units: 'lb', step });
    expect(line?.text).toMatch(
      /adds 5 lb \(8% of 65 lb\), less than the seed's 10 lb, which would be 15%/,
    );
    expect(line?.sources.map(Evidence.label)).toEqual(['R8', 'ACSM 2009']);
  });
});
