/** `thrust stats` as terminal text. */
import type { ExerciseStats, Overview } from '../../app/stats.js';
import { Catalogue, Dates, Units } from '../../domain/index.js';
import { spark, table } from './spark.js';

const r1 = (x: number) => Units.roundForDisplay(x, 1);
const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((a / b) * 100)}%`);

export function overview(o: Overview): string {
  const u = o.unit;
  const out: string[] = [];
  const t = o.adherence.total;
  out.push(
    `Adherence: ${t.doneSessions}/${t.plannedSessions} sessions (${pct(t.doneSessions, t.plannedSessions)}), ${t.doneSets}/${t.plannedSets} sets (${pct(t.doneSets, t.plannedSets)}) so far`,
  );
  for (const b of o.adherence.blocks)
    out.push(
      `  block ${b.block} ${b.name}: ${b.doneSessions}/${b.plannedSessions} sessions, ${b.doneSets}/${b.plannedSets} sets`,
    );

  const weeks = o.weeks.slice(-12);
  if (weeks.length) {
    out.push(
      '',
      `Glute hard sets a week (last ${weeks.length}): ${spark(weeks.map((w) => w.glutes.sets))}  ${weeks.map((w) => w.glutes.sets).join(' ')}`,
    );
    out.push(
      '  (hip thrust variations and kickbacks; each side of single-leg work counts as a set; warm-ups excluded)',
    );
  }

  const name = Catalogue.get(o.mainLift).name;
  const bests = o.main.bests;
  const last = bests.at(-1);
  out.push('', `${name}:`);
  if (!last) out.push('  nothing logged yet');
  else {
    out.push(`  e1RM by session: ${spark(bests.slice(-30).map((b) => b.e1rm))}`);
    out.push(
      `  latest ${last.date}: top set ${Units.format(last.top.load, u)} x ${last.top.reps}${last.e1rm !== null ? `, e1RM ${r1(last.e1rm)} ${u}` : ''}`,
    );
    const pr = o.main.prs.e1rm.at(-1);
    if (pr)
      out.push(
        `  e1RM PR: ${r1(pr.e1rm)} ${u} (${Units.format(pr.set.load, u)} x ${pr.set.reps}) on ${pr.date}`,
      );
  }
  const p = o.projection;
  const goal = `${Units.format(p.target.load)} for ${p.target.sets}x${p.target.reps}`;
  const r = p.result;
  switch (r.kind) {
    case 'reached':
      out.push(`  ${goal}: reached on ${r.date}`);
      break;
    case 'not-enough-data':
      out.push(`  ${goal}: need 3 sessions in the last 12 weeks to project (have ${r.sessions})`);
      break;
    case 'not-rising':
      out.push(
        `  ${goal}: no upward trend in the last 12 weeks (seed pace: ${r1(r.referencePerWeek)} ${u}/week)`,
      );
      break;
    case 'projected':
      out.push(
        `  ${goal}: around ${Dates.formatShort(r.date)} ${r.date.slice(0, 4)} (likely ${r.earliest} to ${r.latest ?? 'open-ended'})`,
        `  pace ${r1(r.perWeek)} ${u}/week, ${Math.round(r.paceRatio * 100)}% of the seed's reference (95 -> 185 lb in 26 weeks = ${r1(r.referencePerWeek)} ${u}/week)`,
      );
      break;
  }

  const s = o.symmetry;
  if (s.latest) {
    out.push(
      '',
      `Single-leg symmetry: LSI ${r1(s.latest.lsi)}%${s.latest.weaker ? `, ${s.latest.weaker} weaker` : ''} ${spark(s.points.map((x) => x.lsi))}`,
    );
    out.push(
      `  ${s.flagged ? 'gap over the threshold: the weaker side goes first and gets an extra set' : 'within the threshold'}${s.points.length > 1 ? `; gap ${s.closing ? 'closing' : 'not closing'}` : ''}`,
    );
  }

  const h = o.hip;
  out.push('', 'Hip circumference:');
  if (!h.trend.latest) out.push('  none yet: `thrust measure VALUE` (monthly, R9)');
  else {
    const unit = h.series.at(-1)?.unit ?? '';
    out.push(
      `  latest ${h.trend.latest.value} ${unit} on ${h.trend.latest.date} ${spark(h.series.map((m) => m.value))}`,
    );
    if (h.trend.change !== null) {
      out.push(
        `  ${h.trend.change >= 0 ? '+' : ''}${r1(h.trend.change)} ${unit} since ${h.trend.first?.date}${h.trend.perMonth !== null ? ` (${r1(h.trend.perMonth)} a month)` : ''}: ${h.trend.real ? 'larger than tape error' : `within tape error (±${r1(h.trend.smallestRealDifference ?? 0)} ${unit})`}`,
      );
    }
  }
  out.push(
    `  ${h.due.due ? 'measurement due now' : `next due in ${30 - (h.due.daysSince ?? 0)} days`}`,
  );

  if (o.tests.length) {
    out.push('', 'Performance tests (R11), beside the hip thrust e1RM at the time:');
    out.push(
      table(
        o.tests
          .slice(-8)
          .map((t) => [
            t.date,
            t.kind === 'sprint' ? `sprint ${t.distanceM} m` : 'vertical jump',
            `${t.value} ${t.unit}`,
            t.hipThrustE1rm !== null ? `e1RM ${r1(t.hipThrustE1rm)} ${u}` : '',
          ]),
      ).replace(/^/gm, '  '),
    );
  }
  if (o.stalls.length) {
    out.push('', 'Stalled:');
    for (const st of o.stalls)
      out.push(
        `  ${Catalogue.nameOf(st.exercise)}: ${Units.format(st.load, u)} since ${st.since} (${st.weeks} weeks). Plan: ${st.plan}`,
      );
  }
  return out.join('\n');
}

export function exercise(x: ExerciseStats): string {
  const u = x.unit;
  const out = [`${x.exercise.name}`, ''];
  if (x.bests.length === 0) return `${x.exercise.name}: nothing logged yet.`;
  out.push(`e1RM: ${spark(x.bests.slice(-40).map((b) => b.e1rm))}`, '');
  out.push(
    table([
      ['date', 'top set', 'e1RM', 'sets'],
      ...x.bests
        .slice(-20)
        .map((b) => [
          b.date,
          `${Units.format(b.top.load, u)} x ${b.top.reps}`,
          b.e1rm === null ? '-' : `${r1(b.e1rm)} ${u}`,
          String(b.sets),
        ]),
    ]),
  );
  out.push(
    '',
    'Rep PRs (most reps at each load):',
    table(x.prs.reps.slice(-12).map((p) => [`  ${p.load} ${u}`, `${p.reps} reps`, p.date])),
  );
  if (x.prs.e1rm.length)
    out.push(
      '',
      'e1RM PRs:',
      table(
        x.prs.e1rm
          .slice(-8)
          .map((p) => [
            `  ${p.date}`,
            `${r1(p.e1rm)} ${u}`,
            `${Units.format(p.set.load, u)} x ${p.set.reps}`,
          ]),
      ),
    );
  const w = x.weeks.slice(-12);
  out.push('', `Sets a week: ${spark(w.map((v) => v.sets))}  ${w.map((v) => v.sets).join(' ')}`);
  if (x.symmetry?.latest)
    out.push(
      `Symmetry: LSI ${r1(x.symmetry.latest.lsi)}% ${spark(x.symmetry.points.map((p) => p.lsi))}${x.symmetry.closing ? ', gap closing' : ''}`,
    );
  return out.join('\n');
}
