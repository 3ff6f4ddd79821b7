/** The plan: blocks and weeks, each day with what is done and what is next. */
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';
import type { Plan, PlanDay } from '../types';
import { day as dayName } from '../ui/format';

export function PlanView() {
  const [data, setData] = useState<{ plan: Plan; done: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    get<{ plan: Plan; done: string[] }>('/api/v1/plan').then(setData, (e: Error) =>
      setError(e.message),
    );
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!data) return <p class="muted">Loading the plan…</p>;
  const done = new Set(data.done);
  const next = data.plan.days.find((d) => !done.has(d.id));
  const weeks = [...new Set(data.plan.days.map((d) => d.week))];
  return (
    <section>
      <h1>Your plan</h1>
      <p class="muted">
        {done.size} of {data.plan.days.length} sessions done
        {next ? ` · next: ${next.title}, ${dayName(next.date)}` : ''}
      </p>
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
