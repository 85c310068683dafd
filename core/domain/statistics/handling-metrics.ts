/**
 * Handling metrics over a set of cases (domain.md §7), shared by the township report and the unit scorecard.
 *
 * Definitions (T = cut-off; a case is an item not merged by T):
 * - closureRate 办结率: cases with a released reply by T ÷ cases. `planned` and `cannotResolve` replies count.
 * - onTimeRate 按期办结率: over cases replied by T or whose due (with approved extensions) ≤ T: first reply
 *   released ≤ that due. `onTimeRateWithoutExtensions` judges against the assign's own due instead.
 * - overdueOpen: cases whose handling is open at T with T > current due. closedLate: first reply after its due.
 * - handlingDays 办理天数: Shanghai calendar days from the round's 交办 to the first release; median, P90.
 * - resolutionRate 解决率: replied cases whose outcome at T is `resolved` (incl. completed `planned`) ÷ replied
 *   cases; planned and cannotResolve shares reported separately. Never conflated with closureRate.
 * - satisfactionRate 满意率: final rating 满意 or 基本满意 ÷ rated (notRated excluded); satisfiedOnlyRate;
 *   firstTimeSatisfactionRate 一次满意率 on the first rating; evaluationRate 评价率: rated ÷ (rated + timed out
 *   without any rating), i.e. over cases whose evaluation is settled.
 * - reHandledCount 重办数: cases with at least one re-handling round.
 */
import { daysBetweenDates, shanghaiDateOf } from '../calendar';
import type { ItemFacts } from './item-facts';
import { median, percentile, rate, type Rate } from './types';

export interface SatisfactionMetrics {
  readonly satisfactionRate: Rate;
  readonly satisfiedOnlyRate: Rate;
  readonly firstTimeSatisfactionRate: Rate;
  readonly evaluationRate: Rate;
}

export interface HandlingMetrics extends SatisfactionMetrics {
  readonly cases: number;
  readonly closureRate: Rate;
  readonly onTimeRate: Rate;
  readonly onTimeRateWithoutExtensions: Rate;
  readonly overdueOpen: number;
  readonly closedLate: number;
  readonly handlingDays: { readonly median: number | null; readonly p90: number | null; readonly count: number };
  readonly resolutionRate: Rate;
  readonly plannedShare: Rate;
  readonly cannotResolveShare: Rate;
  readonly reHandledCount: number;
}

const positive = (r: string | null) => r === 'satisfied' || r === 'basicallySatisfied';
const le = (a: Date, b: Date) => a.getTime() <= b.getTime();

export function satisfactionOf(cases: readonly ItemFacts[]): SatisfactionMetrics {
  const rated = cases.filter((c) => c.finalRating !== null);
  const notRated = cases.filter((c) => c.finalRating === null && c.evaluationTimedOut);
  return {
    satisfactionRate: rate(rated.filter((c) => positive(c.finalRating)).length, rated.length),
    satisfiedOnlyRate: rate(rated.filter((c) => c.finalRating === 'satisfied').length, rated.length),
    firstTimeSatisfactionRate: rate(rated.filter((c) => positive(c.firstRating)).length, rated.length),
    evaluationRate: rate(rated.length, rated.length + notRated.length),
  };
}

function onTime(cases: readonly ItemFacts[], cutoff: Date, due: (c: ItemFacts) => Date | null): Rate {
  let numerator = 0;
  let denominator = 0;
  for (const c of cases) {
    const d = due(c);
    const released = c.firstReleaseAt;
    if (released === null && (d === null || !le(d, cutoff))) continue; // still within time: not judged yet
    denominator += 1;
    if (released !== null && d !== null && le(released, d)) numerator += 1;
  }
  return rate(numerator, denominator);
}

export function handlingMetrics(cases: readonly ItemFacts[], cutoff: Date): HandlingMetrics {
  const replied = cases.filter((c) => c.firstReleaseAt !== null);
  const days = replied
    .filter((c) => c.roundAssignedAt !== null)
    .map((c) => daysBetweenDates(shanghaiDateOf(c.roundAssignedAt!), shanghaiDateOf(c.firstReleaseAt!)));
  return {
    cases: cases.length,
    closureRate: rate(replied.length, cases.length),
    onTimeRate: onTime(cases, cutoff, (c) => c.dueAtWithExtensions),
    onTimeRateWithoutExtensions: onTime(cases, cutoff, (c) => c.dueAtWithoutExtensions),
    overdueOpen: cases.filter((c) => c.openHandling && c.currentDueAt !== null && cutoff > c.currentDueAt).length,
    closedLate: replied.filter((c) => c.dueAtWithExtensions !== null && c.firstReleaseAt! > c.dueAtWithExtensions)
      .length,
    handlingDays: { median: median(days), p90: percentile(days, 90), count: days.length },
    resolutionRate: rate(replied.filter((c) => c.outcome === 'resolved').length, replied.length),
    plannedShare: rate(replied.filter((c) => c.outcome === 'planned').length, replied.length),
    cannotResolveShare: rate(replied.filter((c) => c.outcome === 'cannotResolve').length, replied.length),
    reHandledCount: cases.filter((c) => c.reHandled).length,
    ...satisfactionOf(cases),
  };
}
