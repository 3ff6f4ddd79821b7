/** Analytics over the log: pure functions the CLI, the API and the web app all use. */
export * as Adherence from './adherence.js';
export * as Estimate from './estimate.js';
export * as Measurements from './measurements.js';
export * as Progress from './progress.js';
export * as Projection from './projection.js';
export * as Records from './records.js';
export * as Stalls from './stalls.js';
export * as Symmetry from './symmetry.js';
export * as Tracks from './tracks.js';
export * as Volume from './volume.js';
