/** What every use case receives: a plain record, built once by the face (CLI, HTTP). */
import * as Zone from '../formats/zone.js';
import type { Store, UserId } from '../store/port.js';

export interface Deps {
  readonly store: Store;
  readonly user: UserId;
  /** The current instant; the only clock the use cases see. */
  readonly now: () => Date;
  readonly newId: () => string;
  /** The time zone of the lifter's clock, for files with local times (default the machine's). */
  readonly zone?: string;
}

/**
 * Today's date on the lifter's clock, as YYYY-MM-DD: in `zone` when the lifter's device
 * named one (a phone talking to a server in another time zone), else the machine's.
 */
export function today(deps: Pick<Deps, 'now' | 'zone'>): string {
  const d = deps.now();
  if (deps.zone) return Zone.local(d.getTime(), deps.zone).date;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
