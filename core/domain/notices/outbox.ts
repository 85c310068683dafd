/**
 * The outbox row: a notice owed to someone, written in the same transaction as the change that owes it.
 *
 * Guarantees: the row id is its dedupe key (item, item version, kind, audience), so a replayed or retried change
 * cannot owe the same notice twice, and the dispatcher can claim rows by id.
 */
import type { NoticeAudience, NoticeKind } from './notice-rules';

export type OutboxStatus = 'pending' | 'sent' | 'inboxOnly' | 'dead';

export interface OutboxRow {
  _id: string;
  townshipId: string;
  itemId: string;
  kind: NoticeKind;
  audience: NoticeAudience;
  /** A specific person when the change knows one (e.g. the unit assigned); otherwise resolved from the item. */
  recipientId: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  createdAt: Date;
  /** Short texts for the message fields (title, status), captured at the time of the change. */
  fields: Record<string, string>;
  lastError?: string;
}

export function outboxId(itemId: string, version: number, kind: NoticeKind, audience: NoticeAudience): string {
  return `${itemId}-v${version}-${kind}-${audience}`;
}
