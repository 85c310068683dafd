/**
 * The deadlines sweep's one question: which items have a threshold due.
 *
 * Guarantees (held by every implementation): one indexed query on the single `nextCheckAt` instant, so the work
 * grows with the number of due items, never with the collection; at most `limit` items, earliest first; items
 * whose ids are in `exclude` are not returned (those that failed earlier in the same run).
 */
import type { Item } from '../domain/opinion/item';

export interface DueItems {
  /** Items with `nextCheckAt <= now`. Requests: 1 (items nextCheckAt). */
  findDue(now: Date, limit: number, exclude?: ReadonlySet<string>): Promise<Item[]>;
}

/** The daily digest's figures for one township (issue 4: new, due soon, overdue, waiting for review). */
export interface DigestCounts {
  newItems: number;
  dueSoon: number;
  overdue: number;
  awaitingReview: number;
}

export interface DigestQueries {
  /** Every township of the deployment (a handful). Requests: 1. */
  townshipIds(): Promise<string[]>;
  /** Requests: 4 counts, each served by an index with townshipId leading; no document is read. */
  digestCounts(townshipId: string, args: { now: Date; newSince: Date; dueSoonUntil: Date }): Promise<DigestCounts>;
}
