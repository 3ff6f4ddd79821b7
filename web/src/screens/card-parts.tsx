/**
 * Pieces of an exercise card: the plates per side, a load or reps stepper, and the Evidence
 * sheet saying where each number comes from.
 */
import { useId } from 'preact/hooks';
import * as Ev from '../../../src/domain/evidence';
import type { Item } from '../types';
import { SourceText } from './Evidence';

/**
 * The plates to load on each side, heaviest first: a list named by its visible label, so a
 * screen reader says "Plates per side (lb), list, 45, 25".
 */
export function Plates(props: { perSide: readonly number[]; unit: 'lb' | 'kg' }) {
  const id = useId();
  return (
    <div class="plates">
      <span id={id} class="small muted">
        Plates per side ({props.unit})
      </span>
      <ul aria-labelledby={id}>
        {props.perSide.map((w, i) => (
          <li key={i} class="plate">
            {w}
          </li>
        ))}
      </ul>
    </div>
  );
}

const ASPECT: Readonly<Record<Ev.Aspect, string>> = {
  sets: 'Sets and reps',
  order: 'Order',
  effort: 'Effort',
  hold: 'Hold',
  load: 'Load',
  step: 'Next step',
  pace: 'Pace',
  stall: 'Stalls',
};

/** Where each number of this slot comes from, with its sources in full. */
export function WhySheet(props: { item: Item; unit: 'lb' | 'kg'; id: string }) {
  const lines = Ev.explain(props.item.slot, props.item.prescription, {
    units: props.unit,
    step: props.item.step,
  });
  return (
    <details class="why-sheet" data-testid={`evidence-${props.id}`}>
      <summary>Evidence: why these numbers</summary>
      <dl>
        {lines.map((l, i) => (
          <div key={i}>
            <dt>{ASPECT[l.aspect]}</dt>
            <dd>
              {l.text}
              <ul class="srcs">
                {l.sources.map((s) => (
                  <li key={Ev.label(s)}>
                    <SourceText source={s} />
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <p class="small">
        <a href="#/evidence">What research says about the hip thrust</a>
      </p>
    </details>
  );
}

export function Stepper(props: {
  label: string;
  value: number;
  step: number;
  onChange: (v: number) => void;
}) {
  const id = useId();
  return (
    <div class="stepper">
      <label for={id}>{props.label}</label>
      <div>
        <button
          class="secondary"
          aria-label={`${props.label} down`}
          onClick={() => props.onChange(Math.max(0, props.value - props.step))}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={0}
          step={props.step}
          value={props.value}
          onInput={(e) => props.onChange(Number((e.target as HTMLInputElement).value) || 0)}
        />
        <button
          class="secondary"
          aria-label={`${props.label} up`}
          onClick={() => props.onChange(props.value + props.step)}
        >
          +
        </button>
      </div>
    </div>
  );
}
