/**
 * PresidiumQueries on CloudBase. Every query is scoped by `townshipId` first and names the declared index meant
 * to serve it (database/collections/items.json, itemEvents.json, calendarOverrides.json).
 *
 * Keyword search: CloudBase cannot index a substring search, so the keyword is a case-insensitive regex over
 * title, content and registration number, evaluated on top of the indexed filter (the rows the index selects for
 * the township and the other filters) — acceptable at township scale (~1 000 items a term).
 */
import type { CalendarOverride } from '../../domain/calendar';
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus } from '../../domain/opinion/status';
import type { ItemEvent } from '../../domain/opinion/timeline';
import type { PageCursor } from '../../ports/item-queries';
import {
  DUE_CLOCK_STATUSES,
  type CursorPage,
  type PresidiumQueries,
  type QueueFilter,
  type QueueRequest,
  type StatisticsPageRequest,
} from '../../ports/presidium-queries';
import type { WxCommand, WxDatabase } from './sdk';

type Filter = Record<string, unknown>;

/** Stored field each queue sort orders by. */
export const SORT_FIELDS = { submittedAt: 'submittedAt', updatedAt: 'updatedAt', dueAt: 'assignment.dueAt' } as const;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), doc);
}

/**
 * Keyset page on (`field`, `_id`) in either direction: rows strictly after the cursor, `limit + 1` read to know
 * whether another page follows. `parts` are AND-ed at the top level so their equality fields select the index.
 */
export async function keysetPage<T extends { _id: string }>(
  db: WxDatabase,
  collection: string,
  parts: Filter[],
  field: string,
  order: 'asc' | 'desc',
  limit: number,
  after: PageCursor | undefined,
): Promise<CursorPage<T>> {
  const _ = db.command;
  const all = [...parts];
  if (after) {
    const beyond = order === 'desc' ? _.lt(after.at) : _.gt(after.at);
    const idBeyond = order === 'desc' ? _.lt(after.id) : _.gt(after.id);
    all.push(_.or([{ [field]: beyond }, { [field]: after.at, _id: idBeyond }]) as Filter);
  }
  const where = all.length === 1 ? all[0]! : (_.and(all) as Filter);
  const res = await db
    .collection(collection)
    .where(where)
    .orderBy(field, order)
    .orderBy('_id', order)
    .limit(limit + 1)
    .get();
  const rows = res.data as unknown as T[];
  if (rows.length <= limit) return { items: rows };
  const page = rows.slice(0, limit);
  const last = page[page.length - 1]!;
  const at = valueAt(last as unknown as Record<string, unknown>, field);
  return { items: page, next: { at: at instanceof Date ? at : new Date(String(at)), id: last._id } };
}

/** The queue's filters as top-level parts; the first part always carries `townshipId` (and `status` when set). */
export function queueParts(
  _: WxCommand,
  townshipId: string,
  filter: QueueFilter,
  sort: QueueRequest['sort'],
): Filter[] {
  const base: Filter = { townshipId };
  const parts: Filter[] = [base];
  const clockStatuses = [...DUE_CLOCK_STATUSES];
  let statuses = filter.statuses && filter.statuses.length > 0 ? [...filter.statuses] : undefined;
  if (filter.overdueAt || filter.dueBetween) {
    // Overdue and due-soon only mean something while the handling clock runs.
    statuses = statuses ? statuses.filter((s) => clockStatuses.includes(s)) : clockStatuses;
    if (statuses.length === 0) statuses = ['__none__' as ItemStatus];
  }
  if (statuses) base.status = statuses.length === 1 ? statuses[0] : _.in(statuses);
  // Index: townshipStatusDue (townshipId, status, assignment.dueAt).
  const due: unknown[] = [];
  if (filter.overdueAt) due.push(_.lte(filter.overdueAt));
  if (filter.dueBetween) due.push(_.gt(filter.dueBetween.from), _.lte(filter.dueBetween.to));
  if (sort === 'dueAt' && due.length === 0) due.push(_.gt(new Date(0)));
  if (due.length > 0) base['assignment.dueAt'] = due.length === 1 ? due[0] : _.and(due);
  // Index: townshipCategorySubmitted / townshipStationSubmitted / townshipDeputySubmitted / townshipChannelSubmitted.
  if (filter.category) base.category = filter.category;
  if (filter.stationId) base.stationId = filter.stationId;
  if (filter.deputyId) base.deputyId = filter.deputyId;
  // Index: townshipFlaggedSubmitted (townshipId, contentFlagged, submittedAt).
  if (filter.flagged) base.contentFlagged = true;
  if (filter.channels && filter.channels.length > 0)
    base.channel = filter.channels.length === 1 ? filter.channels[0] : _.in(filter.channels);
  // Index: townshipSubmitted (townshipId, submittedAt).
  const submitted: unknown[] = [];
  if (filter.submittedFrom) submitted.push(_.gte(filter.submittedFrom));
  if (filter.submittedBefore) submitted.push(_.lt(filter.submittedBefore));
  if (submitted.length > 0) base.submittedAt = submitted.length === 1 ? submitted[0] : _.and(submitted);
  if (filter.unitId) {
    parts.push(_.or([{ 'assignment.leadUnitId': filter.unitId }, { 'assignment.coUnitIds': filter.unitId }]) as Filter);
  }
  if (filter.keyword) {
    const re = new RegExp(escapeRegex(filter.keyword), 'i');
    parts.push(_.or([{ title: re }, { content: re }, { registrationNumber: re }]) as Filter);
  }
  return parts;
}

export class CloudbasePresidiumQueries implements PresidiumQueries {
  constructor(private readonly db: WxDatabase) {}

  queuePage(request: QueueRequest): Promise<CursorPage<Item>> {
    const parts = queueParts(this.db.command, request.townshipId, request.filter, request.sort);
    return keysetPage<Item>(
      this.db,
      'items',
      parts,
      SORT_FIELDS[request.sort],
      request.order,
      request.limit,
      request.after,
    );
  }

  // Index: townshipStatusUpdated (townshipId leads). One aggregate: $match township, $group by status.
  async countsByStatus(townshipId: string): Promise<Partial<Record<ItemStatus, number>>> {
    const $ = this.db.command.aggregate;
    const res = await this.db
      .collection('items')
      .aggregate()
      .match({ townshipId })
      .group({ _id: '$status', count: $.sum(1) })
      .limit(100)
      .end();
    const counts: Partial<Record<ItemStatus, number>> = {};
    for (const row of res.list) counts[row._id as ItemStatus] = Number(row.count);
    return counts;
  }

  // Index: townshipStatusDue (townshipId, status, assignment.dueAt).
  async countOverdue(townshipId: string, now: Date): Promise<number> {
    const _ = this.db.command;
    const res = await this.db
      .collection('items')
      .where({ townshipId, status: _.in([...DUE_CLOCK_STATUSES]), 'assignment.dueAt': _.lte(now) })
      .count();
    return res.total;
  }

  // Index: calendarOverrides.townshipDate (townshipId, date).
  async listCalendarOverrides(townshipId: string, year: number): Promise<(CalendarOverride & { _id: string })[]> {
    const _ = this.db.command;
    const res = await this.db
      .collection('calendarOverrides')
      .where({ townshipId, date: _.and(_.gte(`${year}-01-01`), _.lte(`${year}-12-31`)) })
      .orderBy('date', 'asc')
      .limit(400)
      .get();
    return res.data as unknown as (CalendarOverride & { _id: string })[];
  }

  // Index: townshipSubmitted (townshipId, submittedAt).
  statisticsItems(request: StatisticsPageRequest): Promise<CursorPage<Item>> {
    const _ = this.db.command;
    return keysetPage<Item>(
      this.db,
      'items',
      [{ townshipId: request.townshipId, submittedAt: _.lte(request.cutoff) }],
      'submittedAt',
      'asc',
      request.limit,
      request.after,
    );
  }

  // Index: itemEvents.townshipAt (townshipId, at).
  statisticsEvents(request: StatisticsPageRequest): Promise<CursorPage<ItemEvent>> {
    const _ = this.db.command;
    return keysetPage<ItemEvent>(
      this.db,
      'itemEvents',
      [{ townshipId: request.townshipId, at: _.lte(request.cutoff) }],
      'at',
      'asc',
      request.limit,
      request.after,
    );
  }
}
