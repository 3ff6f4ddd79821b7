/** The frame around every screen: a header, the screen the address names, the tab bar. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { forget, logOut } from '../api';
import * as Outbox from '../outbox';
// Static: Today's cards show its sources, so it is in the first load anyway.
import { EvidenceView } from '../screens/Evidence';
import { TodayView } from '../screens/Today';
import { Invites } from './Invites';
import { onDemand } from './on-demand';
import { SyncBadge } from './SyncBadge';
import { TabBar, TABS, type TabId } from './TabBar';
import { RestTimer } from './timers';

// Today's code is all that loads at the start (a phone's first screen, soonest); the others
// load when first opened, Progress's charts the heaviest. The service worker caches them all.
const PlanView = onDemand('Plan', () => import('../screens/Plan').then((m) => m.PlanView));
const Measure = onDemand('Measure', () => import('../screens/Measure').then((m) => m.Measure));
const Data = onDemand('Data', () => import('../screens/Data').then((m) => m.Data));
const History = onDemand('History', () => import('../screens/History').then((m) => m.History));
const Progress = onDemand('Progress', () => import('../screens/Progress').then((m) => m.Progress));
const Settings = onDemand('Settings', () => import('../screens/Settings').then((m) => m.Settings));
const Coach = onDemand('Coach', () => import('../screens/Coach').then((m) => m.Coach));

/** Screens reached from the header rather than the tab bar. */
const OTHER = {
  coach: 'Coach',
  evidence: 'Evidence',
  history: 'History',
  settings: 'Settings',
} as const;
type Tab = TabId | keyof typeof OTHER;

const route = (): Tab => {
  const r = location.hash.replace(/^#\//, '');
  return r in OTHER || TABS.some(([t]) => t === r) ? (r as Tab) : 'today';
};

// The screen the address names starts loading with the app, beside its first requests to
// the server, rather than after them.
const ON_DEMAND: Partial<Record<Tab, { preload(): void }>> = {
  plan: PlanView,
  measure: Measure,
  data: Data,
  history: History,
  progress: Progress,
  settings: Settings,
  coach: Coach,
};
ON_DEMAND[route()]?.preload();

export function Shell(props: { multiUser: boolean; email: string | null; onOut: () => void }) {
  const [tab, setTab] = useState<Tab>(route());
  useEffect(() => {
    const on = () => setTab(route());
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const first = useRef(true);
  useEffect(() => {
    const name =
      tab in OTHER ? OTHER[tab as keyof typeof OTHER] : TABS.find(([t]) => t === tab)?.[1];
    document.title = `${name ?? ''} · Thrust`;
    window.scrollTo(0, 0);
    // A new screen: focus goes to its heading, so a screen reader says where the lifter is.
    if (first.current) first.current = false;
    else return toHeading();
  }, [tab]);

  const [asking, setAsking] = useState(false);
  const out = async () => {
    setAsking(false);
    // Offline, the logout is remembered and sent first thing once the server answers.
    await logOut().catch(() => undefined);
    forget();
    Outbox.setOwner(null);
    props.onOut();
  };
  // Sets still waiting belong to this account: ask what becomes of them first.
  const logout = () => (Outbox.pending().length > 0 ? setAsking(true) : void out());

  return (
    <>
      <a
        class="skip"
        href="#main"
        onClick={(e) => {
          // The address names the screen, so the skip moves focus without changing it.
          e.preventDefault();
          toHeading();
        }}
      >
        Skip to content
      </a>
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
        <a
          class="evidence-link"
          href="#/settings"
          aria-current={tab === 'settings' ? 'page' : undefined}
        >
          Settings
        </a>
        {props.multiUser && (
          <nav class="account" aria-label="Account">
            <a href="#/coach" aria-current={tab === 'coach' ? 'page' : undefined}>
              Coach
            </a>
            <button class="link" onClick={logout} title={props.email ?? ''}>
              Log out
            </button>
          </nav>
        )}
      </header>
      {props.multiUser && <Invites screen={tab} />}
      <main class="page" id="main">
        {tab === 'today' && <TodayView />}
        {tab === 'plan' && <PlanView />}
        {tab === 'measure' && <Measure />}
        {tab === 'data' && <Data />}
        {tab === 'evidence' && <EvidenceView />}
        {tab === 'history' && <History />}
        {tab === 'progress' && <Progress />}
        {tab === 'coach' && <Coach />}
        {tab === 'settings' && <Settings />}
      </main>
      <RestTimer />
      {asking && (
        <Waiting email={props.email} onOut={() => void out()} onStay={() => setAsking(false)} />
      )}
      <TabBar current={tab in OTHER ? null : (tab as TabId)} />
    </>
  );
}

/**
 * Focus the screen's heading once it is drawn (a screen may first say it is loading);
 * returns a cancel for a screen left before that.
 */
function toHeading(): () => void {
  let frames = 0;
  let id = 0;
  const look = () => {
    const h = document.querySelector<HTMLElement>('#main h1');
    if (h) {
      h.tabIndex = -1;
      h.focus({ preventScroll: true });
    } else if (frames++ < 120) id = requestAnimationFrame(look);
  };
  id = requestAnimationFrame(look);
  return () => cancelAnimationFrame(id);
}

const setsIn = (n: number) => `${n} set${n === 1 ? '' : 's'}`;

/** Logging out with sets not yet sent: send them now, keep them for this account, or discard them. */
function Waiting(props: { email: string | null; onOut: () => void; onStay: () => void }) {
  const box = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const count = () => Outbox.pending().reduce((k, b) => k + b.sets.length, 0);
  const [n, setN] = useState(count());
  useEffect(() => {
    box.current?.showModal();
  }, []);
  const send = async () => {
    setBusy(true);
    await Outbox.flush();
    setBusy(false);
    const left = count();
    if (left === 0) return props.onOut();
    setN(left);
    setNote(
      `${setsIn(left)} could not be sent: no connection to the server. Keep them for this account, or discard them.`,
    );
  };
  return (
    <dialog
      ref={box}
      class="card waiting"
      aria-labelledby="waiting-h"
      aria-describedby="waiting-p"
      onClose={props.onStay}
    >
      <h2 id="waiting-h">{setsIn(n)} not sent yet</h2>
      <p id="waiting-p">
        {n === 1 ? 'It was' : 'They were'} logged on this device
        {props.email ? ` by ${props.email}` : ''} and {n === 1 ? 'has' : 'have'} not reached the
        server. Sets are only ever sent under the account that logged them.
      </p>
      <p role="status" class="small">
        {busy ? 'Sending…' : note}
      </p>
      <div class="buttons">
        <button class="primary" disabled={busy} onClick={() => void send()}>
          Send now, then log out
        </button>
        <button class="secondary" disabled={busy} onClick={props.onOut}>
          Keep them for this account
        </button>
        <button
          class="secondary"
          disabled={busy}
          onClick={() => {
            Outbox.discard();
            props.onOut();
          }}
        >
          Discard them
        </button>
        <button class="link" onClick={() => box.current?.close()}>
          Stay logged in
        </button>
      </div>
    </dialog>
  );
}
