/** The frame around every screen: a header, the screen the address names, the tab bar. */
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { api, forget } from '../api';
import { Data } from '../screens/Data';
import { EvidenceView } from '../screens/Evidence';
import { History } from '../screens/History';
import { Measure } from '../screens/Measure';
import { PlanView } from '../screens/Plan';
import { TodayView } from '../screens/Today';
import { SyncBadge } from './SyncBadge';

// Charts are the heaviest part; they load only when Progress opens.
const Progress = lazy(() => import('../screens/Progress').then((m) => ({ default: m.Progress })));
const Coach = lazy(() => import('../screens/Coach').then((m) => ({ default: m.Coach })));

const TABS = [
  ['today', 'Today'],
  ['plan', 'Plan'],
  ['progress', 'Progress'],
  ['measure', 'Measure'],
  ['data', 'Data'],
] as const;
/** Screens reached from the header rather than the tab bar. */
const OTHER = { coach: 'Coach', evidence: 'Evidence', history: 'History' } as const;
type Tab = (typeof TABS)[number][0] | keyof typeof OTHER;

const route = (): Tab => {
  const r = location.hash.replace(/^#\//, '');
  return r in OTHER || TABS.some(([t]) => t === r) ? (r as Tab) : 'today';
};

export function Shell(props: { multiUser: boolean; email: string | null; onOut: () => void }) {
  const [tab, setTab] = useState<Tab>(route());
  useEffect(() => {
    const on = () => setTab(route());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    const name =
      tab in OTHER ? OTHER[tab as keyof typeof OTHER] : TABS.find(([t]) => t === tab)?.[1];
    document.title = `${name ?? ''} · Thrust`;
    window.scrollTo(0, 0);
  }, [tab]);

  const logout = async () => {
    await api('POST', '/api/v1/auth/logout').catch(() => undefined);
    forget();
    props.onOut();
  };

  return (
    <>
      <header class="top">
        <span class="brand" aria-hidden="true">
          Thrust
        </span>
        <SyncBadge />
        <a
          class="evidence-link"
          href="#/evidence"
          aria-current={tab === 'evidence' ? 'page' : undefined}
        >
          Evidence
        </a>
        {props.multiUser && (
          <nav class="account" aria-label="Account">
            <a href="#/coach">Coach</a>
            <button class="link" onClick={() => void logout()} title={props.email ?? ''}>
              Log out
            </button>
          </nav>
        )}
      </header>
      <main class="page" id="main">
        {tab === 'today' && <TodayView />}
        {tab === 'plan' && <PlanView />}
        {tab === 'measure' && <Measure />}
        {tab === 'data' && <Data />}
        {tab === 'evidence' && <EvidenceView />}
        {tab === 'history' && <History />}
        {(tab === 'progress' || tab === 'coach') && (
          <Suspense fallback={<p class="muted">Loading…</p>}>
            {tab === 'progress' ? <Progress /> : <Coach />}
          </Suspense>
        )}
      </main>
      <nav class="tabs" aria-label="Screens">
        {TABS.map(([t, label]) => (
          <a key={t} href={`#/${t}`} aria-current={tab === t ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
    </>
  );
}
