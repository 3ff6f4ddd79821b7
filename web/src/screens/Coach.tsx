/** The coach's view (multi-user servers): invitations, athletes, and each athlete's progress. */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';
import { Field } from '../ui/Field';
import { Athlete } from './coach-athlete';
import { ConfirmEmail } from './coach-confirm';

interface Link {
  id: string;
  coachEmail: string;
  athleteEmail: string;
  athlete: string | null;
  status: 'pending' | 'active' | 'revoked';
}

export function Coach() {
  const [links, setLinks] = useState<{ asCoach: Link[]; asAthlete: Link[] } | null>(null);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<Link | null>(null);
  const [invited, setInvited] = useState('');

  const load = () =>
    get<{ asCoach: Link[]; asAthlete: Link[] }>('/api/v1/coach/links').then(setLinks);
  useEffect(() => {
    void load().catch(() => undefined);
  }, []);
  const act = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await load();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    }
  };
  if (!links) return <p class="muted">Loading…</p>;
  const live = (l: Link) => l.status !== 'revoked';

  return (
    <section>
      <h1>Coach</h1>
      <ConfirmEmail />
      <section class="card" aria-labelledby="ath-h">
        <h2 id="ath-h">Your athletes</h2>
        {links.asCoach.filter(live).length === 0 && (
          <p class="muted">None yet: invite one below.</p>
        )}
        <ul class="plain">
          {links.asCoach.filter(live).map((l) => (
            <li key={l.id} class="row">
              <span>
                {l.athleteEmail} <span class="small muted">· {l.status}</span>
              </span>
              <span>
                {l.status === 'active' && (
                  <button class="secondary" onClick={() => setOpen(l)}>
                    View
                  </button>
                )}
                <button
                  class="link"
                  onClick={() => void act(() => api('DELETE', `/api/v1/coach/links/${l.id}`))}
                >
                  End
                </button>
              </span>
            </li>
          ))}
        </ul>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setInvited('');
            void act(() =>
              api('POST', '/api/v1/coach/invites', { body: { email } }).then(() => {
                setInvited(
                  `Invited ${email}. Thrust sends no email: tell them. They see the invitation on their Coach screen once they log in with this address; with no account yet, they sign up with it first. They accept it once they have confirmed the address. Until then, it shows as pending.`,
                );
                setEmail('');
              }),
            );
          }}
        >
          <Field label="Invite an athlete by email" error={error?.field('email')}>
            {(id, by) => (
              <input
                id={id}
                aria-describedby={by}
                type="email"
                value={email}
                onInput={(e) => setEmail((e.target as HTMLInputElement).value)}
              />
            )}
          </Field>
          <button class="primary wide" type="submit">
            Invite
          </button>
          <p role="status" class="small" data-testid="invited">
            {invited}
          </p>
        </form>
      </section>
      <section class="card" aria-labelledby="co-h">
        <h2 id="co-h">Your coaches</h2>
        {error && !error.field('email') && (
          <p class="error" role="alert">
            {error.problem.detail}
          </p>
        )}
        {links.asAthlete.filter(live).length === 0 && (
          <p class="muted">No coach has invited you.</p>
        )}
        <ul class="plain">
          {links.asAthlete.filter(live).map((l) => (
            <li key={l.id} class="row">
              <span>
                {l.coachEmail}{' '}
                <span class="small muted">
                  · {l.status === 'pending' ? 'invited you' : 'sees your log'}
                </span>
              </span>
              <span>
                {l.status === 'pending' && (
                  <button
                    class="primary"
                    onClick={() =>
                      void act(() => api('POST', `/api/v1/coach/links/${l.id}/accept`))
                    }
                  >
                    Accept
                  </button>
                )}
                <button
                  class="link"
                  onClick={() => void act(() => api('DELETE', `/api/v1/coach/links/${l.id}`))}
                >
                  {l.status === 'pending' ? 'Decline' : 'Revoke'}
                </button>
              </span>
            </li>
          ))}
        </ul>
      </section>
      {open?.athlete && <Athlete id={open.athlete} email={open.athleteEmail} />}
    </section>
  );
}
