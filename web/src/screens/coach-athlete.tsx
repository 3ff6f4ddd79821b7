/**
 * One athlete as their coach sees them: adherence and PRs, what to look at (missed sessions,
 * stalls, a repeated left/right gap), each recent session's work sets
 * by exercise (load, reps, clean form) and whether each prescription was met, and a new plan assigned (goal, sessions a week,
 * weekdays, first day), as PUT /api/v1/athletes/{id}/plan does; the athlete's log carries over.
 */
import { useEffect, useState } from 'preact/hooks';
import { nameOf, type ExerciseRef } from '../../../src/domain/catalogue/index';
import type { Weekday } from '../../../src/domain/dates';
import { api, ApiError, get } from '../api';
import type { Overview, StoredSession } from '../types';
import { DateField } from '../ui/DateField';
import { Choice } from '../ui/Field';
import { day as dayName } from '../ui/format';
import { offline, said } from '../ui/problems';
import { Sessions, usualDays, Weekdays } from '../ui/Weekdays';
import { byExercise, setText } from './History';
import { GOALS } from './Onboarding';

type Goal = (typeof GOALS)[number][0];

export function Athlete(props: { id: string; email: string }) {
  const [stats, setStats] = useState<Overview | null>(null);
  const [sessions, setSessions] = useState<StoredSession[]>([]);
  const load = () => {
    void get<Overview>(`/api/v1/athletes/${props.id}/stats`).then(setStats, () => setStats(null));
    void get<{ sessions: StoredSession[] }>(`/api/v1/athletes/${props.id}/sessions`).then(
      (r) => setSessions(r.sessions),
      () => undefined,
    );
  };
  useEffect(load, [props.id]);
  return (
    <section class="card" aria-labelledby="one-h">
      <h2 id="one-h">{props.email}</h2>
      {stats && <Flags stats={stats} />}
      <h3>Recent sessions</h3>
      {sessions.length === 0 && <p class="muted">Nothing logged yet.</p>}
      <ul class="plain sessions" data-testid="athlete-sessions">
        {sessions.slice(0, 10).map((s) => (
          <li key={s.id}>
            <strong>{dayName(s.date)}</strong>
            <ul class="plain small">
              {byExercise(s.sets.filter((x) => !x.warmup)).map(([ex, sets]) => (
                <li key={ex}>
                  {nameOf(ex as ExerciseRef)}: {sets.map(setText).join('; ')}
                </li>
              ))}
            </ul>
            <Verdicts judged={judgedOn(stats, s.date)} />
          </li>
        ))}
      </ul>
      <Assign id={props.id} onDone={load} />
    </section>
  );
}

type Judged = { label: string } & Overview['tracks'][number]['verdicts'][number];

/** Each track's verdict on one day: what was prescribed and whether it was met (R8). */
function judgedOn(stats: Overview | null, date: string): Judged[] {
  return (stats?.tracks ?? []).flatMap((t) =>
    t.verdicts.filter((v) => v.date === date).map((v) => ({ ...v, label: t.label })),
  );
}

function Verdicts(props: { judged: readonly Judged[] }) {
  if (props.judged.length === 0) return null;
  return (
    <ul class="plain small" data-testid="verdicts">
      {props.judged.map((v) => (
        <li key={v.label}>
          {v.label}: {v.prescribed} prescribed,{' '}
          {v.met ? (
            <strong>met</strong>
          ) : (
            <>
              <strong>not met</strong> ({v.shortfalls.join('; ')})
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Adherence so far, and what a coach should look at: missed sessions, stalls, a left/right gap. */
function Flags(props: { stats: Overview }) {
  const { adherence, stalls, symmetry, main } = props.stats;
  const t = adherence.total;
  const missed = t.plannedSessions - t.doneSessions;
  const flags = [
    missed > 0 ? `${missed} planned session${missed === 1 ? '' : 's'} not done` : null,
    ...stalls.map(
      (x) =>
        `${x.label}: stalled at ${x.load.value} ${x.load.unit} for ${x.sessionsSince} session${x.sessionsSince === 1 ? '' : 's'} since ${dayName(x.since)}`,
    ),
    symmetry.flagged && symmetry.recent
      ? `Left/right gap: the ${symmetry.flaggedSide ?? symmetry.recent.weaker ?? 'weaker'} side trails by ${Math.round(symmetry.recent.gapPercent)}% (over ${symmetry.thresholdPercent}% in ${symmetry.recent.over} of the last ${symmetry.recent.sessions} sessions)`
      : null,
  ].filter((f): f is string => f !== null);
  return (
    <>
      <p data-testid="adherence">
        {t.doneSessions} of {t.plannedSessions} sessions and {t.doneSets} of {t.plannedSets} sets
        done so far; {main.prs.e1rm.length} e1RM PRs.
      </p>
      <h3>To look at</h3>
      {flags.length === 0 ? (
        <p class="muted">Nothing flagged: no missed session, stall or left/right gap.</p>
      ) : (
        <ul class="flags" data-testid="flags">
          {flags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </>
  );
}

function Assign(props: { id: string; onDone: () => void }) {
  const [goal, setGoal] = useState<Goal>('glutes');
  const [sessions, setSessions] = useState(3);
  const [days, setDays] = useState<Weekday[]>(['mon', 'wed', 'fri']);
  const [start, setStart] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    setNote('');
    try {
      const r = await api<{ plan: { days: { date: string }[] } }>(
        'PUT',
        `/api/v1/athletes/${props.id}/plan`,
        { body: { goal, sessionsPerWeek: sessions, weekdays: days, ...(start && { start }) } },
      );
      const first = r.plan.days[0]?.date;
      setNote(
        `Plan assigned: ${sessions} sessions a week (${days.join(', ')})${first ? `, first session ${dayName(first)}` : ''}. Their log carries over.`,
      );
      props.onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err : offline());
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="assign-h">
      <h3 id="assign-h">Assign a plan</h3>
      <Choice legend="Goal" value={goal} options={GOALS} onChange={setGoal} />
      <Sessions
        value={sessions}
        error={said(error, 'sessionsPerWeek')}
        onChange={(n) => {
          setSessions(n);
          setDays(usualDays(n));
        }}
      />
      <Weekdays days={days} onChange={setDays} error={said(error, 'weekdays')} />
      <DateField label="First day" value={start} onInput={setStart} error={said(error, 'start')} />
      {error && !error.problem.errors?.length && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}
      <button class="primary wide" type="submit">
        Assign the plan
      </button>
      <p role="status" class="small">
        {note}
      </p>
    </form>
  );
}
