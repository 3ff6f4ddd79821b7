/** The server's types, imported as types only: nothing of the server is bundled. */
import type { Plan } from '../../src/domain/program/plan';
import type { Proposal } from '../../src/app/setup';
export type { Today, Item } from '../../src/domain/today';
export type { Plan, PlanDay, Slot } from '../../src/domain/program/plan';
export type { Load } from '../../src/domain/units';
export type { Overview, ExerciseStats } from '../../src/app/stats';
export type { ImportReport } from '../../src/app/transfer';
export type { StoredSession, StoredSet, Measurement, Photo } from '../../src/store/port';
export type { Profile } from '../../src/domain/profile';
export type { Proposal } from '../../src/app/setup';

/** GET /api/v1/plan: the active plan, its days done, how many plans so far, and once it is over the next one proposed. */
export interface PlanRead {
  readonly id: string;
  readonly plan: Plan;
  readonly done: readonly string[];
  readonly plans: number;
  readonly proposal: Proposal | null;
}
