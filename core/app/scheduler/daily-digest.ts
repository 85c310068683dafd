/**
 * The morning digest for presidium staff: new items (last 24 h), handling due within the reminder span, overdue,
 * and waiting for their review — one notice per township per Shanghai day.
 *
 * Guarantees: nothing before `digestHour` (Shanghai); at most one digest per township and day whatever the number
 * of runs (its outbox id is `digest-<township>-<date>` and is only ever created, never overwritten); the figures
 * are counts, so the digest reads no item documents.
 * Database requests: 1 (townships) + per township: 1 (existing digest) and, once a day, settings 2 + 4 counts + 1.
 */
import { shanghaiDateOf, startOfDate } from '../../domain/calendar';
import type { StoredOutboxRow } from '../../ports/notice-store';
import type { SchedulerPorts } from './ports';

export const DIGEST_HOUR = 8;

export function digestRowId(townshipId: string, date: string): string {
  return `digest-${townshipId}-${date}`;
}

export async function runDailyDigest(ports: SchedulerPorts, now: Date, hour = DIGEST_HOUR): Promise<string[]> {
  const today = shanghaiDateOf(now);
  const hoursIntoDay = (now.getTime() - startOfDate(today).getTime()) / 3_600_000;
  if (hoursIntoDay < hour) return [];
  const written: string[] = [];
  for (const townshipId of await ports.digest.townshipIds()) {
    const id = digestRowId(townshipId, today);
    if ((await ports.store.outboxByIds([id])).length > 0) continue;
    const settings = await ports.settings.load(townshipId);
    const counts = await ports.digest.digestCounts(townshipId, {
      now,
      newSince: new Date(now.getTime() - 24 * 3_600_000),
      dueSoonUntil: settings.calendar.addWorkingDays(now, settings.rules.remindBeforeDueWorkingDays),
    });
    const note = `新${counts.newItems} 将到期${counts.dueSoon} 逾期${counts.overdue} 待审${counts.awaitingReview}`;
    const row: StoredOutboxRow = {
      _id: id,
      townshipId,
      itemId: '',
      kind: 'dailyDigest',
      audience: 'staff',
      recipientId: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      createdAt: now,
      fields: {
        title: '今日待办汇总',
        note,
        newItems: String(counts.newItems),
        dueSoon: String(counts.dueSoon),
        overdue: String(counts.overdue),
        awaitingReview: String(counts.awaitingReview),
      },
    };
    if (await ports.store.addOutboxRow(row)) written.push(id);
  }
  return written;
}
