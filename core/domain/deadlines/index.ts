/** Public entry of the deadline policy: due instants with the statutory ceiling, and per-item thresholds. */
export * from './compute-due-at';
export * from './thresholds';
