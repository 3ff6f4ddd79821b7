/** The web app: who is here, are they set up, then the screen the address names. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, get, logoutPending, Offline, sendPendingLogout, setCsrf } from './api';
import * as Outbox from './outbox';
import { Login } from './screens/Login';
import { Onboarding } from './screens/Onboarding';
import { Shell } from './ui/Shell';
import './style.css';

interface Me {
  mode: 'local' | 'multi-user';
  account: { user: string; email: string } | null;
  csrf?: string | null;
}

type State =
  | { kind: 'loading' }
  | { kind: 'login' }
  | { kind: 'onboarding'; me: Me }
  | { kind: 'ready'; me: Me }
  | { kind: 'error'; message: string };

/**
 * Whether the lifter has a profile; offline, assume so and show what is cached. Asked beside
 * who is here: to someone not signed in the answer is 401, and the login screen follows.
 */
async function setUp(): Promise<boolean> {
  try {
    await get('/api/v1/profile');
    return true;
  } catch (e) {
    if (e instanceof ApiError && (e.problem.status === 409 || e.problem.status === 401))
      return false;
    if (e instanceof Offline) return true;
    throw e;
  }
}

/** Who is here; offline, the one lifter of local mode, so the cached screens open. */
const whoIsHere = () =>
  get<Me>('/api/v1/auth/me').catch((e: unknown): Me => {
    if (e instanceof Offline) return { mode: 'local', account: null };
    throw e;
  });

function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  const load = async () => {
    try {
      // A logout made offline: nobody is signed in on this device until the server hears it.
      if (!(await sendPendingLogout())) {
        Outbox.setOwner(null);
        return setState({ kind: 'login' });
      }
      // Two questions at once: one round trip before the first screen, not two.
      const [me, ready] = await Promise.all([whoIsHere(), setUp()]);
      setCsrf(me.csrf ?? null);
      // The outbox shows and sends only the sets of whoever is signed in.
      Outbox.setOwner(me.mode === 'local' ? 'local' : (me.account?.user ?? null));
      if (me.mode === 'multi-user' && !me.account) return setState({ kind: 'login' });
      setState(ready ? { kind: 'ready', me } : { kind: 'onboarding', me });
      Outbox.start();
    } catch (e) {
      setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  useEffect(() => {
    void load();
    // Back online with a logout the server has not heard: send it now.
    const online = () => {
      if (logoutPending()) void load();
    };
    window.addEventListener('online', online);
    // Signed out or in as someone else in another tab: ask the server who is here again.
    const off = Outbox.onStranger(() => void load());
    return () => {
      window.removeEventListener('online', online);
      off();
    };
  }, []);

  switch (state.kind) {
    case 'loading':
      return <p class="center muted">Loading…</p>;
    case 'error':
      return (
        <main class="page">
          <h1>Something went wrong</h1>
          <p role="alert">{state.message}</p>
          <button class="primary" onClick={() => void load()}>
            Try again
          </button>
        </main>
      );
    case 'login':
      return <Login onIn={() => void load()} />;
    case 'onboarding':
      return <Onboarding onDone={() => setState({ kind: 'ready', me: state.me })} />;
    case 'ready':
      return (
        <Shell
          multiUser={state.me.mode === 'multi-user'}
          email={state.me.account?.email ?? null}
          onOut={() => void load()}
        />
      );
  }
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // No offline shell; the app still works online.
    });
  });
}

const root = document.getElementById('app');
if (root) render(<App />, root);
