export { plan } from './plan.js';
export { today } from './today.js';
