/** A uPlot line chart sized to its container, in the page's colours; x is days since 1970. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Series {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly dashed?: boolean;
  readonly bars?: boolean;
  /** CSS colour variable name, e.g. "--accent". */
  readonly colour: string;
}

/** The plot's height, and the room its legend takes below it at a phone's width, in px. */
const HEIGHT = 200;
const LEGEND = 44;

const css = (name: string) =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';

export function Chart(props: {
  title: string;
  x: readonly number[];
  series: readonly Series[];
  unit?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || props.x.length === 0) return;
    const grid = { stroke: css('--line'), width: 1 };
    const axis = { stroke: css('--muted'), grid, ticks: grid };
    const plot = new uPlot(
      {
        width: el.clientWidth,
        height: HEIGHT,
        legend: { show: true },
        cursor: { drag: { x: false, y: false } },
        scales: {
          x: {
            time: true,
            // One point alone gets a week either side instead of a zero-width axis.
            range: (_u, min, max) =>
              min === max ? [min - 7 * 86_400, max + 7 * 86_400] : [min, max],
          },
        },
        axes: [
          {
            ...axis,
            values: (_u, ticks) => ticks.map((t) => new Date(t * 1000).toISOString().slice(5, 10)),
          },
          { ...axis, label: props.unit ?? '', size: 48 },
        ],
        series: [
          {
            label: 'Date',
            value: (_u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, 10)),
          },
          ...props.series.map((s) => ({
            label: s.label,
            stroke: css(s.colour),
            width: 2,
            dash: s.dashed ? [6, 6] : undefined,
            spanGaps: true,
            points: { show: !s.dashed, size: 5 },
            ...(s.bars && { paths: uPlot.paths.bars?.({ size: [0.6, 24] }), fill: css(s.colour) }),
          })),
        ],
      },
      // uPlot's time scale is in seconds.
      [props.x.map((d) => d * 86_400), ...props.series.map((s) => s.values as (number | null)[])],
      el,
    );
    const resize = () => plot.setSize({ width: el.clientWidth, height: HEIGHT });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }, [props.x, props.series]);
  return (
    <figure class="chart">
      <figcaption>{props.title}</figcaption>
      <div
        ref={box}
        // The plot and its legend are drawn after the first paint: their room is kept from
        // the start, so nothing below moves when they appear.
        style={{ minHeight: `${HEIGHT + LEGEND}px` }}
        role="img"
        aria-label={`${props.title}: ${props.series.map((s) => s.label).join(', ')}`}
      />
    </figure>
  );
}
