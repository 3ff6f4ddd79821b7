/**
 * Progress: is it working? The seed's reference trajectory (95 to 185 lb in 25 weeks, R8)
 * drawn from the lifter's own start, one line per track of each exercise (heavy, volume
 * and metabolic days apart), weekly hard sets, hips, the left/right gap, sprint and jump
 * beside the hip thrust, and PRs.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ERROR_FRACTION, ESTIMATE_NOTE } from '../../../src/domain/e1rm';
import { get, Offline } from '../api';
import type { ExerciseStats, Overview } from '../types';
import { Chart, type Series } from '../ui/Chart';
import { day as dayName, dayNumber, round } from '../ui/format';

const LIFTS = [
  ['barbell-hip-thrust', 'Barbell hip thrust'],
  ['dumbbell-hip-thrust', 'Dumbbell hip thrust'],
  ['banded-hip-thrust', 'Banded hip thrust'],
  ['single-leg-hip-thrust', 'Single-leg hip thrust'],
  ['cable-glute-kickback', 'Cable glute kickback'],
  ['back-squat', 'Back squat'],
  ['deadlift', 'Deadlift'],
  ['romanian-deadlift', 'Romanian deadlift'],
] as const;

type Result = Overview['projection']['result'];
type Track = ExerciseStats['tracks'][number];

const signed = (n: number) => `${n >= 0 ? '+' : ''}${round(n)}`;

function projectionText(p: Result, unit: string): string {
  switch (p.kind) {
    case 'reached':
      return `Reached on ${dayName(p.date)}.`;
    case 'not-enough-data':
      return `A projection needs ${p.needed} sessions with an e1RM in the last 12 weeks (${p.sessions} so far).`;
    case 'not-rising':
      return 'The e1RM on this track is not rising lately: see stalls below.';
    case 'projected':
      return `e1RM ${signed(p.perWeek)} ${unit} a week (${Math.round(p.paceRatio * 100)}% of the reference's pace): around ${dayName(p.date)}.`;
    case 'no-load':
      return 'No load to project on a band or bodyweight track: reps, hold and band are what progress.';
  }
}

/** The hip change since the first measurement, against what the tape can tell apart. */
function hipText(t: Overview['hip']['trend'], unit: string): string {
  if (t.change === null || t.smallestRealDifference === null)
    return 'One measurement so far: a change shows from the second.';
  const change = `${signed(t.change)} ${unit} since ${dayName(t.first?.date ?? '')}`;
  const srd = `${round(t.smallestRealDifference)} ${unit}`;
  return t.real
    ? `${change}: more than the ${srd} a tape can be off between two days.`
    : `${change}: within tape error (a real change is more than ${srd}).`;
}

export function Progress() {
  const [overview, setOverview] = useState<Overview | null>(null);
  const [lift, setLift] = useState<string | null>(null);
  const [detail, setDetail] = useState<ExerciseStats | null>(null);
  const [trackId, setTrackId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const show = (d: ExerciseStats | null) => {
    setDetail(d);
    setTrackId(d?.tracks[0]?.id ?? null);
  };
  const detailOf = (id: string) => get<ExerciseStats>(`/api/v1/stats/${id}`).catch(() => null);
  // The overview and the main lift's detail are shown together: drawn one after the other,
  // the detail's chart would push everything below it down the page (a layout shift).
  useEffect(() => {
    get<Overview>('/api/v1/stats')
      .then(async (o) => {
        const d = await detailOf(o.mainLift);
        setOverview(o);
        setLift(o.mainLift);
        show(d);
      })
      .catch((e: Error) =>
        setError(
          e instanceof Offline
            ? 'No connection to the server, and progress has not been read on this device yet: it shows here once the connection is back.'
            : e.message,
        ),
      );
  }, []);
  // Answers can come back out of order when the lifter switches lifts quickly: only the
  // latest choice's detail is shown, never an earlier one's under the later name.
  const chosen = useRef<string | null>(null);
  const choose = (id: string) => {
    chosen.current = id;
    setLift(id);
    void detailOf(id).then((d) => chosen.current === id && show(d));
  };

  const track: Track | undefined = detail?.tracks.find((t) => t.id === trackId);
  const trackChart = useMemo(() => {
    if (!track || track.points.length === 0) return null;
    const pts = track.points;
    const series: Series[] =
      track.measure === 'reps-hold'
        ? [{ label: 'Reps (top set)', values: pts.map((p) => p.top.reps), colour: '--accent' }]
        : [
            {
              label: `Top set (${detail?.unit ?? ''})`,
              values: pts.map((p) => (p.top.load.value > 0 ? p.top.load.value : null)),
              colour: '--accent',
            },
            ...(track.measure === 'e1rm'
              ? [
                  {
                    label: `e1RM (±${Math.round(ERROR_FRACTION * 100)}%)`,
                    values: pts.map((p) => (p.e1rm === null ? null : Math.round(p.e1rm * 10) / 10)),
                    colour: '--blue',
                  },
                ]
              : []),
          ];
    return { x: pts.map((p) => dayNumber(p.date)), series };
  }, [track, detail]);

  const referenceChart = useMemo(() => {
    const r = overview?.reference;
    if (!r) return null;
    // One x axis for both lines: the lifter's sessions and the reference's weekly points.
    const days = [...new Set([...r.lifter, ...r.line].map((p) => p.date))].sort();
    const mine = new Map(r.lifter.map((p) => [p.date, p.load]));
    const ref = new Map(r.line.map((p) => [p.date, p.load]));
    const at = (m: Map<string, number>, d: string) => {
      const v = m.get(d);
      return v === undefined ? null : Math.round(v * 10) / 10;
    };
    const series: Series[] = [
      { label: 'You (top set)', values: days.map((d) => at(mine, d)), colour: '--accent' },
      {
        label: 'Seed’s reference from your start',
        values: days.map((d) => at(ref, d)),
        dashed: true,
        colour: '--muted',
      },
    ];
    return { x: days.map(dayNumber), series };
  }, [overview]);

  if (error)
    return (
      <section>
        <h1>Progress</h1>
        <p role="alert">{error}</p>
      </section>
    );
  if (!overview) return <p class="muted">Loading progress…</p>;
  const o = overview;
  const proj = o.projection;
  const on = o.tracks.find((t) => t.id === proj.track);
  const r = o.reference;
  const weeks = o.weeks.filter((w) => w.glutes.sets > 0);
  const hips = o.hip.series;
  const gaps = o.symmetry.points;
  const threshold = o.symmetry.thresholdPercent;
  const adherence = o.adherence.total;

  return (
    <section>
      <h1>Progress</h1>
      <p class="muted" data-testid="adherence">
        {adherence.doneSessions} of {adherence.plannedSessions} planned sessions done so far
        {adherence.plannedSets > 0 &&
          ` (${Math.round((100 * adherence.doneSets) / adherence.plannedSets)}% of planned sets)`}
        {o.adherence.plans.length > 1 && `, across ${o.adherence.plans.length} plans`}.
      </p>
      <section class="card" aria-labelledby="proj-h">
        <h2 id="proj-h">
          {proj.result.kind === 'no-load'
            ? `Progress${on ? `: ${on.label}` : ''}`
            : `Toward ${proj.target.sets}×${proj.target.reps} at ${round(proj.target.load.value)} ${o.unit}${on ? `, ${on.label}` : ''}`}
        </h2>
        <p>{projectionText(proj.result, o.unit)}</p>
        {r && (
          <p data-testid="reference">
            Since your start ({round(r.start.load)} {o.unit}, {dayName(r.start.date)}):{' '}
            {signed(r.gain)} {o.unit} in {round(r.weeks)} weeks. The seed’s reference (95 → 185 lb
            in {r.seed.weeks} weeks, {signed(r.seed.gain)} {o.unit}) gains {signed(r.referenceGain)}{' '}
            {o.unit} in that time
            {r.ratio !== null && ` — you are at ${Math.round(r.ratio * 100)}% of its pace`}. One
            example, fast for anyone past the novice stage.
          </p>
        )}
      </section>
      {referenceChart && (
        <Chart
          title="You and the seed’s reference, from your start (dashed)"
          x={referenceChart.x}
          series={referenceChart.series}
          unit={o.unit}
        />
      )}

      <label class="field">
        Exercise
        <select value={lift ?? ''} onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
          {LIFTS.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {detail && detail.tracks.length > 1 && (
        <label class="field">
          Days
          <select
            value={trackId ?? ''}
            onChange={(e) => setTrackId((e.target as HTMLSelectElement).value)}
          >
            {detail.tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {track && trackChart ? (
        <>
          <Chart
            title={`${track.label}: ${track.measure === 'reps-hold' ? 'reps' : track.measure === 'e1rm' ? 'load and e1RM' : 'load'}`}
            x={trackChart.x}
            series={trackChart.series}
            unit={track.measure === 'reps-hold' ? 'reps' : o.unit}
          />
          <p class="muted" data-testid="track-trend">
            {track.measure === 'reps-hold'
              ? `Reps, hold and band progress here, not load: ${track.progress.steps.reps} rep steps, ${track.progress.steps.hold} longer holds, ${track.progress.steps.band} band steps.`
              : track.trend
                ? `${signed(track.trend.perWeek)} ${o.unit} ${track.trend.measure === 'e1rm' ? 'e1RM' : 'load'} a week over the last ${track.trend.sessions} sessions.`
                : 'A trend needs 3 sessions in the last 12 weeks.'}
          </p>
        </>
      ) : (
        <p class="muted">No work sets of this exercise yet.</p>
      )}
      {detail && (detail.prs.e1rm.length > 0 || detail.prs.load.length > 0) && (
        <section class="card" aria-labelledby="pr-h" data-testid="prs">
          <h2 id="pr-h">PRs</h2>
          {detail.prs.load.length > 0 && (
            <>
              <h3>Heaviest sets</h3>
              <ul class="plain" data-testid="load-prs">
                {[...detail.prs.load]
                  .reverse()
                  .slice(0, 5)
                  .map((p) => (
                    <li key={p.date}>
                      {dayName(p.date)}: {p.set.reps} × {p.set.load.value} {p.set.load.unit}
                    </li>
                  ))}
              </ul>
            </>
          )}
          {detail.prs.e1rm.length > 0 && (
            <>
              <h3>By estimated 1RM</h3>
              <ul class="plain" data-testid="e1rm-prs">
                {[...detail.prs.e1rm]
                  .reverse()
                  .slice(0, 5)
                  .map((p) => (
                    <li key={p.date}>
                      {dayName(p.date)}: {p.set.reps} × {p.set.load.value} {p.set.load.unit} (e1RM{' '}
                      {round(p.e1rm)} ± {round(p.e1rm * ERROR_FRACTION)} {o.unit})
                    </li>
                  ))}
              </ul>
              <p class="small muted">{ESTIMATE_NOTE}</p>
            </>
          )}
        </section>
      )}

      {weeks.length > 0 && (
        <>
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
          <p class="muted">
            Work sets only, as the volume studies count them: no warm-ups, no banded activation, and
            a left + right pair of single-leg sets is one set. About 10-20 a week is where most
            studies see growth.
          </p>
        </>
      )}
      {hips.length > 0 && (
        <>
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
          <p class="muted" data-testid="progress-hip">
            {hipText(o.hip.trend, hips.at(-1)?.unit ?? '')}
          </p>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <Chart
            title="Left/right gap, single-leg hip thrust (%)"
            x={gaps.map((g) => dayNumber(g.date))}
            series={[
              { label: 'Gap %', values: gaps.map((g) => g.gapPercent), colour: '--accent' },
              {
                label: `${threshold}% threshold`,
                values: gaps.map(() => threshold),
                dashed: true,
                colour: '--muted',
              },
            ]}
          />
          <p class="muted" data-testid="symmetry">
            {o.symmetry.flagged
              ? `The ${o.symmetry.flaggedSide} side trailed by more than ${threshold}% in 2 of the last 3 sessions: it goes first and gets an extra set.`
              : o.symmetry.recent?.weaker
                ? `Last ${o.symmetry.recent.sessions} sessions: the ${o.symmetry.recent.weaker} side ${round(o.symmetry.recent.gapPercent)}% behind on average; no repeated gap.`
                : 'No repeated gap.'}{' '}
            Compared set by set, by e1RM (reps at bodyweight); {threshold}% is a rule of thumb from
            injury research.
          </p>
        </>
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
            <p key={s.track}>
              <strong>{s.label}</strong>: {s.sessionsSince} sessions in a row short since{' '}
              {dayName(s.since)}, the last of {s.prescribed}. {s.plan}
            </p>
          ))}
        </section>
      )}
    </section>
  );
}
