/** Public entry of the statistics definitions (domain.md §7). */
export * from './types';
export * from './item-facts';
export * from './handling-metrics';
export * from './per-deputy';
export * from './per-unit';
export * from './township-report';
