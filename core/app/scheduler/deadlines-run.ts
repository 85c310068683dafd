/**
 * One run of the `deadlines` timer: the sweep, the daily digest, then delivery of the notices the run just owed
 * (the same after-commit dispatch callable functions do; what it does not deliver the `notices` timer retries).
 *
 * Guarantees: the whole run stays inside `budgetMs` (the sweep stops starting items at 70 % of it, delivery at
 * 95 %), so a 60 s platform timeout is never hit by design; a re-run at the same instant finds nothing to do.
 */
import { dispatchRows, type DispatchReport } from '../notices/dispatch';
import type { NoticePorts } from '../notices/ports';
import { runDailyDigest } from './daily-digest';
import type { SchedulerPorts } from './ports';
import { runSweep, type SweepReport } from './sweep';

export interface DeadlinesRunReport {
  sweep: Omit<SweepReport, 'outboxIds'> & { notices: number };
  digests: string[];
  delivery: DispatchReport;
}

const CHUNK = 100;

export async function runDeadlines(
  scheduler: SchedulerPorts,
  notices: NoticePorts,
  options: { now: Date; budgetMs: number; clockMs?: () => number },
): Promise<DeadlinesRunReport> {
  const clock = options.clockMs ?? Date.now;
  const started = clock();
  const sweep = await runSweep(scheduler, {
    now: options.now,
    deadline: started + options.budgetMs * 0.7,
    clockMs: clock,
  });
  const digests = await runDailyDigest(scheduler, options.now);
  const ids = [...sweep.outboxIds, ...digests];
  const delivery: DispatchReport = { rows: 0, sent: 0, inboxOnly: 0, retrying: 0, dead: 0, deferred: 0 };
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await notices.store.outboxByIds(ids.slice(i, i + CHUNK));
    const part = await dispatchRows(notices, rows, {
      now: options.now,
      deadline: started + options.budgetMs * 0.95,
      clockMs: clock,
    });
    for (const key of Object.keys(delivery) as (keyof DispatchReport)[]) delivery[key] += part[key];
  }
  const { outboxIds, ...rest } = sweep;
  return { sweep: { ...rest, notices: outboxIds.length }, digests, delivery };
}
