/**
 * The item aggregate: states, events, the transition table, `decide`, access rules and the timeline.
 * Import from here; the files behind it are split by job.
 */
export * from './status';
export * from './item';
export * from './commands';
export * from './transitions';
export * from './access';
export * from './decide';
export * from './timeline';
export { GUARDS } from './guards';
export { resolveTarget } from './target-rules';
