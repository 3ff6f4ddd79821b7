/** The questions of `thrust init`, one screen, thumb-sized: then the first plan. */
import { useState } from 'preact/hooks';
import {
  BAND_LEVELS,
  GEAR,
  GEAR_NAMES,
  type BandLevel,
  type Gear,
} from '../../../src/domain/equipment';
import { api, ApiError } from '../api';
import { said } from '../ui/problems';
import { Choice, NumberField } from '../ui/Field';
import { BAND_NAMES, Owned } from './settings-equipment';

export const GOALS = [
  ['glutes', 'Bigger, stronger glutes'],
  ['athletic', 'Fast, powerful hip extension (test what carries over)'],
  ['accessory', 'Add to my squats and deadlifts'],
] as const;

export function Onboarding(props: { onDone: () => void }) {
  const [units, setUnits] = useState<'lb' | 'kg'>('lb');
  const [goal, setGoal] = useState<(typeof GOALS)[number][0]>('glutes');
  const [days, setDays] = useState<1 | 2 | 3 | 4 | 5 | 6>(3);
  const [barbell, setBarbell] = useState(true);
  const [known, setKnown] = useState(true);
  const [load, setLoad] = useState('');
  const [reps, setReps] = useState('10');
  const [gear, setGear] = useState<Set<Gear>>(new Set(GEAR));
  // Without a barbell: what else is here (with one, a full gym is assumed; Settings edits it).
  const [dumbbells, setDumbbells] = useState(false);
  const [bands, setBands] = useState<BandLevel[]>([...BAND_LEVELS]);
  const [cable, setCable] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('PUT', '/api/v1/profile', {
        body: {
          units,
          goal,
          sessionsPerWeek: days,
          barbell,
          working: known && barbell ? { load: Number(load), reps: Number(reps) } : null,
          // Dumbbells kept are the usual rack (5-120 lb, 2.5-50 kg); Settings sets the range.
          ...(!barbell && { dumbbells: dumbbells ? undefined : null, bands, cable }),
          gear: [...gear],
        },
      });
      props.onDone();
    } catch (err) {
      setError(
        err instanceof ApiError
          ? err
          : new ApiError({
              title: 'offline',
              status: 0,
              detail: 'No connection: try again when online.',
            }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="page">
      <h1>Set up your plan</h1>
      <p class="muted">
        A few answers and Thrust plans your hip thrust training, then tells you what to lift each
        day.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Choice
          legend="Units"
          value={units}
          options={[
            ['lb', 'Pounds (lb)'],
            ['kg', 'Kilograms (kg)'],
          ]}
          onChange={setUnits}
        />
        <Choice legend="Your goal" value={goal} options={GOALS} onChange={setGoal} />
        <Choice
          legend="Sessions a week"
          hint="Two or three, with a day of rest between, is the seed's week (R2); past three, the goal's days repeat."
          value={days}
          options={[
            [1, 'One'],
            [2, 'Two'],
            [3, 'Three'],
            [4, 'Four'],
            [5, 'Five'],
            [6, 'Six'],
          ]}
          onChange={setDays}
        />
        <Choice
          legend="Do you have a barbell and plates?"
          value={barbell ? 'yes' : 'no'}
          options={[
            ['yes', 'Yes'],
            ['no', 'No: bands or dumbbells'],
          ]}
          onChange={(v) => setBarbell(v === 'yes')}
        />
        {barbell && (
          <>
            <Choice
              legend="A recent hip thrust set"
              value={known ? 'yes' : 'no'}
              options={[
                ['yes', 'I know one'],
                ['no', "Don't know: find it"],
              ]}
              onChange={(v) => setKnown(v === 'yes')}
            />
            {known && (
              <div class="pair">
                <NumberField
                  label={`Load (${units})`}
                  error={error?.field('working.load') ?? error?.field('working')}
                  value={load}
                  onInput={setLoad}
                />
                <NumberField
                  label="Reps"
                  error={error?.field('working.reps')}
                  whole
                  value={reps}
                  onInput={setReps}
                />
              </div>
            )}
          </>
        )}
        {!barbell && (
          <>
            <Choice
              legend="Dumbbells"
              hint="A usual rack; Settings sets its lightest, heaviest and step."
              value={dumbbells ? 'yes' : 'no'}
              options={[
                ['yes', 'Yes'],
                ['no', 'No'],
              ]}
              onChange={(v) => setDumbbells(v === 'yes')}
            />
            <Owned
              legend="Hip circle bands"
              hint="The lightest opens every session (R4); with no bar or dumbbells, the band is the load of your hip thrusts."
              all={BAND_LEVELS}
              names={BAND_NAMES}
              owned={bands}
              error={said(error, 'bands')}
              onChange={setBands}
            />
            <Choice
              legend="A cable machine with ankle straps"
              value={cable ? 'yes' : 'no'}
              options={[
                ['yes', 'Yes'],
                ['no', 'No'],
              ]}
              onChange={(v) => setCable(v === 'yes')}
            />
          </>
        )}
        <fieldset class="choice gear">
          <legend>Gear you own</legend>
          <p class="small muted">Thrust lists what to bring each day from this (R10).</p>
          <div>
            {GEAR.map((g) => (
              <label key={g} class={gear.has(g) ? 'selected' : ''}>
                <input
                  type="checkbox"
                  checked={gear.has(g)}
                  onChange={() => {
                    const next = new Set(gear);
                    if (next.has(g)) next.delete(g);
                    else next.add(g);
                    setGear(next);
                  }}
                />
                {GEAR_NAMES[g]}
              </label>
            ))}
          </div>
        </fieldset>
        {error && !error.problem.errors?.length && (
          <p class="error" role="alert">
            {error.message}
          </p>
        )}
        <button class="primary wide" type="submit" disabled={busy}>
          {busy ? 'Planning…' : 'Make my plan'}
        </button>
      </form>
    </main>
  );
}
