/**
 * The progression half of Settings, as `thrust settings` changes it (PATCH /api/v1/settings):
 * how fast the load may rise, when a stall deloads and by how much, the e1RM formula of the
 * stats and the left/right gap that puts the weaker side first. The plan stays; loads follow.
 */
import { useState } from 'preact/hooks';
import { FORMULA_IDS, FORMULAS, type Formula } from '../../../src/domain/e1rm';
import { api, ApiError } from '../api';
import type { Profile } from '../types';
import { Choice, Field, NumberField } from '../ui/Field';
import { num, offline, said } from '../ui/problems';

export function ProgressionForm(props: {
  profile: Profile;
  onSaved: (settings: Profile['settings']) => void;
}) {
  const s = props.profile.settings;
  const paceUnit = s.pace?.load.unit ?? props.profile.units;
  const [paced, setPaced] = useState(s.pace !== null);
  const [paceLoad, setPaceLoad] = useState(
    String(s.pace?.load.value ?? (paceUnit === 'lb' ? 10 : 5)),
  );
  const [weeks, setWeeks] = useState(String(s.pace?.weeks ?? 3));
  const [minWeeks, setMinWeeks] = useState(String(s.pace?.minWeeks ?? 2));
  const [stall, setStall] = useState(String(s.stallAfter));
  const [deload, setDeload] = useState(String(s.deloadPercent));
  const [formula, setFormula] = useState<Formula>(s.formula);
  const [gap, setGap] = useState(String(s.asymmetryThresholdPercent));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const now = await api<Profile['settings']>('PATCH', '/api/v1/settings', {
        body: {
          pace: paced
            ? {
                load: { value: num(paceLoad), unit: paceUnit },
                weeks: num(weeks),
                minWeeks: num(minWeeks),
              }
            : null,
          stallAfter: num(stall),
          deloadPercent: num(deload),
          formula,
          asymmetryThresholdPercent: num(gap),
        },
      });
      setSaved(true);
      props.onSaved(now);
    } catch (err) {
      setError(err instanceof ApiError ? err : offline());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" noValidate onSubmit={(e) => void save(e)} aria-labelledby="progression-h">
      <h2 id="progression-h">Progression</h2>
      <p class="small muted">These keep the plan; every load is worked out again from your log.</p>
      <Choice
        legend="How fast the load may rise"
        value={paced ? 'paced' : 'free'}
        options={[
          ['paced', 'At a set pace (R8)'],
          ['free', 'Whenever every set is done'],
        ]}
        onChange={(v) => setPaced(v === 'paced')}
      />
      {paced && (
        <div class="trio">
          <NumberField
            label={`At most (${paceUnit})`}
            value={paceLoad}
            error={said(error, 'pace.load')}
            onInput={setPaceLoad}
          />
          <NumberField
            label="Every (weeks)"
            value={weeks}
            error={said(error, 'pace.weeks')}
            onInput={setWeeks}
          />
          <NumberField
            label="Never sooner (weeks)"
            value={minWeeks}
            error={said(error, 'pace.minWeeks')}
            onInput={setMinWeeks}
          />
        </div>
      )}
      <div class="pair">
        <NumberField
          label="Stall after (failed sessions)"
          whole
          value={stall}
          error={said(error, 'stallAfter')}
          onInput={setStall}
        />
        <NumberField
          label="Deload (%)"
          value={deload}
          error={said(error, 'deloadPercent')}
          onInput={setDeload}
        />
      </div>
      <Field label="e1RM formula for the stats" error={said(error, 'formula')}>
        {(id, by) => (
          <select
            id={id}
            aria-describedby={by}
            value={formula}
            onChange={(e) => setFormula((e.target as HTMLSelectElement).value as Formula)}
          >
            {FORMULA_IDS.map((f) => (
              <option key={f} value={f}>
                {FORMULAS[f].name} (to {FORMULAS[f].maxReps} reps)
              </option>
            ))}
          </select>
        )}
      </Field>
      <NumberField
        label="Left/right gap that puts the weaker side first (%)"
        value={gap}
        error={said(error, 'asymmetryThresholdPercent')}
        onInput={setGap}
      />
      {error && !error.problem.errors?.length && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}
      <button class="primary wide" type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save progression'}
      </button>
      <p role="status" class="small">
        {saved ? 'Saved. Loads follow from your log with these settings.' : ''}
      </p>
    </form>
  );
}
