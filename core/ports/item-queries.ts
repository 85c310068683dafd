/**
 * Read-side questions about items and their timelines, with intention-revealing names (architecture.md, ports).
 *
 * Guarantees (held by every implementation): every method makes the database requests its comment states, each
 * served by a declared index; list methods read one page only (`limit` rows, plus one to know whether there is a
 * next page); counts never read documents. Pages are keyset-paginated on (`submittedAt`, `_id`), newest first,
 * so a page boundary never skips or repeats an item even when several items share an instant.
 */
import type { Item } from '../domain/opinion/item';
import type { ItemStatus } from '../domain/opinion/status';
import type { ItemEvent } from '../domain/opinion/timeline';

/** Where the previous page ended: the last row's `submittedAt` and `_id`. */
export interface PageCursor {
  at: Date;
  id: string;
}

export interface PageRequest {
  limit: number;
  after?: PageCursor | undefined;
}

export interface ItemPage {
  items: Item[];
  /** Present when another page follows. */
  next?: PageCursor;
}

/** The deputy's work lists (issue 3: new, mine in progress, due soon, overdue; plus relay and all). */
export type DeputyInboxFilter =
  | { tab: 'new' }
  | { tab: 'inProgress' }
  | { tab: 'awaitingRelay' }
  | { tab: 'all' }
  /** Untriaged items whose triage limit ends in (now, until]. */
  | { tab: 'dueSoon'; now: Date; until: Date }
  /** Untriaged items whose triage limit has passed. */
  | { tab: 'overdue'; now: Date };

/** States in which a deputy's item is still being handled by someone after triage ("mine in progress"). */
export const DEPUTY_IN_PROGRESS_STATUSES: readonly ItemStatus[] = [
  'referredToVillage',
  'forwarded',
  'registered',
  'assigned',
  'inProgress',
  'replyReview',
  'reHandleReview',
  'reHandling',
  'monitoring',
];

/** Statuses the deputy's record counts as "answered by the deputy" (answer on the spot, village result). */
export interface DeputyRecordCounts {
  received: number;
  answeredOnSpot: number;
  referredToVillage: number;
  forwarded: number;
  /** Mean hours from submission to the deputy's first action, over items triaged; null when none. */
  averageResponseHours: number | null;
}

export interface ItemQueries {
  /** One item by id within a township, or null. Requests: 1. */
  findById(townshipId: string, itemId: string): Promise<Item | null>;
  /** A resident's own items, newest first, optionally one status. Requests: 1. */
  findMineBySubmitter(
    townshipId: string,
    residentId: string,
    page: PageRequest,
    status?: ItemStatus,
  ): Promise<ItemPage>;
  /** A deputy's inbox tab, newest first. Requests: 1. */
  findDeputyInbox(
    townshipId: string,
    deputyId: string,
    filter: DeputyInboxFilter,
    page: PageRequest,
  ): Promise<ItemPage>;
  /** How many items a deputy's inbox tab holds. Requests: 1. */
  countDeputyInbox(townshipId: string, deputyId: string, filter: DeputyInboxFilter): Promise<number>;
  /** Items a resident submitted at or after `since` (the daily limit's pre-check). Requests: 1. */
  countSubmittedSince(townshipId: string, residentId: string, since: Date): Promise<number>;
  /** The item's timeline in `seq` order (at most 200 events). Requests: 1. */
  findTimeline(townshipId: string, itemId: string): Promise<ItemEvent[]>;
  /** A deputy's duty record figures. Requests: 4 counts + 1 aggregate. */
  deputyRecord(townshipId: string, deputyId: string): Promise<DeputyRecordCounts>;
}
