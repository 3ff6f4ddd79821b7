/**
 * What the lifter owns, as Settings edits it: the barbell (bar and plates, fractional plates
 * too), dumbbells, the cable, hip circle bands and the support gear (R10). Each field shows
 * the API's own words when it refuses it.
 */
import { useId } from 'preact/hooks';
import {
  BAND_LEVELS,
  GEAR,
  GEAR_NAMES,
  type BandLevel,
  type Gear,
} from '../../../src/domain/equipment';
import type { Unit } from '../../../src/domain/units';
import type { ApiError } from '../api';
import { Choice, NumberField } from '../ui/Field';
import { said, saidOf } from '../ui/problems';

/** The equipment as typed: numbers stay text until sent, so a half-typed one is kept. */
export interface Kit {
  readonly barbell: boolean;
  readonly bar: string;
  readonly plates: readonly { readonly weight: string; readonly pairs: string }[];
  readonly dumbbells: boolean;
  readonly dbMin: string;
  readonly dbMax: string;
  readonly dbStep: string;
  readonly cable: boolean;
  readonly bands: readonly BandLevel[];
  readonly gear: readonly Gear[];
}

export const BAND_NAMES: Record<BandLevel, string> = {
  light: 'Light',
  medium: 'Medium',
  heavy: 'Heavy',
};

/** One list of things owned, each a checkbox. */
export function Owned<T extends string>(props: {
  legend: string;
  hint: string;
  all: readonly T[];
  names: Record<T, string>;
  owned: readonly T[];
  error: string | undefined;
  onChange: (owned: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset class="choice" aria-describedby={props.error ? `${id}-err` : `${id}-hint`}>
      <legend>{props.legend}</legend>
      <p id={`${id}-hint`} class="small muted">
        {props.hint}
      </p>
      <div>
        {props.all.map((x) => (
          <label key={x} class={props.owned.includes(x) ? 'selected' : ''}>
            <input
              type="checkbox"
              checked={props.owned.includes(x)}
              onChange={() =>
                props.onChange(props.all.filter((y) => (y === x) !== props.owned.includes(y)))
              }
            />
            {props.names[x]}
          </label>
        ))}
      </div>
      {props.error && (
        <p id={`${id}-err`} class="error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}

export function Equipment(props: {
  kit: Kit;
  units: Unit;
  error: ApiError | null;
  onChange: (kit: Kit) => void;
}) {
  const { kit, units, error } = props;
  const set = (change: Partial<Kit>) => props.onChange({ ...kit, ...change });
  const plate = (i: number, change: Partial<Kit['plates'][number]>) =>
    set({ plates: kit.plates.map((p, j) => (j === i ? { ...p, ...change } : p)) });
  const platesError = saidOf(error, 'plates');
  return (
    <>
      <Choice
        legend="Barbell and plates"
        value={kit.barbell ? 'yes' : 'no'}
        options={[
          ['yes', 'Yes'],
          ['no', 'No: dumbbells or bands'],
        ]}
        onChange={(v) => set({ barbell: v === 'yes' })}
      />
      {kit.barbell && (
        <>
          <NumberField
            label={`Bar (${units})`}
            value={kit.bar}
            error={said(error, 'bar')}
            onInput={(bar) => set({ bar })}
          />
          <fieldset class="plates" aria-describedby={platesError ? 'plates-err' : 'plates-hint'}>
            <legend>Plates ({units})</legend>
            <p id="plates-hint" class="small muted">
              Each size and how many pairs (one plate a side). Small plates such as 1.25 or 0.5 let
              the load rise in smaller steps.
            </p>
            {kit.plates.map((p, i) => (
              <div class="plate-row" key={i}>
                <NumberField
                  label={`Plate ${i + 1} weight`}
                  value={p.weight}
                  error={said(error, `plates.${i}.weight`)}
                  onInput={(weight) => plate(i, { weight })}
                />
                <NumberField
                  label="Pairs"
                  whole
                  value={p.pairs}
                  error={said(error, `plates.${i}.pairs`)}
                  onInput={(pairs) => plate(i, { pairs })}
                />
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Remove plate ${i + 1}`}
                  onClick={() => set({ plates: kit.plates.filter((_, j) => j !== i) })}
                >
                  Remove
                </button>
              </div>
            ))}
            {platesError && (
              <p id="plates-err" class="error" role="alert">
                {platesError}
              </p>
            )}
            <button
              type="button"
              class="secondary"
              onClick={() => set({ plates: [...kit.plates, { weight: '', pairs: '1' }] })}
            >
              Add a plate
            </button>
          </fieldset>
        </>
      )}
      <Choice
        legend="Dumbbells"
        value={kit.dumbbells ? 'yes' : 'no'}
        options={[
          ['yes', 'Yes'],
          ['no', 'None'],
        ]}
        onChange={(v) => set({ dumbbells: v === 'yes' })}
      />
      {kit.dumbbells && (
        <div class="trio">
          <NumberField
            label={`Lightest (${units})`}
            value={kit.dbMin}
            error={said(error, 'dumbbells.min') ?? saidOf(error, 'dumbbells')}
            onInput={(dbMin) => set({ dbMin })}
          />
          <NumberField
            label={`Heaviest (${units})`}
            value={kit.dbMax}
            error={said(error, 'dumbbells.max')}
            onInput={(dbMax) => set({ dbMax })}
          />
          <NumberField
            label={`Step (${units})`}
            value={kit.dbStep}
            error={said(error, 'dumbbells.step')}
            onInput={(dbStep) => set({ dbStep })}
          />
        </div>
      )}
      <Owned
        legend="Hip circle bands"
        hint="None owned: no banded exercise, not even the warm-up."
        all={BAND_LEVELS}
        names={BAND_NAMES}
        owned={kit.bands}
        error={said(error, 'bands')}
        onChange={(bands) => set({ bands })}
      />
      <label class="check">
        <input type="checkbox" checked={kit.cable} onChange={() => set({ cable: !kit.cable })} />A
        cable machine
      </label>
      <Owned
        legend="Gear you own"
        hint="Thrust lists what to bring each day from this (R10)."
        all={GEAR}
        names={GEAR_NAMES}
        owned={kit.gear}
        error={said(error, 'gear')}
        onChange={(gear) => set({ gear })}
      />
    </>
  );
}
