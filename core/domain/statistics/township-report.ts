/**
 * The township figures for period P and cut-off T (domain.md §7), plus the per-deputy and per-unit tables.
 *
 * Guarantees: pure and deterministic — the same items, events, P and T always give the same report (events after
 * T are ignored). Cohort A (`assignedCount`) = cases (not merged by T) first assigned in P; every handling and
 * satisfaction rate of the township report is over A. `received` counts items submitted in P, all kinds and
 * outcomes; withdrawn, merged and not-accepted items are counts only (events in P), never in a rate.
 */
import type { WorkingCalendar } from '../calendar';
import type { TimeRules } from '../time-rules';
import { deputyTable, type DeputyFigures } from './per-deputy';
import { handlingMetrics, type HandlingMetrics } from './handling-metrics';
import { allItemFacts } from './item-facts';
import { unitTable, type UnitFigures } from './per-unit';
import { inPeriod, type Period, type StatsEvent, type StatsItem } from './types';

export interface StatisticsInput {
  readonly items: readonly StatsItem[];
  readonly events: readonly StatsEvent[];
  readonly period: Period;
  readonly cutoff: Date;
  readonly rules: TimeRules;
  readonly calendar: WorkingCalendar;
}

export interface TownshipReport extends HandlingMetrics {
  readonly received: number;
  readonly assignedCount: number;
  /** Items forwarded to the presidium in P (forwardToPresidium or pull). */
  readonly forwardedCount: number;
  /** Items the deputy or village answered in P without the presidium (answerOnSpot, referToVillage). */
  readonly deputyHandledCount: number;
  readonly withdrawnCount: number;
  readonly mergedCount: number;
  readonly notAcceptedCount: number;
  readonly byDeputy: readonly DeputyFigures[];
  readonly byUnit: readonly UnitFigures[];
}

export function townshipReport(input: StatisticsInput): TownshipReport {
  const { items, events, period, cutoff } = input;
  const facts = allItemFacts(items, events, cutoff);
  const cohortA = facts.filter((f) => !f.merged && inPeriod(f.firstAssignedAt, period));
  const countEvents = (...types: string[]) =>
    new Set(
      events
        .filter((e) => types.includes(e.type) && inPeriod(e.at, period) && e.at.getTime() <= cutoff.getTime())
        .map((e) => e.itemId),
    ).size;
  return {
    received: facts.filter((f) => inPeriod(f.item.submittedAt, period)).length,
    assignedCount: cohortA.length,
    forwardedCount: countEvents('forwardToPresidium', 'pull'),
    deputyHandledCount: countEvents('answerOnSpot', 'referToVillage'),
    withdrawnCount: countEvents('withdraw'),
    mergedCount: countEvents('merge'),
    notAcceptedCount: countEvents('notAccept'),
    ...handlingMetrics(cohortA, cutoff),
    byDeputy: deputyTable(facts, input),
    byUnit: unitTable(facts, input),
  };
}
