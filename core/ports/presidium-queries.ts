/**
 * Read-side questions of the presidium: the queue with its filters and counts, calendar overrides, and the
 * bounded reads statistics are computed from.
 *
 * Guarantees (held by every implementation): each method makes the requests its comment states, each served by a
 * declared index led by `townshipId` (database/collections/items.json names the one meant for each filter);
 * pages are keyset-paginated on (sort field, `_id`), so a page boundary never skips or repeats an item even when
 * several share an instant (the app encodes the cursor for the wire, core/app/queries/cursor.ts). Keyword search cannot be indexed in CloudBase: it is
 * a regex applied on top of the indexed filter (title, content, registration number).
 */
import type { CalendarOverride } from '../domain/calendar';
import type { Item } from '../domain/opinion/item';
import type { Channel, ItemStatus } from '../domain/opinion/status';
import type { ItemEvent } from '../domain/opinion/timeline';
import type { PageCursor } from './item-queries';

/** States in which the handling clock (`assignment.dueAt`) runs: overdue and due-soon are measured only here. */
export const DUE_CLOCK_STATUSES: readonly ItemStatus[] = ['assigned', 'inProgress', 'reHandling'];

export type QueueSort = 'submittedAt' | 'updatedAt' | 'dueAt';

export interface QueueFilter {
  statuses?: ItemStatus[] | undefined;
  /** Due instant passed (status with a running clock). */
  overdueAt?: Date | undefined;
  /** Due instant within (from, to] (status with a running clock). */
  dueBetween?: { from: Date; to: Date } | undefined;
  category?: string | undefined;
  stationId?: string | undefined;
  deputyId?: string | undefined;
  /** Lead or co-unit of the current assignment. */
  unitId?: string | undefined;
  channels?: Channel[] | undefined;
  /** `submittedAt` in [from, to). */
  submittedFrom?: Date | undefined;
  submittedBefore?: Date | undefined;
  keyword?: string | undefined;
  /** Only items with a content-security flag (`contentFlagged`). */
  flagged?: boolean | undefined;
}

export interface QueueRequest {
  townshipId: string;
  filter: QueueFilter;
  /** `dueAt` lists only items with an assignment (the others have no due instant to order by). */
  sort: QueueSort;
  order: 'asc' | 'desc';
  limit: number;
  after?: PageCursor | undefined;
}

export interface CursorPage<T> {
  items: T[];
  /** Where the page ended, present when another page follows. */
  next?: PageCursor;
}

export interface StatisticsPageRequest {
  townshipId: string;
  /** Only rows at or before this instant (submittedAt for items, at for events). */
  cutoff: Date;
  limit: number;
  after?: PageCursor | undefined;
}

export interface PresidiumQueries {
  /** One page of the queue. Requests: 1. */
  queuePage(request: QueueRequest): Promise<CursorPage<Item>>;
  /** How many items of the township are in each status. Requests: 1 (aggregate on the township index). */
  countsByStatus(townshipId: string): Promise<Partial<Record<ItemStatus, number>>>;
  /** Items whose handling clock has run out at `now`. Requests: 1 (count). */
  countOverdue(townshipId: string, now: Date): Promise<number>;
  /** Staff overrides of the working-day calendar in one year, by date. Requests: 1. */
  listCalendarOverrides(townshipId: string, year: number): Promise<(CalendarOverride & { _id: string })[]>;
  /** Items submitted up to the cut-off, oldest first, one page. Requests: 1. */
  statisticsItems(request: StatisticsPageRequest): Promise<CursorPage<Item>>;
  /** Timeline events up to the cut-off, oldest first, one page. Requests: 1. */
  statisticsEvents(request: StatisticsPageRequest): Promise<CursorPage<ItemEvent>>;
}
