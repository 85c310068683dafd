/**
 * The deadlines sweep: every item whose `nextCheckAt` has passed gets its due thresholds acted on, earliest first.
 *
 * Guarantees:
 * - reads come from one indexed query on `nextCheckAt` per batch (≤ `batchSize`, at most 200), so the work grows
 *   with the due items, not the collection; each acted item moves its `nextCheckAt` past `now` (or to null), so
 *   the next batch query finds only what is left;
 * - every threshold is one transaction with a request key per (item, threshold) (apply-threshold.ts): a re-run
 *   at the same instant, a retried invocation or two sweeps at once act on nothing twice;
 * - a run stops starting items once its time budget is spent and reports `stoppedEarly`; the next run resumes
 *   from the index, because nothing else marks progress;
 * - an item that fails (a conflict lost to staff acting on it) is logged and skipped for this run only.
 * Database requests: 1 query per batch + settings 2 per township + each threshold's transaction.
 */
import { dueThresholds } from '../../domain/deadlines';
import type { TownshipSettings } from '../../ports/settings';
import { applyThreshold, refreshNextCheck } from './apply-threshold';
import { deadlineSubject } from './deadline-subject';
import type { SchedulerPorts } from './ports';

export const MAX_BATCH = 200;

export interface SweepOptions {
  now: Date;
  batchSize?: number;
  /** Stop starting items at this process-clock instant (ms). */
  deadline?: number;
  clockMs?: () => number;
}

export interface SweepReport {
  batches: number;
  itemsSeen: number;
  thresholdsActed: number;
  failed: number;
  stoppedEarly: boolean;
  /** Outbox rows written, for the after-commit dispatch. */
  outboxIds: string[];
}

export async function runSweep(ports: SchedulerPorts, options: SweepOptions): Promise<SweepReport> {
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH);
  const clock = options.clockMs ?? Date.now;
  const outOfTime = () => options.deadline !== undefined && clock() >= options.deadline;
  const settingsOf = new Map<string, Promise<TownshipSettings>>();
  const settings = (townshipId: string) => {
    if (!settingsOf.has(townshipId)) settingsOf.set(townshipId, ports.settings.load(townshipId));
    return settingsOf.get(townshipId)!;
  };
  const failed = new Set<string>();
  const report: SweepReport = {
    batches: 0,
    itemsSeen: 0,
    thresholdsActed: 0,
    failed: 0,
    stoppedEarly: false,
    outboxIds: [],
  };

  for (;;) {
    if (outOfTime()) {
      report.stoppedEarly = true;
      break;
    }
    const items = await ports.dueItems.findDue(options.now, batchSize, failed);
    report.batches += 1;
    if (items.length === 0) break;
    for (const item of items) {
      if (outOfTime()) {
        report.stoppedEarly = true;
        break;
      }
      report.itemsSeen += 1;
      try {
        const s = await settings(item.townshipId);
        const { act } = dueThresholds(deadlineSubject(item), options.now, s.rules, s.calendar);
        if (act.length === 0) {
          await refreshNextCheck(ports.transactor, { itemId: item._id, settings: s, now: options.now });
          continue;
        }
        for (const threshold of act) {
          const outcome = await applyThreshold(ports.transactor, {
            itemId: item._id,
            threshold,
            settings: s,
            now: options.now,
          });
          if (outcome.applied) report.thresholdsActed += 1;
          report.outboxIds.push(...outcome.outboxIds);
        }
      } catch (error) {
        failed.add(item._id);
        report.failed += 1;
        ports.log.error(`deadlines: item ${item._id}: ${String((error as Error)?.stack ?? error)}`);
      }
    }
    if (report.stoppedEarly || items.length < batchSize) break;
  }
  return report;
}
