/**
 * The plan: blocks and weeks, each day with what is done and what is next. Once no session
 * is left, the next plan Thrust proposes, one tap to start it (or a goal or week changed
 * first); while a plan runs, a new one can start early, after a confirmation. Every lift
 * of a new plan carries on from the log; its days start undone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, get, Offline } from '../api';
import type { Plan, PlanDay, PlanRead, Profile } from '../types';
import { Choice } from '../ui/Field';
import { day as dayName } from '../ui/format';
import { Sessions } from '../ui/Weekdays';
import { GOALS } from './Onboarding';

type Goal = (typeof GOALS)[number][0];
interface Change {
  goal: Goal;
  sessionsPerWeek: number;
}

export function PlanView() {
  const [data, setData] = useState<PlanRead | null>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  /** The next session from today on, as the server sees it; undefined before it is read. */
  const [upcoming, setUpcoming] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [started, setStarted] = useState<PlanDay | null>(null);

  const load = async () => {
    const [plan, me, next] = await Promise.all([
      get<PlanRead>('/api/v1/plan'),
      get<Profile>('/api/v1/profile').catch(() => null),
      get<{ day: PlanDay | null }>('/api/v1/next').catch(() => null),
    ]);
    setData(plan);
    setProfile(me);
    setUpcoming(next ? (next.day?.id ?? null) : undefined);
  };

  useEffect(() => {
    load().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  /** POST /api/v1/plans: the next plan from today; then the plan and today are read again. */
  const start = async (change: Partial<Change>) => {
    setBusy(true);
    setFailed(null);
    try {
      const r = await api<{ plan: Plan }>('POST', '/api/v1/plans', { body: change });
      await load();
      // Keep today's read current too, so the app opens on the new plan with no network.
      void get('/api/v1/today').catch(() => undefined);
      setStarted(r.plan.days[0] ?? null);
      window.scrollTo(0, 0);
    } catch (e) {
      setFailed(
        e instanceof Offline
          ? 'No connection: start the plan when you are online.'
          : e instanceof Error
            ? e.message
            : String(e),
      );
    } finally {
      setBusy(false);
    }
  };

  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p class="muted">Loading the plan…</p>;
  const done = new Set(data.done);
  const next =
    upcoming === undefined
      ? data.plan.days.find((d) => !done.has(d.id))
      : data.plan.days.find((d) => d.id === upcoming);
  const weeks = [...new Set(data.plan.days.map((d) => d.week))];
  const current: Change = {
    goal: data.proposal?.goal ?? profile?.goal ?? data.plan.goal,
    sessionsPerWeek: data.proposal?.sessionsPerWeek ?? profile?.sessionsPerWeek ?? 3,
  };
  return (
    <section>
      <h1>Your plan</h1>
      {started && (
        <p class="note" role="status" data-testid="started">
          New plan started. First session: {started.title}, {dayName(started.date)}.{' '}
          <a href="#/today">Open Today</a>
        </p>
      )}
      {data.proposal && (
        <section class="card proposal" aria-labelledby="proposal-h" data-testid="proposal">
          <h2 id="proposal-h">Plan complete</h2>
          <p>{data.proposal.text.replace(/^Plan complete\.\s*/, '')}</p>
          <button class="primary wide" disabled={busy} onClick={() => void start({})}>
            {busy ? 'Starting…' : 'Start the next plan'}
          </button>
          {failed && (
            <p class="error" role="alert">
              {failed}
            </p>
          )}
          <details>
            <summary>Change goal or sessions a week first</summary>
            <NextPlanForm
              current={current}
              busy={busy}
              submit="Start it with these"
              onStart={(c) => void start(c)}
            />
          </details>
        </section>
      )}
      <p class="muted" data-testid="plan-summary">
        {data.plans > 1 ? `Plan ${data.plans} · ` : ''}
        {done.size} of {data.plan.days.length} sessions done
        {next ? ` · next: ${next.title}, ${dayName(next.date)}` : ''}
      </p>
      {!data.proposal && (
        <details class="card">
          <summary>Start a new plan now</summary>
          <p class="small">
            This plan ends where it is ({done.size} of {data.plan.days.length} sessions done). Your
            log stays, and every lift of the new plan carries on from it.
          </p>
          <NextPlanForm
            current={current}
            busy={busy}
            submit="Start a new plan now"
            confirm={`End this plan with ${done.size} of ${data.plan.days.length} sessions done and start a new one today?`}
            onStart={(c) => void start(c)}
          />
          {failed && (
            <p class="error" role="alert">
              {failed}
            </p>
          )}
        </details>
      )}
      {weeks.map((w) => {
        const block = data.plan.blocks.find((b) => b.weeks[0] === w);
        return (
          <div key={w}>
            {block && (
              <p class="block">
                <strong>{block.name}</strong> · <span class="muted">{block.focus}</span>
              </p>
            )}
            <Week w={w} days={data.plan.days} done={done} next={next} />
          </div>
        );
      })}
    </section>
  );
}

/** Goal and sessions a week for the next plan; with `confirm`, asked once more before it starts. */
function NextPlanForm(props: {
  current: Change;
  busy: boolean;
  submit: string;
  confirm?: string;
  onStart: (c: Change) => void;
}) {
  const [goal, setGoal] = useState<Goal>(props.current.goal);
  const [days, setDays] = useState(props.current.sessionsPerWeek);
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  // The question replaces the button pressed: focus goes to its answer.
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const go = () => props.onStart({ goal, sessionsPerWeek: days });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (props.confirm) setAsking(true);
        else go();
      }}
    >
      <Choice legend="Goal" value={goal} options={GOALS} onChange={setGoal} />
      <Sessions value={days} onChange={setDays} error={undefined} />
      {asking ? (
        <div class="confirm" role="group" aria-labelledby="confirm-q">
          <p id="confirm-q">
            <strong>{props.confirm}</strong>
          </p>
          <div class="buttons">
            <button ref={yes} type="button" class="primary" disabled={props.busy} onClick={go}>
              Yes, start it
            </button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>
              Keep this plan
            </button>
          </div>
        </div>
      ) : (
        <button type="submit" class="primary wide" disabled={props.busy}>
          {props.submit}
        </button>
      )}
    </form>
  );
}

function Week({
  w,
  days,
  done,
  next,
}: {
  w: number;
  days: readonly PlanDay[];
  done: Set<string>;
  next: PlanDay | undefined;
}) {
  return (
    <section key={w} class="card" aria-labelledby={`week-${w}`}>
      <h2 id={`week-${w}`}>Week {w}</h2>
      <ul class="plain days">
        {days
          .filter((d) => d.week === w)
          .map((d) => (
            <li key={d.id} class={done.has(d.id) ? 'row done' : d === next ? 'row next' : 'row'}>
              <span>
                <strong>{dayName(d.date)}</strong> · {d.title}
                <br />
                <span class="small muted">
                  {d.slots
                    .filter((s) => s.role !== 'activation')
                    .map(
                      (s) =>
                        `${s.exercise.replace(/-/g, ' ')} ${s.sets}×${s.reps.min === s.reps.max ? s.reps.min : `${s.reps.min}-${s.reps.max}`}`,
                    )
                    .join(' · ')}
                </span>
              </span>
              <span class="status">{done.has(d.id) ? '✓ done' : d === next ? 'next' : ''}</span>
            </li>
          ))}
      </ul>
    </section>
  );
}
