/**
 * The daily submission limit as a transaction guard: one counter document per (resident, Shanghai day), read and
 * bumped in the same transaction as the new item. Two submissions at once conflict on the counter and one re-runs
 * on the fresh count, so the limit holds exactly; a refused submission writes nothing (not even the counter).
 */
import { DomainError } from '../../domain/errors';
import type { TownshipSettings } from '../../ports/settings';
import type { TxReader, TxWrite } from '../../ports/transactor';

interface DailyCounter {
  _id: string;
  kind: 'dailySubmissions';
  residentId: string;
  date: string;
  count: number;
  updatedAt: Date;
}

export function dailyCounterId(residentId: string, date: string): string {
  return `daily-${residentId}-${date}`;
}

export function dailyLimitGuard(residentId: string, date: string, now: Date) {
  return async (tx: TxReader, settings: TownshipSettings): Promise<TxWrite[]> => {
    const id = dailyCounterId(residentId, date);
    const counter = await tx.get<DailyCounter>('counters', id);
    const count = counter?.count ?? 0;
    if (count >= settings.rules.dailySubmissionLimit) throw new DomainError('RATE.DAILY_LIMIT');
    const next: DailyCounter = {
      _id: id,
      kind: 'dailySubmissions',
      residentId,
      date,
      count: count + 1,
      updatedAt: now,
    };
    return [{ kind: 'set', collection: 'counters', id, doc: next as unknown as Record<string, unknown> }];
  };
}
