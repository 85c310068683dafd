/**
 * Per-unit scorecard (工作评议; 代表法 第51条 public handling reports), for period P and cut-off T.
 *
 * Definitions:
 * - assigned: cases with an `assign` to the unit in P (each case once per unit).
 * - signedOnTimeRate: per assignment to the unit in P, a `sign` by the end of the sign-off limit ÷ assignments
 *   whose sign-off is settled at T (signed, returned, or limit passed).
 * - returned: `returnMisassigned` by the unit in P.
 * - The handling metrics (onTimeRate, overdueOpen, resolutionRate, satisfactionRate, reHandledCount, extended)
 *   are over cohort A cases whose round of the first reply (or current assignment) belongs to the unit.
 */
import { computeDueAt } from '../deadlines/compute-due-at';
import { handlingMetrics, type HandlingMetrics } from './handling-metrics';
import type { ItemFacts } from './item-facts';
import type { StatisticsInput } from './township-report';
import { inPeriod, rate, type Rate } from './types';

export interface UnitFigures extends Pick<
  HandlingMetrics,
  'cases' | 'onTimeRate' | 'overdueOpen' | 'resolutionRate' | 'satisfactionRate' | 'reHandledCount'
> {
  readonly unitId: string;
  readonly assigned: number;
  readonly signedOnTimeRate: Rate;
  readonly returned: number;
  readonly extended: number;
}

export function unitTable(facts: readonly ItemFacts[], input: StatisticsInput): UnitFigures[] {
  const { period, cutoff, rules, calendar } = input;
  const units = new Set<string>();
  for (const f of facts) for (const e of f.events) if (e.type === 'assign' && e.unitId) units.add(e.unitId);

  return [...units].sort().map((unitId) => {
    let assigned = 0;
    let signNum = 0;
    let signDen = 0;
    let returned = 0;
    for (const f of facts) {
      let counted = false;
      f.events.forEach((e, i) => {
        if (e.type === 'returnMisassigned' && e.unitId === unitId && inPeriod(e.at, period)) returned += 1;
        if (e.type !== 'assign' || e.unitId !== unitId || !inPeriod(e.at, period)) return;
        if (!counted && !f.merged) {
          assigned += 1;
          counted = true;
        }
        const limit = computeDueAt('signOff', e.at, rules, calendar);
        const answer = f.events.slice(i + 1).find((x) => x.type === 'sign' || x.type === 'returnMisassigned');
        if (answer) {
          signDen += 1;
          if (answer.type === 'sign' && answer.at <= limit) signNum += 1;
        } else if (limit <= cutoff) {
          signDen += 1;
        }
      });
    }
    const cohort = facts.filter((f) => !f.merged && inPeriod(f.firstAssignedAt, period) && f.roundUnitId === unitId);
    const m = handlingMetrics(cohort, cutoff);
    return {
      unitId,
      assigned,
      signedOnTimeRate: rate(signNum, signDen),
      returned,
      extended: cohort.filter((f) => f.extended).length,
      cases: m.cases,
      onTimeRate: m.onTimeRate,
      overdueOpen: m.overdueOpen,
      resolutionRate: m.resolutionRate,
      satisfactionRate: m.satisfactionRate,
      reHandledCount: m.reHandledCount,
    };
  });
}
