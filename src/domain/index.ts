/** The domain core's public surface: import the nouns, call their verbs. */
export * as Asymmetry from './asymmetry.js';
export * as Catalogue from './catalogue/index.js';
export * as Dates from './dates.js';
export * as E1rm from './e1rm.js';
export * as Equipment from './equipment.js';
export * as Loadable from './loadable.js';
export * as Life from './progression/life.js';
export * as Log from './log.js';
export * as Plates from './plates.js';
export * as Plan from './program/plan.js';
export * as Program from './program/generate.js';
export * as Profile from './profile.js';
export * as Progression from './progression/index.js';
export * as Today from './today.js';
export * as Units from './units.js';
export * as Warmup from './warmup.js';
export * as Analytics from './analytics/index.js';
