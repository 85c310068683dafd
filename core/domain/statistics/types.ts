/**
 * Input shapes and small numeric helpers of the statistics (domain.md §7).
 *
 * Guarantees: the inputs are structural, so any stored item/event with these fields fits; only the fields named
 * here are read. Rates carry their numerator and denominator and are null (not 0, not 1) when nothing is
 * measured. Periods are half-open [from, to) instants; use `calendarYearPeriod` for a natural year in Shanghai.
 */
import { startOfDate } from '../calendar';

/** Fields read from an item: identity, breakdown keys, the submission instant and the addressed deputy. */
export interface StatsItem {
  readonly id: string;
  readonly kind: string;
  readonly channel: string;
  readonly submittedAt: Date;
  /** The deputy the item was addressed to (triage and relay responsibility). */
  readonly deputyId?: string | null;
}

export type Outcome = 'resolved' | 'planned' | 'cannotResolve';
export type Rating = 'satisfied' | 'basicallySatisfied' | 'unsatisfied';

/**
 * Fields read from a timeline event (`itemEvents`). `type` is the event name of domain.md §4; the statistics read
 * `assign`, `reHandle` (unitId, dueAt), `approveExtension` (dueAt), `sign`, `returnMisassigned` (unitId),
 * `releaseReply` (outcome), `complete`, `relay`, `relayTimeout`, `rate` (rating), `evaluationTimeout`, `merge`,
 * `withdraw`, `notAccept`, `answerOnSpot`, `referToVillage`, `forwardToPresidium`, `pull`. Others are ignored.
 */
export interface StatsEvent {
  readonly itemId: string;
  readonly type: string;
  readonly at: Date;
  readonly unitId?: string | null;
  readonly dueAt?: Date | null;
  readonly outcome?: Outcome | null;
  readonly rating?: Rating | null;
}

export interface Period {
  readonly from: Date;
  readonly to: Date;
}

export interface Rate {
  readonly numerator: number;
  readonly denominator: number;
  readonly rate: number | null;
}

export function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, rate: denominator === 0 ? null : numerator / denominator };
}

export function inPeriod(instant: Date | null | undefined, period: Period): boolean {
  return instant != null && instant.getTime() >= period.from.getTime() && instant.getTime() < period.to.getTime();
}

/** The natural year in Shanghai: [Jan 1 00:00, next Jan 1 00:00) local. */
export function calendarYearPeriod(year: number): Period {
  return { from: startOfDate(`${year}-01-01`), to: startOfDate(`${year + 1}-01-01`) };
}

/** Median: the middle value, or the mean of the two middle values; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile (P90 of 10 values is the 9th smallest); null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}
