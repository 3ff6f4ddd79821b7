/**
 * A multi-user server's housekeeping: once on start and then every hour, what has run out is
 * deleted (expired sessions and email confirmation links, old login-limit rows, lapsed
 * invitations; see Accounts.prune),
 * so these tables stay the size of what is current. Several processes may prune the same
 * database; each delete is idempotent. A failure (the database away) is logged and retried
 * at the next turn.
 */
import * as Accounts from '../app/accounts.js';

export const RETENTION_EVERY_MS = 60 * 60_000;

/** Start pruning; returns a stop function. */
export function startRetention(
  deps: Accounts.AuthDeps,
  log: (line: Record<string, unknown>) => void,
  everyMs = RETENTION_EVERY_MS,
): () => void {
  let running: Promise<void> | null = null;
  const turn = () => {
    running ??= Accounts.prune(deps)
      .then((gone) => {
        if (gone.sessions + gone.attempts + gone.invites + gone.verifications > 0)
          log({ time: new Date().toISOString(), msg: 'retention', deleted: gone });
      })
      .catch((e: unknown) => {
        log({ time: new Date().toISOString(), level: 'warn', msg: 'retention', error: String(e) });
      })
      .finally(() => {
        running = null;
      });
  };
  turn();
  const timer = setInterval(turn, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
