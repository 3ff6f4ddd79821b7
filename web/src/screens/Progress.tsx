/**
 * Progress: is it working? Load and e1RM per exercise beside the seed's reference pace
 * (95 to 185 lb in 26 weeks, R8), weekly hard sets, hips, the left/right gap, sprint and
 * jump beside the hip thrust, and PRs.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { referencePerWeek } from '../../../src/domain/analytics/projection';
import { get } from '../api';
import type { ExerciseStats, Overview } from '../types';
import { Chart, type Series } from '../ui/Chart';
import { day as dayName, dayNumber, round } from '../ui/format';

const LIFTS = [
  ['barbell-hip-thrust', 'Barbell hip thrust'],
  ['single-leg-hip-thrust', 'Single-leg hip thrust'],
  ['dumbbell-hip-thrust', 'Dumbbell hip thrust'],
  ['back-squat', 'Back squat'],
  ['deadlift', 'Deadlift'],
  ['romanian-deadlift', 'Romanian deadlift'],
] as const;

export function Progress() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [lift, setLift] = useState<string | null>(null);
  const [detail, setDetail] = useState<ExerciseStats | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<Overview>('/api/v1/stats').then(
      (o) => {
        setOverview(o);
        setLift(o.mainLift);
      },
      (e: Error) => setError(e.message),
    );
  }, []);
  useEffect(() => {
    if (lift) get<ExerciseStats>(`/api/v1/stats/${lift}`).then(setDetail, () => setDetail(null));
  }, [lift]);

  const trend = useMemo(() => {
    if (!detail || detail.bests.length === 0) return null;
    const x = detail.bests.map((b) => dayNumber(b.date));
    const first = detail.bests[0];
    const pace = referencePerWeek(detail.unit);
    const start = first ? first.top.load.value : 0;
    const series: Series[] = [
      {
        label: `Top set (${detail.unit})`,
        values: detail.bests.map((b) => b.top.load.value),
        colour: '--accent',
      },
      {
        label: 'e1RM',
        values: detail.bests.map((b) => (b.e1rm === null ? null : Math.round(b.e1rm * 10) / 10)),
        colour: '--blue',
      },
      {
        label: 'Reference pace',
        values: x.map((d) => Math.round((start + (pace * (d - (x[0] ?? d))) / 7) * 10) / 10),
        dashed: true,
        colour: '--muted',
      },
    ];
    return { x, series };
  }, [detail]);

  if (error) return <p role="alert">{error}</p>;
  if (!overview) return <p class="muted">Loading progress…</p>;
  const o = overview;
  const proj = o.projection.result;
  const weeks = o.weeks.filter((w) => w.glutes.sets > 0);
  const hips = o.hip.series;
  const gaps = o.symmetry.points;

  return (
    <section>
      <h1>Progress</h1>
      <p class="muted" data-testid="adherence">
        {o.adherence.total.doneSessions} of {o.adherence.total.plannedSessions} planned sessions
        done so far
        {o.adherence.total.plannedSets > 0 &&
          ` (${Math.round((100 * o.adherence.total.doneSets) / o.adherence.total.plannedSets)}% of planned sets)`}
        .
      </p>
      <section class="card" aria-labelledby="proj-h">
        <h2 id="proj-h">
          Toward {o.projection.target.sets}×{o.projection.target.reps} at{' '}
          {o.projection.target.load.value} {o.unit}
        </h2>
        <p>
          {proj.kind === 'reached' && `Reached on ${dayName(proj.date)}.`}
          {proj.kind === 'not-enough-data' &&
            `A projection needs a few more sessions (${proj.sessions} so far).`}
          {proj.kind === 'not-rising' && 'Not rising lately: see stalls below.'}
          {proj.kind === 'projected' &&
            `At ${round(proj.perWeek)} ${o.unit} a week (the reference is ${round(proj.referencePerWeek)}), around ${dayName(proj.date)}.`}
        </p>
      </section>

      <label class="field">
        Exercise
        <select value={lift ?? ''} onChange={(e) => setLift((e.target as HTMLSelectElement).value)}>
          {LIFTS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {trend ? (
        <Chart
          title="Load and e1RM, with the reference pace dashed"
          x={trend.x}
          series={trend.series}
          unit={o.unit}
        />
      ) : (
        <p class="muted">No work sets of this exercise yet.</p>
      )}
      {detail && detail.prs.e1rm.length > 0 && (
        <section class="card" aria-labelledby="pr-h">
          <h2 id="pr-h">PRs</h2>
          <ul class="plain">
            {[...detail.prs.e1rm]
              .reverse()
              .slice(0, 5)
              .map((p) => (
                <li key={p.date}>
                  {dayName(p.date)}: {p.set.reps} × {p.set.load.value} {p.set.load.unit} (e1RM{' '}
                  {round(p.e1rm)} {o.unit})
                </li>
              ))}
          </ul>
        </section>
      )}

      {weeks.length > 0 && (
        <Chart
          title="Hard sets for the glutes, each week"
          x={weeks.map((w) => dayNumber(w.week))}
          series={[
            {
              label: 'Sets',
              values: weeks.map((w) => w.glutes.sets),
              bars: true,
              colour: '--accent',
            },
          ]}
        />
      )}
      {hips.length > 0 && (
        <Chart
          title="Hip circumference"
          x={hips.map((m) => dayNumber(m.date))}
          series={[
            {
              label: hips.at(-1)?.unit ?? '',
              values: hips.map((m) => m.value),
              colour: '--accent',
            },
          ]}
          unit={hips.at(-1)?.unit}
        />
      )}
      {gaps.length > 0 && (
        <Chart
          title="Left/right gap, single-leg hip thrust (%)"
          x={gaps.map((g) => dayNumber(g.date))}
          series={[
            { label: 'Gap %', values: gaps.map((g) => g.gapPercent), colour: '--accent' },
            { label: '10% threshold', values: gaps.map(() => 10), dashed: true, colour: '--muted' },
          ]}
        />
      )}
      {o.tests.length > 0 && (
        <section class="card" aria-labelledby="tests-h">
          <h2 id="tests-h">Sprint and jump beside the hip thrust</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Test</th>
                <th scope="col">Result</th>
                <th scope="col">Hip thrust e1RM</th>
              </tr>
            </thead>
            <tbody>
              {o.tests.map((t) => (
                <tr key={t.id}>
                  <td>{dayName(t.date)}</td>
                  <td>{t.kind === 'sprint' ? `${t.distanceM} m sprint` : 'Vertical jump'}</td>
                  <td>
                    {t.value} {t.unit}
                  </td>
                  <td>{t.hipThrustE1rm === null ? '–' : `${round(t.hipThrustE1rm)} ${o.unit}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {o.stalls.length > 0 && (
        <section class="card" aria-labelledby="st-h">
          <h2 id="st-h">Stalls</h2>
          {o.stalls.map((s) => (
            <p key={s.exercise}>
              <strong>{s.exercise.replace(/-/g, ' ')}</strong>: {s.plan}
            </p>
          ))}
        </section>
      )}
    </section>
  );
}
