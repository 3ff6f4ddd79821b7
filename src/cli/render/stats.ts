/** `thrust stats` as terminal text. */
import type { ExerciseStats, Overview, TrackView } from '../../app/stats.js';
import { Analytics, Catalogue, Dates, E1rm, Units } from '../../domain/index.js';
import { spark, table } from './spark.js';

const r1 = (x: number) => Units.roundForDisplay(x, 1);
const pct = (a: number, b: number) => (b === 0 ? '-' : `${Math.round((a / b) * 100)}%`);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${r1(x)}`;
const day = (d: string) => `${Dates.formatShort(d)} ${d.slice(0, 4)}`;
/** An e1RM with its error band: "246.7 ±24.7 lb". */
const est = (e: number, u: string) => `${r1(e)} ±${r1(e * E1rm.ERROR_FRACTION)} ${u}`;

type Projection = Overview['projection']['result'];
type Target = Overview['projection']['target'];

export function overview(o: Overview): string {
  const u = o.unit;
  const out: string[] = [];
  const t = o.adherence.total;
  const plans = o.adherence.plans;
  out.push(
    `Adherence: ${t.doneSessions}/${t.plannedSessions} sessions (${pct(t.doneSessions, t.plannedSessions)}), ${t.doneSets}/${t.plannedSets} sets (${pct(t.doneSets, t.plannedSets)}) so far${plans.length > 1 ? `, across ${plans.length} plans` : ''}`,
  );
  for (const p of plans) {
    if (plans.length > 1)
      out.push(
        `  plan from ${p.start} (${p.goal}): ${p.total.doneSessions}/${p.total.plannedSessions} sessions, ${p.total.doneSets}/${p.total.plannedSets} sets`,
      );
    if (p === plans.at(-1))
      for (const b of p.blocks)
        out.push(
          `  ${plans.length > 1 ? '  ' : ''}block ${b.block} ${b.name}: ${b.doneSessions}/${b.plannedSessions} sessions, ${b.doneSets}/${b.plannedSets} sets`,
        );
  }

  const weeks = o.weeks.slice(-12);
  if (weeks.length) {
    const sets = weeks.map((w) => w.glutes.sets);
    // 10-20: Schoenfeld 2017's top category (10+ sets) and the 12-20 a 2022 meta-analysis
    // suggested (EVIDENCE.md section 9).
    out.push(
      '',
      `Glute hard sets a week (last ${weeks.length}): ${spark(sets)}  ${sets.map(r1).join(' ')}`,
      '  (work sets of hip thrust variations and kickbacks; warm-ups and the banded activation are',
      '  not hard sets; a left + right pair of single-leg sets is one set, as the volume studies',
      '  count them. About 10-20 hard sets a week is where most studies see growth.)',
    );
  }

  const name = Catalogue.get(o.mainLift).name;
  const pr = o.main.prs.e1rm.at(-1);
  out.push(
    '',
    `${name}${pr ? `: e1RM PR ${est(pr.e1rm, u)} (${Units.format(pr.set.load, u)} x ${pr.set.reps}) on ${pr.date}` : ''}`,
  );
  const heaviest = o.main.prs.load.at(-1);
  if (heaviest)
    out.push(
      `  heaviest: ${Units.format(heaviest.set.load, u)} x ${heaviest.set.reps} on ${heaviest.date}`,
    );
  if (pr) out.push(`  (${E1rm.ESTIMATE_NOTE})`);
  const mainTracks = o.tracks.filter((x) => x.exercise === o.mainLift);
  if (mainTracks.length === 0) out.push('  nothing logged yet');
  for (const x of mainTracks) out.push(...track(x, u, o.projection.target));
  out.push(...headline(o));

  const others = o.tracks.filter((x) => x.exercise !== o.mainLift);
  for (const x of others) out.push('', `${x.label}:`, ...track(x, u, null, false));

  const s = o.symmetry;
  if (s.latest) {
    const recent = s.recent;
    out.push(
      '',
      `Single-leg symmetry: latest LSI ${r1(s.latest.lsi)}%${s.latest.weaker ? `, ${s.latest.weaker} weaker` : ''} ${spark(s.points.map((x) => x.lsi))}`,
    );
    if (recent)
      out.push(
        `  last ${recent.sessions} session${recent.sessions === 1 ? '' : 's'}: ${recent.weaker ? `${recent.weaker} side ${r1(recent.gapPercent)}% behind on average` : 'even on average'}, over the ${s.thresholdPercent}% threshold in ${recent.over}`,
      );
    out.push(
      `  ${s.flagged ? `the ${s.flaggedSide} side trailed in 2 of the last 3 sessions: it goes first and gets an extra set` : 'no repeated gap over the threshold: no extra set'}${s.points.length > 1 ? `; gap ${s.closing ? 'closing' : 'not closing'}` : ''}`,
      `  (${s.latest.measure === 'e1rm' ? 'each side’s e1RM' : 'each side’s reps'}, set by set; ${s.thresholdPercent}% is a rule of thumb from injury research, not a glute norm)`,
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
    out.push('', 'Stalled (sessions in a row short of the prescription):');
    for (const st of o.stalls)
      out.push(
        `  ${st.label}: ${st.sessionsSince} sessions in a row short since ${st.since}, the last of ${st.prescribed}. Plan: ${st.plan}`,
      );
  }
  return out.join('\n');
}

/** A track's line: its measure by session, the latest, the trend; the projection when asked. */
function track(x: TrackView, u: Units.Unit, target: Target | null, named = true): string[] {
  const out: string[] = [];
  const kind = Analytics.Tracks.dayKind(x);
  const head = named ? `  ${kind ? `${kind} days${rangeOf(x)}` : x.label}: ` : '  ';
  const last = x.points.at(-1);
  if (x.measure === 'reps-hold') {
    const p = x.progress;
    const now = p.now;
    const st = p.steps;
    out.push(
      `${head}reps, hold and band progress here, not load${now ? `: now ${standText(now, u)}` : ''}`,
    );
    if (p.first && x.planned)
      out.push(
        `    since ${standText(p.first, u)}: ${st.reps} rep steps, ${st.hold} longer holds, ${st.band} band steps, ${st.increase} added loads${st.failed ? `, ${st.failed} sessions short` : ''}`,
      );
    return out;
  }
  if (!last) return [`${head}nothing logged${x.points.length ? ' in this window' : ''}`];
  const values = x.points
    .slice(-30)
    .map((pt) => (x.measure === 'e1rm' ? pt.e1rm : pt.top.load.value));
  const topSet = `${Units.format(last.top.load, u)} x ${last.top.reps}`;
  const formula = x.formula ? ` (${E1rm.FORMULAS[x.formula].name})` : '';
  out.push(
    `${head}${x.measure === 'e1rm' ? `e1RM${formula}` : 'top load'} ${spark(values)}  latest ${last.date}: ${topSet}${x.measure === 'e1rm' && last.e1rm !== null ? `, e1RM ${est(last.e1rm, u)}` : ''}`,
  );
  const tr = x.trend;
  out.push(
    tr
      ? `    trend ${signed(tr.perWeek)} ${u} ${tr.measure === 'e1rm' ? 'e1RM' : 'load'} a week over ${tr.sessions} sessions since ${tr.from}${x.measure === 'load' ? ' (reps past every e1RM formula: the line is the load)' : ''}`
      : `    no trend yet: ${Analytics.Tracks.MIN_SESSIONS} sessions in the last ${Analytics.Tracks.WINDOW_WEEKS} weeks make one`,
  );
  if (target && x.projection) out.push(`    ${projection(x.projection, target, u)}`);
  return out;
}

function rangeOf(x: TrackView): string {
  return x.reps ? ` (${x.reps.min}-${x.reps.max} reps${x.perSide ? ' a side' : ''})` : '';
}

function standText(s: Analytics.Tracks.Stand, u: Units.Unit): string {
  const load =
    s.load === null
      ? 'calibration'
      : s.load.value > 0
        ? Units.format(s.load, u)
        : s.band
          ? `${s.band} band`
          : 'bodyweight';
  const hold = s.holdSeconds > 0 ? `, ${s.holdSeconds}-s hold` : '';
  return `${s.sets}x${s.reps}${s.perSide ? ' a side' : ''} at ${load}${hold}`;
}

function goalText(target: Target): string {
  return `${Units.format(target.load)} for ${target.sets}x${target.reps}${'capped' in target && target.capped ? ' (your heaviest load for it)' : ''}`;
}

function projection(r: Projection, target: Target, u: Units.Unit): string {
  const goal = goalText(target);
  switch (r.kind) {
    case 'reached':
      return `${goal}: reached on ${r.date}`;
    case 'not-enough-data':
      return `${goal}: a projection needs ${r.needed} sessions with an e1RM in the last ${Analytics.Tracks.WINDOW_WEEKS} weeks (have ${r.sessions})`;
    case 'not-rising':
      return `${goal}: e1RM not rising over the last ${Analytics.Tracks.WINDOW_WEEKS} weeks (${signed(r.perWeek)} ${u} a week; the reference's pace is ${r1(r.referencePerWeek)} ${u})`;
    case 'projected':
      return `${goal}: around ${day(r.date)} (likely ${r.earliest} to ${r.latest ?? 'open-ended'}); e1RM ${signed(r.perWeek)} ${u} a week, ${Math.round(r.paceRatio * 100)}% of the reference's ${r1(r.referencePerWeek)} ${u}`;
    case 'no-load':
      return 'No load to project on a band or bodyweight track: reps, hold and band are what progress.';
  }
}

/** The headline: the seed's reference from the lifter's own start, and the projection on that track. */
function headline(o: Overview): string[] {
  const u = o.unit;
  const out: string[] = [];
  const r = o.reference;
  const on = o.tracks.find((x) => x.id === o.projection.track);
  const where = on ? ` on ${Analytics.Tracks.dayKind(on) ?? 'its'} days` : '';
  if (o.projection.result.kind === 'no-load') {
    out.push(`  ${projection(o.projection.result, o.projection.target, u)}`);
  }
  if (!r) return out;
  const seed = r.seed;
  const inKg =
    u === 'kg'
      ? ` = ${r1(seed.from)} -> ${r1(seed.to)} kg`
      : ` = ${r1(Units.valueIn({ value: seed.from, unit: 'lb' }, 'kg'))} -> ${r1(Units.valueIn({ value: seed.to, unit: 'lb' }, 'kg'))} kg`;
  const endLoad = r.line.at(-1)?.load ?? r.start.load;
  out.push(
    '',
    `Against the seed's reference (95 lb for 3x12 -> 185 lb for 3x10 in ${seed.weeks} weeks${inKg}: ${signed(seed.gain)} ${u}), from your own start${where}:`,
    `  you: ${r1(r.start.load)} ${u} on ${r.start.date} -> ${r1(r.start.load + r.gain)} ${u}, ${signed(r.gain)} ${u} in ${r1(r.weeks)} week${r1(r.weeks) === 1 ? '' : 's'} ${spark(r.lifter.slice(-30).map((p) => p.load))}`,
    `  the reference from the same start: ${signed(r.referenceGain)} ${u} in that time${r.ratio !== null ? ` (you: ${Math.round(r.ratio * 100)}% of it)` : ''}; ${r1(endLoad)} ${u} by ${r.line.at(-1)?.date ?? ''}`,
    '  (one example from the seed, fast for anyone past the novice stage; not a norm)',
  );
  return out;
}

export function exercise(x: ExerciseStats): string {
  const u = x.unit;
  const out = [`${x.exercise.name}`, ''];
  if (x.bests.length === 0) return `${x.exercise.name}: nothing logged yet.`;
  for (const t of x.tracks) out.push(`${t.label}:`, ...track(t, u, null, false));
  if (x.tracks.length) out.push('');
  out.push(
    table([
      ['date', 'top set', 'e1RM', 'sets'],
      ...x.bests
        .slice(-20)
        .map((b) => [
          b.date,
          `${Units.format(b.top.load, u)} x ${b.top.reps}`,
          b.e1rm === null ? '-' : est(b.e1rm, u),
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
      'e1RM PRs (by estimate):',
      table(
        x.prs.e1rm
          .slice(-8)
          .map((p) => [
            `  ${p.date}`,
            est(p.e1rm, u),
            `${Units.format(p.set.load, u)} x ${p.set.reps}`,
          ]),
      ),
    );
  if (x.prs.load.length)
    out.push(
      '',
      'Heaviest-set PRs (by what was lifted: more load, or more reps at it):',
      table(
        x.prs.load
          .slice(-8)
          .map((p) => [`  ${p.date}`, `${Units.format(p.set.load, u)} x ${p.set.reps}`]),
      ),
    );
  if (x.bests.some((b) => b.e1rm !== null)) out.push('', `(${E1rm.ESTIMATE_NOTE})`);
  const w = x.weeks.slice(-12);
  out.push(
    '',
    `Hard sets a week: ${spark(w.map((v) => v.sets))}  ${w.map((v) => r1(v.sets)).join(' ')}${x.exercise.laterality === 'unilateral' ? ' (a left + right pair is one set)' : ''}`,
  );
  if (x.symmetry?.latest)
    out.push(
      `Symmetry: latest LSI ${r1(x.symmetry.latest.lsi)}% ${spark(x.symmetry.points.map((p) => p.lsi))}${x.symmetry.recent?.weaker ? `; last ${x.symmetry.recent.sessions}: ${x.symmetry.recent.weaker} ${r1(x.symmetry.recent.gapPercent)}% behind` : ''}${x.symmetry.flagged ? ' (repeated gap)' : ''}${x.symmetry.closing ? ', gap closing' : ''}`,
    );
  return out.join('\n');
}
