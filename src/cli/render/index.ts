export { plan } from './plan.js';
export { today, item } from './today.js';
export * as Sets from './sets.js';
export * as Workout from './workout.js';
