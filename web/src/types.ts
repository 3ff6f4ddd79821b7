/** The server's types, imported as types only: nothing of the server is bundled. */
export type { Today, Item } from '../../src/domain/today';
export type { Plan, PlanDay, Slot } from '../../src/domain/program/plan';
export type { Load } from '../../src/domain/units';
export type { Overview, ExerciseStats } from '../../src/app/stats';
export type { ImportReport } from '../../src/app/transfer';
export type { StoredSession, StoredSet, Measurement, Photo } from '../../src/store/port';
export type { Profile } from '../../src/domain/profile';
