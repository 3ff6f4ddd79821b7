/** Today's session as terminal text: what to lift, in order, with plates, cues and gear. */
import {
  Dates,
  Equipment,
  Evidence,
  Plates,
  Units,
  type Profile,
  type Today,
} from '../../domain/index.js';
import type { Item } from '../../domain/today.js';
import { wrap } from './evidence.js';
import { fit } from './fit.js';
import { lastTime } from './workout.js';

export function today(t: Today.Today, unit: Units.Unit): string {
  switch (t.kind) {
    case 'rest': {
      const moved = t.doneOn
        ? `Today's plan session was done on ${Dates.formatShort(t.doneOn)}. `
        : 'Rest day. ';
      return t.next
        ? `${moved}Next session: ${Dates.formatShort(t.next.date)} (${t.next.date}), ${t.next.title}.\nRun \`thrust today --date ${t.next.date}\` to see it now.`
        : `${moved}No session of this plan is left; after its last day, \`thrust plan --new\` starts the next.`;
    }
    case 'plan-over':
      return `Your plan has ended${t.lastDay ? ` (last session ${t.lastDay.date})` : ''}. \`thrust plan --new\` starts the next one: the same goal and week, every lift carrying on from your log (--goal or --days change them). \`thrust plan\` shows what it proposes.`;
    case 'training':
      break;
  }
  const { day, items } = t;
  const lines = [`${Dates.formatShort(day.date)} · week ${day.week} · ${day.title}`, ''];
  if (day.tests.length > 0) {
    lines.push(
      `Tests first, fresh (R11): ${day.tests.map((x) => (x === 'sprint' ? 'sprint (20 m)' : 'vertical jump')).join(', ')}. Record them with \`thrust test\`.`,
      '',
    );
  }
  // A cue shared by several exercises (hold the top, pelvis neutral) is said once.
  const said = new Set<string>();
  items.forEach((it, i) => lines.push(...item(it, i + 1, unit, said), ''));
  lines.push('Gear (R10):');
  for (const g of day.gear) {
    const missing = g.owned ? '' : g.required === false ? '' : ' (needed; not in your kit)';
    lines.push(`  [${g.owned ? 'x' : ' '}] ${Equipment.GEAR_NAMES[g.gear]}: ${g.why}${missing}`);
  }
  return fit(lines).join('\n');
}

/** One slot of a session: prescription, reason, plates, ramp, cues (less those in `said`). */
export function item(item: Item, n: number, unit: Units.Unit, said?: Set<string>): string[] {
  const p = item.prescription;
  const side = p.perSide ? ' each side' : '';
  const hold = p.holdSeconds > 0 ? `, hold ${p.holdSeconds} s at the top` : '';
  const what =
    p.load === null
      ? `calibrate: sets of ${p.reps}, working up`
      : p.load.value === 0
        ? `${p.sets} x ${p.reps}${side}${p.band ? ` with the ${p.band} band` : ', bodyweight'}`
        : `${p.sets} x ${p.reps}${side} @ ${Units.format(p.load, unit)}`;
  const out = [`${n}. ${item.exercise.name}: ${what}${hold}`, `   Why: ${p.reason}`];
  const sides = item.sides;
  if (sides) {
    const gap = sides.gapPercent !== null ? ` (last gap ${Math.round(sides.gapPercent)}%)` : '';
    out.push(
      sides.extraSet
        ? `   Sides: ${sides.first} first, and one extra ${sides.extraSet} set: the weaker side leads (R5)${gap}.`
        : `   Sides: ${sides.first} first${sides.gapPercent !== null && sides.gapPercent > 0 ? `, the weaker side last time${gap}` : ''} (R5).`,
    );
  }
  const last = lastTime(item.lastTime, unit);
  if (last) out.push(`   ${last}`);
  if (item.logged.length > 0) {
    const wanted = (p.perSide ? 2 * p.sets : p.sets) + (sides?.extraSet ? 1 : 0);
    const sets = item.logged.map(
      (s) =>
        `${s.side ? `${s.side[0]?.toUpperCase() ?? ''} ` : ''}${s.reps}${s.load.value > 0 ? `@${Units.format(s.load, unit)}` : ''}${s.clean ? '' : ' (not clean)'}`,
    );
    out.push(
      `   Logged today: ${Math.min(item.logged.length, wanted)} of ${wanted} sets (${sets.join(', ')})${item.complete ? ': done.' : `; ${wanted - item.logged.length} to go.`}`,
    );
    if (item.after) out.push(`   Next time: ${item.after.reason}`);
  }
  if (item.plates)
    out.push(
      `   Plates: ${Plates.describe(item.plates)}${item.plates.exact ? '' : ' (nearest loadable)'}`,
    );
  if (item.warmup.length > 0) {
    const ramp = item.warmup.map(
      (w) =>
        `${Units.format(w.load, unit)} x ${w.reps}${w.plates ? ` (${Plates.describe(w.plates)})` : ''}`,
    );
    out.push(`   Warm-up: ${ramp.join(', ')}`);
  }
  if (item.footCue) out.push(`   Feet first: ${item.footCue.text}`);
  out.push(`   ${item.slot.intent}`);
  const fresh = item.cues.filter((c) => !said?.has(c));
  for (const cue of fresh) {
    out.push(`   - ${cue}`);
    said?.add(cue);
  }
  const again = item.cues.length - fresh.length;
  if (again > 0) out.push(`   - and ${again === 1 ? 'the cue' : `the ${again} cues`} given above`);
  return out;
}

/** Each slot of a training day with where each of its numbers comes from. */
export function whyOf(
  t: Today.Today,
  profile: Profile.Profile,
): { track: string; lines: Evidence.WhyLine[] }[] {
  if (t.kind !== 'training') return [];
  return t.items.map((it) => ({
    track: it.slot.track,
    lines: Evidence.explain(it.slot, it.prescription, {
      units: profile.units,
      settings: profile.settings,
      step: it.step,
    }),
  }));
}

const ASPECT: Readonly<Record<Evidence.Aspect, string>> = {
  sets: 'Sets, reps',
  order: 'Order',
  effort: 'Effort',
  hold: 'Hold',
  load: 'Load',
  step: 'Next step',
  pace: 'Pace',
  stall: 'Stalls',
};

/** `thrust today --why`: today's session, each number with its source. */
export function why(t: Today.Today, profile: Profile.Profile): string {
  if (t.kind !== 'training') return today(t, profile.units);
  const lines = [
    `${Dates.formatShort(t.day.date)} · week ${t.day.week} · ${t.day.title}: where each number comes from`,
    '',
    line('Week', Evidence.session(profile)),
    '',
  ];
  const explained = whyOf(t, profile);
  t.items.forEach((it, i) => {
    lines.push(item(it, i + 1, profile.units)[0] ?? '');
    for (const l of explained[i]?.lines ?? []) lines.push(line(ASPECT[l.aspect], l));
    lines.push('');
  });
  lines.push(
    wrap(
      'Sources: R1-R11 are the rules of the seed article Thrust is built around; studies by first author and year; "convention" marks a default neither gives. `thrust evidence TOPIC` says what research says, e.g. thrust evidence progression.',
      '',
    ),
  );
  return lines.join('\n');
}

/** One explained number: its aspect, the text, and the sources the text does not name. */
function line(aspect: string, l: Evidence.WhyLine): string {
  const named = new Set(Evidence.sourcesIn(l.text).map(Evidence.label));
  const rest = l.sources.filter((s) => !named.has(Evidence.label(s)));
  const tags = rest.length > 0 ? ` [${Evidence.tags(rest)}]` : '';
  return wrap(`${l.text}${tags}`, ' '.repeat(16), `   ${aspect.padEnd(13)}`);
}
