/**
 * On Coach, until the account's email is confirmed: an invitation can be answered only by an
 * account that confirmed the invited address. The link is sent to that address; this server
 * has no mail server, so its operator finds the link in the server's log.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, get } from '../api';

interface Email {
  email: string;
  verified: boolean;
}

export function ConfirmEmail() {
  const [me, setMe] = useState<Email | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    void get<Email>('/api/v1/account/email').then(setMe, () => undefined);
  }, []);
  if (!me || me.verified) return null;
  const resend = async () => {
    setSaid('');
    try {
      const r = await api<{ detail: string }>('POST', '/api/v1/account/verification');
      setSaid(r.detail);
    } catch (e) {
      if (e instanceof ApiError) setSaid(e.problem.detail);
    }
  };
  return (
    <aside class="note" aria-labelledby="confirm-h">
      <h2 id="confirm-h">Confirm your email</h2>
      <p>
        A coach’s invitation to {me.email} can be accepted once you confirm that it is yours: open
        the link sent to it when you signed up. This server sends no email itself: ask the person
        who runs it for the link (it is in the server’s log).
      </p>
      <button class="secondary" type="button" onClick={() => void resend()}>
        Send a new link
      </button>
      <p role="status" class="small" data-testid="confirm-status">
        {said}
      </p>
    </aside>
  );
}
