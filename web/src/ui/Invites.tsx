/**
 * A coach's invitation, where the athlete will see it: a notice under the header on every
 * screen but Coach (where it is answered), until accepted or declined. Multi-user only.
 */
import { useEffect, useState } from 'preact/hooks';
import { get } from '../api';

interface Link {
  id: string;
  coachEmail: string;
  status: 'pending' | 'active' | 'revoked';
}

export function Invites(props: { screen: string }) {
  const [from, setFrom] = useState<string[]>([]);
  useEffect(() => {
    // Asked again on each screen change, so an answer on Coach clears the notice.
    void get<{ asAthlete: Link[] }>('/api/v1/coach/links').then(
      (r) => setFrom(r.asAthlete.filter((l) => l.status === 'pending').map((l) => l.coachEmail)),
      () => undefined,
    );
  }, [props.screen]);
  if (from.length === 0 || props.screen === 'coach') return null;
  return (
    <aside class="note invites" aria-label="Invitations">
      <p class="flush">
        {from.join(', ')} {from.length === 1 ? 'wants' : 'want'} to coach you: they would see your
        log and could assign your plan. <a href="#/coach">Accept or decline</a>
      </p>
    </aside>
  );
}
