/** What every use case receives: a plain record, built once by the face (CLI, HTTP). */
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

/** Today's date in the lifter's local time zone, as YYYY-MM-DD. */
export function today(deps: Pick<Deps, 'now'>): string {
  const d = deps.now();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
