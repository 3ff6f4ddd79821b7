/** The hip series on Measure: in one unit, its change, and what the tape can and cannot tell (R9). */
import { trend, TEM_FRACTION } from '../../../src/domain/analytics/measurements';
import { HIP_PROTOCOL, inOneUnit } from '../../../src/domain/body';
import type { Measurement } from '../types';
import { day as dayName, round } from '../ui/format';

const HIP = 'hip-circumference';
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${round(Math.abs(n))}`;

/**
 * The hip series in one unit, its change, and whether the change is more than the tape can
 * tell apart: the smallest real difference at a tape error of 1% of the girth (about 2.8 cm
 * on a 100 cm hip; Weir 2005; self-measured hips differ by 0.2-1.9 cm between two readings,
 * Barrios 2016). Fat moves the same tape, so body weight and waist are shown beside it.
 */
export function Hips(props: { measurements: readonly Measurement[]; due: boolean }) {
  const hips = inOneUnit(props.measurements.filter((m) => m.kind === HIP));
  const latest = hips.at(-1);
  if (!latest) return null;
  const unit = latest.unit;
  const t = trend(hips);
  const srd = t.smallestRealDifference ?? 1.96 * Math.SQRT2 * TEM_FRACTION * latest.value;
  const since = t.first?.date ?? latest.date;
  return (
    <section class="card" aria-labelledby="hip-h" data-testid="hip-trend">
      <h2 id="hip-h">Hip circumference</h2>
      <ul class="plain" data-testid="hip-series">
        {hips
          .slice(-6)
          .reverse()
          .map((m) => (
            <li key={m.id}>
              {dayName(m.date)}:{' '}
              <strong>
                {round(m.value)} {unit}
              </strong>
            </li>
          ))}
      </ul>
      {t.change !== null && t.first ? (
        <>
          <p class="flush">
            Since {dayName(t.first.date)}: {signed(t.change)} {unit}
            {t.real && t.perMonth !== null ? ` (${signed(t.perMonth)} ${unit} a month)` : ''}.
          </p>
          <p class="verdict" data-testid="hip-verdict">
            {t.real
              ? `${signed(t.change)} ${unit} is more than tape error: the smallest real change is about ${round(srd)} ${unit}.`
              : `${signed(t.change)} ${unit} is within tape error: a change under about ${round(srd)} ${unit} can be noise.`}
          </p>
        </>
      ) : (
        <p class="flush" data-testid="hip-verdict">
          One measurement so far. Between two, a change under about {round(srd)} {unit} is within
          tape error.
        </p>
      )}
      <p class="small">
        Month to month, muscle alone likely moves the tape less than that, and fat moves it too:
        look at the 3-6 month trend, with body weight and waist beside it.
      </p>
      <ul class="plain small" data-testid="hip-beside">
        <Beside label="Body weight" kind="bodyweight" since={since} all={props.measurements} />
        <Beside label="Waist" kind="waist" since={since} all={props.measurements} />
      </ul>
      {!props.due && (
        <details>
          <summary>How to measure your hips</summary>
          <p class="protocol small">{HIP_PROTOCOL}</p>
        </details>
      )}
    </section>
  );
}

/** Another series over the hip series' span: its latest value and its change since then. */
function Beside(props: {
  label: string;
  kind: string;
  since: string;
  all: readonly Measurement[];
}) {
  const series = inOneUnit(props.all.filter((m) => m.kind === props.kind));
  const latest = series.at(-1);
  if (!latest) return <li class="muted">{props.label}: not measured yet.</li>;
  const from = series.find((m) => m.date >= props.since);
  return (
    <li>
      {props.label}: {round(latest.value)} {latest.unit} on {dayName(latest.date)}
      {from && from !== latest
        ? `, ${signed(latest.value - from.value)} ${latest.unit} since ${dayName(from.date)}`
        : ''}
      .
    </li>
  );
}
