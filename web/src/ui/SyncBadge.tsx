/** How many sets are waiting to reach the server, and whether the device is offline. */
import { useEffect, useState } from 'preact/hooks';
import * as Outbox from '../outbox';

export function usePending(): number {
  const [n, setN] = useState(Outbox.pending().reduce((k, b) => k + b.sets.length, 0));
  useEffect(
    () => Outbox.subscribe(() => setN(Outbox.pending().reduce((k, b) => k + b.sets.length, 0))),
    [],
  );
  return n;
}

export function SyncBadge() {
  const waiting = usePending();
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(navigator.onLine);
    window.addEventListener('online', on);
    window.addEventListener('offline', on);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', on);
    };
  }, []);
  const refused = Outbox.failures();
  if (refused.length > 0)
    return (
      <span class="sync error" role="alert" data-testid="refused">
        {refused.length} set{refused.length === 1 ? ' was' : 's were'} refused:{' '}
        {refused.at(-1)?.message}{' '}
        <button class="link" onClick={() => Outbox.dismiss()}>
          OK
        </button>
      </span>
    );
  if (online && waiting === 0) return <span class="sync" aria-live="polite" />;
  return (
    <span class="sync warn" role="status" aria-live="polite" data-testid="sync">
      {online ? '' : 'Offline · '}
      {waiting > 0
        ? `${waiting} set${waiting === 1 ? '' : 's'} waiting to sync`
        : 'saved sets are safe'}
    </span>
  );
}
