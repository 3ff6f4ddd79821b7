/** Today's smaller parts: the session at a glance, the plan-over notice, the gear checklist. */
import { useState } from 'preact/hooks';
import { GEAR_NAMES, type Gear as GearId } from '../../../src/domain/equipment';
import type { Item, Proposal } from '../types';
import { load as loadText } from '../ui/format';

/**
 * The session at a glance, in order, each line a link to its card: the main lift's numbers
 * are on the first screen even when the warm-up card above it is long.
 */
export function Glance(props: { items: readonly Item[] }) {
  return (
    <ol class="plain glance" aria-label="This session" data-testid="glance">
      {props.items.map((i) => {
        const p = i.prescription;
        return (
          <li key={i.slot.track} class={i.slot.role === 'main' ? 'main' : ''}>
            <a href={`#/today`} onClick={(e) => jump(e, i)}>
              {i.exercise.name}
            </a>{' '}
            <span class="small">
              {p.sets}×{p.reps}
              {p.perSide ? ' a side' : ''} ·{' '}
              {p.band && p.load?.value === 0 ? `${p.band} band` : loadText(p.load)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

/** Scroll to an exercise's card and put focus on its heading (the address stays #/today). */
function jump(e: Event, item: Item) {
  e.preventDefault();
  const h = document.getElementById(`${item.slot.track.replace(/[^a-z0-9]+/gi, '-')}-h`);
  if (!h) return;
  h.tabIndex = -1;
  h.focus();
  h.scrollIntoView({ block: 'start' });
}

/** No session left in the plan: what comes next, and the way to the Plan screen to start it. */
export function PlanOver(props: { proposal: Proposal | null }) {
  return (
    <div class="card" data-testid="plan-over">
      <p class="flush">
        {props.proposal?.text.replace(/^Plan complete\.\s*/, '') ??
          'No session is left in this plan. The next one carries every lift on from your log.'}
      </p>
      <a class="button primary wide" href="#/plan">
        See the next plan
      </a>
    </div>
  );
}

interface GearRow {
  gear: string;
  why: string;
  owned: boolean;
  required?: boolean;
}

/** An optional item's reason without the "Optional:" it starts with (its heading says so). */
const unprefixed = (why: string) => {
  const w = why.replace(/^Optional:\s*/, '');
  return w.charAt(0).toUpperCase() + w.slice(1);
};

const gearName = (g: string) => GEAR_NAMES[g as GearId] ?? g.replace(/-/g, ' ');

/**
 * The session's equipment (R10): what it needs, then what is optional, each with why. Owned
 * items are a checklist to tick as they are ready; a needed item the lifter lacks is named,
 * an optional one they lack is only listed. Items of plans saved before gear said whether it
 * is needed count as needed.
 */
export function Gear(props: { items: readonly GearRow[]; date: string }) {
  // What is ready is kept with the page's reads of this session, so a reload keeps the ticks.
  const key = `thrust.read:gear:${props.date}`;
  const [have, setHave] = useState<Set<string>>(() => {
    try {
      return new Set(JSON.parse(localStorage.getItem(key) ?? '[]') as string[]);
    } catch {
      return new Set();
    }
  });
  if (props.items.length === 0) return null;
  const needed = props.items.filter((g) => g.required !== false);
  const optional = props.items.filter((g) => g.required === false);
  const missing = needed.filter((g) => !g.owned);
  const ready = needed.filter((g) => g.owned && have.has(g.gear)).length;
  const toggle = (gear: string) => {
    const n = new Set(have);
    if (n.has(gear)) n.delete(gear);
    else n.add(gear);
    setHave(n);
    try {
      localStorage.setItem(key, JSON.stringify([...n]));
    } catch {
      // Storage full or disabled: the ticks last until a reload.
    }
  };
  const row = (g: GearRow, why: string) =>
    g.owned ? (
      <li key={g.gear}>
        <label>
          <input type="checkbox" checked={have.has(g.gear)} onChange={() => toggle(g.gear)} />
          <span>
            <strong>{gearName(g.gear)}</strong>
            <span class="small muted"> · {why}</span>
          </span>
        </label>
      </li>
    ) : (
      <li
        key={g.gear}
        class={g.required === false ? 'absent' : 'absent missing'}
        data-testid={`gear-absent-${g.gear}`}
      >
        <span>
          <strong>{gearName(g.gear)}</strong>
          <span class="small muted"> · not in your kit · {why}</span>
        </span>
      </li>
    );
  return (
    <details class="card gear">
      <summary>
        <h2 class="inline">Equipment</h2>{' '}
        <span class="muted small">
          {ready}/{needed.length} needed ready
        </span>
      </summary>
      {missing.length > 0 && (
        <p class="note small" data-testid="not-owned">
          <strong>Not in your kit:</strong>{' '}
          {missing.map((g) => gearName(g.gear).toLowerCase()).join(', ')}. This session needs{' '}
          {missing.length === 1 ? 'it' : 'them'}.
        </p>
      )}
      {needed.length > 0 && (
        <>
          <h3 id="gear-needed">Needed</h3>
          <ul class="plain checklist" aria-labelledby="gear-needed" data-testid="gear-needed">
            {needed.map((g) => row(g, g.why))}
          </ul>
        </>
      )}
      {optional.length > 0 && (
        <>
          <h3 id="gear-optional">Optional</h3>
          <ul class="plain checklist" aria-labelledby="gear-optional" data-testid="gear-optional">
            {optional.map((g) => row(g, unprefixed(g.why)))}
          </ul>
        </>
      )}
    </details>
  );
}
