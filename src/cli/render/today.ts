/** Today's session as terminal text: what to lift, in order, with plates, cues and gear. */
import { Dates, Equipment, Plates, Units, type Today } from '../../domain/index.js';
import type { Item } from '../../domain/today.js';

export function today(t: Today.Today, unit: Units.Unit): string {
  switch (t.kind) {
    case 'rest':
      return t.next
        ? `Rest day. Next session: ${Dates.formatShort(t.next.date)} (${t.next.date}), ${t.next.title}.\nRun \`thrust today --date ${t.next.date}\` to see it now.`
        : 'Rest day.';
    case 'plan-over':
      return `Your plan has ended${t.lastDay ? ` (last session ${t.lastDay.date})` : ''}. Run \`thrust plan --new\` for the next one; it continues from your log.`;
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
  items.forEach((it, i) => lines.push(...item(it, i + 1, unit), ''));
  lines.push('Gear (R10):');
  for (const g of day.gear) {
    lines.push(
      `  [${g.owned ? 'x' : ' '}] ${Equipment.GEAR_NAMES[g.gear]}: ${g.why}${g.owned ? '' : ' (not in your kit)'}`,
    );
  }
  return lines.join('\n');
}

/** One slot of a session: prescription, reason, plates, ramp, cues. */
export function item(item: Item, n: number, unit: Units.Unit): string[] {
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
  out.push(`   ${item.slot.intent}`);
  if (item.footCueFirst)
    out.push('   Last time you felt it in the hamstrings: check your feet first.');
  for (const cue of item.cues) out.push(`   - ${cue}`);
  return out;
}
