/**
 * The training half of Settings: goal, sessions a week and weekdays, units and equipment.
 * Saving sends the profile as `thrust init --force` does (PUT /api/v1/profile: a new plan
 * from today, the log kept), then puts back the progression settings the profile had,
 * which that call resets.
 */
import { useState } from 'preact/hooks';
import type { Weekday } from '../../../src/domain/dates';
import { fullGym } from '../../../src/domain/equipment';
import { convert, type Unit } from '../../../src/domain/units';
import { api, ApiError } from '../api';
import type { Profile } from '../types';
import { Choice } from '../ui/Field';
import { num, offline, said } from '../ui/problems';
import { Sessions, usualDays, Weekdays } from '../ui/Weekdays';
import { GOALS } from './Onboarding';
import { Equipment, type Kit } from './settings-equipment';

/** The equipment a unit's full gym has, as the form's text. */
function gymKit(unit: Unit, keep: Pick<Kit, 'cable' | 'bands' | 'gear'>): Kit {
  const g = fullGym(unit);
  return {
    ...keep,
    barbell: true,
    bar: String(g.barbell?.bar.value ?? ''),
    plates: (g.barbell?.plates ?? []).map((p) => ({
      weight: String(p.weight),
      pairs: String(p.pairs),
    })),
    dumbbells: g.dumbbells !== null,
    dbMin: String(g.dumbbells?.min ?? ''),
    dbMax: String(g.dumbbells?.max ?? ''),
    dbStep: String(g.dumbbells?.step ?? ''),
  };
}

/** The profile's equipment as the form's text. */
function kitOf(p: Profile): Kit {
  const inv = p.inventory;
  const base = gymKit(p.units, { cable: inv.cable, bands: [...inv.bands], gear: [...inv.gear] });
  return {
    ...base,
    barbell: inv.barbell !== null,
    ...(inv.barbell && {
      bar: String(inv.barbell.bar.value),
      plates: inv.barbell.plates.map((x) => ({ weight: String(x.weight), pairs: String(x.pairs) })),
    }),
    dumbbells: inv.dumbbells !== null,
    ...(inv.dumbbells && {
      dbMin: String(inv.dumbbells.min),
      dbMax: String(inv.dumbbells.max),
      dbStep: String(inv.dumbbells.step),
    }),
  };
}

export function TrainingForm(props: { profile: Profile; onSaved: (p: Profile) => void }) {
  const p = props.profile;
  const [goal, setGoal] = useState(p.goal);
  const [sessions, setSessions] = useState<number>(p.sessionsPerWeek);
  const [days, setDays] = useState<Weekday[]>(
    p.days.length === p.sessionsPerWeek ? [...p.days] : usualDays(p.sessionsPerWeek),
  );
  const [units, setUnits] = useState<Unit>(p.units);
  const [kit, setKit] = useState<Kit>(kitOf(p));
  const [switched, setSwitched] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    // A working set only matters before the log has one; it follows the units.
    const working = p.working && convert(p.working.load, units);
    try {
      const r = await api<{ profile: Profile }>('PUT', '/api/v1/profile', {
        body: {
          name: p.name,
          units,
          goal,
          sessionsPerWeek: sessions,
          weekdays: days,
          barbell: kit.barbell,
          ...(kit.barbell && {
            bar: num(kit.bar),
            plates: kit.plates.map((x) => ({ weight: num(x.weight), pairs: num(x.pairs) })),
          }),
          dumbbells: kit.dumbbells
            ? { min: num(kit.dbMin), max: num(kit.dbMax), step: num(kit.dbStep) }
            : null,
          cable: kit.cable,
          bands: kit.bands,
          gear: kit.gear,
          working: working && {
            load: Math.round(working.value * 2) / 2,
            reps: p.working?.reps ?? 1,
          },
          compounds: p.compounds,
        },
      });
      // A new profile starts with the default settings: the lifter's own come back.
      await api('PATCH', '/api/v1/settings', { body: p.settings });
      setSaved(true);
      setSwitched(false);
      props.onSaved({ ...r.profile, settings: p.settings });
    } catch (err) {
      setError(err instanceof ApiError ? err : offline());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" noValidate onSubmit={(e) => void save(e)} aria-labelledby="training-h">
      <h2 id="training-h">Training and equipment</h2>
      <p class="small muted">
        Saving starts a new plan from today with these answers. Your log carries over: every lift
        goes on from where it left off.
      </p>
      <Choice legend="Goal" value={goal} options={GOALS} onChange={setGoal} />
      <Sessions
        value={sessions}
        error={said(error, 'sessionsPerWeek')}
        onChange={(n) => {
          setSessions(n);
          setDays(usualDays(n));
        }}
      />
      <Weekdays
        days={days}
        onChange={setDays}
        error={said(error, 'weekdays')}
        hint="One per session, with a day of rest between if you can."
      />
      <Choice
        legend="Units"
        value={units}
        options={[
          ['lb', 'Pounds (lb)'],
          ['kg', 'Kilograms (kg)'],
        ]}
        onChange={(u) => {
          if (u === units) return;
          setUnits(u);
          setKit(gymKit(u, kit));
          setSwitched(true);
        }}
      />
      {switched && (
        <p class="note small" role="status">
          The bar, plates and dumbbells below are now a full gym in {units}: check them against
          yours.
        </p>
      )}
      <Equipment kit={kit} units={units} error={error} onChange={setKit} />
      {error && !error.problem.errors?.length && (
        <p class="error" role="alert">
          {error.message}
        </p>
      )}
      <button class="primary wide" type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save and start a new plan'}
      </button>
      <p role="status" class="small">
        {saved ? 'Saved. Today and the plan follow the new answers.' : ''}
      </p>
    </form>
  );
}
