/**
 * The tab bar: five screens, each an icon over its name. The icons are decoration
 * (aria-hidden); the names are the links' accessible names. Drawn inline, 24 x 24, in the
 * text's colour, so they follow light and dark and the current tab's accent.
 */
import type { JSX } from 'preact';

export const TABS = [
  ['today', 'Today'],
  ['plan', 'Plan'],
  ['progress', 'Progress'],
  ['measure', 'Measure'],
  ['data', 'Data'],
] as const;
export type TabId = (typeof TABS)[number][0];

/** Stroke paths of each icon on a 24 x 24 grid. */
const PATHS: Record<TabId, string[]> = {
  // A barbell.
  today: ['M2 12h20', 'M5 8v8', 'M8 6v12', 'M16 6v12', 'M19 8v8'],
  // A calendar.
  plan: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v5', 'M16 3v5'],
  // A rising line.
  progress: ['M3 20h18', 'M4 16l5-5 4 3 7-8', 'M15 6h5v5'],
  // A tape measure.
  measure: ['M3 8h18v8H3z', 'M7 8v3', 'M11 8v4', 'M15 8v3', 'M19 8v4'],
  // A stack of records.
  data: ['M4 6c0-2 16-2 16 0s-16 2-16 0', 'M4 6v12c0 2 16 2 16 0V6', 'M4 12c0 2 16 2 16 0'],
};

function Icon(props: { tab: TabId }): JSX.Element {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {PATHS[props.tab].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** The bar at the foot of every screen; `current` is null on a screen reached from the header. */
export function TabBar(props: { current: TabId | null }) {
  return (
    <nav class="tabs" aria-label="Screens">
      {TABS.map(([t, label]) => (
        <a key={t} href={`#/${t}`} aria-current={props.current === t ? 'page' : undefined}>
          <Icon tab={t} />
          <span>{label}</span>
        </a>
      ))}
    </nav>
  );
}
