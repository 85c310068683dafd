/**
 * Where notices live once owed: the outbox (owed, with delivery per recipient), the in-app inbox (`notices`),
 * subscription credits per (openid, template key) and staff mute preferences.
 *
 * Guarantees (held by every implementation; each method states its database requests, each served by a declared
 * index):
 * - `claimDelivery` is atomic per (row, recipient): of two dispatchers racing for the same recipient exactly one
 *   gets `true`, so no recipient is sent a row twice; a claim never released (a crash mid-send) stays claimed, and
 *   the row is never re-sent to that recipient (at most once: the inbox already holds the notice);
 * - `addToInbox` creates a notice only if its id is new, so a re-run never resets `readAt`;
 * - `useCredit` never takes the count below zero.
 */
import type { NoticeKind } from '../domain/notices/notice-rules';
import type { OutboxRow, OutboxStatus } from '../domain/notices/outbox';

/** What happened to one recipient of an outbox row. `sending`: claimed, outcome not yet recorded. */
export type DeliveryState = 'sending' | 'sent' | 'noCredit' | 'muted' | 'noTemplate' | 'failed' | 'rejected';

/** An outbox row as the notices layer stores it: the domain row plus per-recipient delivery and a claim. */
export interface StoredOutboxRow extends OutboxRow {
  /** Keyed by recipient key (openid). Absent: not yet tried. */
  deliveries?: Record<string, DeliveryState>;
  sentAt?: Date;
  deadAt?: Date;
}

export interface InboxNotice {
  /** `<outbox row id>.<recipient key>`: one notice per row and person. */
  _id: string;
  townshipId: string;
  openid: string;
  itemId: string | null;
  kind: NoticeKind;
  /** The item title or the digest headline. */
  title: string;
  /** One Chinese sentence saying what happened. */
  text: string;
  /** The page the notice opens (same as the subscription message's). */
  page: string;
  urgent: boolean;
  createdAt: Date;
  readAt: Date | null;
}

export interface InboxPage {
  notices: InboxNotice[];
  next?: { at: Date; id: string };
}

export interface DeadRowPage {
  rows: StoredOutboxRow[];
  next?: { at: Date; id: string };
}

export interface OutboxRecord {
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastError?: string;
  sentAt?: Date;
  deadAt?: Date;
}

export interface NoticeStore {
  /** Pending rows whose next attempt is due, oldest first. Requests: 1 (outbox status + nextAttemptAt). */
  duePending(now: Date, limit: number): Promise<StoredOutboxRow[]>;
  /** Rows by id (after-commit dispatch of rows just written). Requests: 1. */
  outboxByIds(ids: readonly string[]): Promise<StoredOutboxRow[]>;
  /** Claims (row, recipient) for sending; false when already claimed or done. Requests: 1 (conditional update). */
  claimDelivery(rowId: string, recipientKey: string): Promise<boolean>;
  /** Records a recipient's outcome. Requests: 1. */
  recordDelivery(rowId: string, recipientKey: string, state: Exclude<DeliveryState, 'sending'>): Promise<void>;
  /** Records the row's overall outcome after a pass. Requests: 1. */
  recordRow(rowId: string, record: OutboxRecord): Promise<void>;
  /** Writes a new outbox row unless its id exists (the digest). True when written. Requests: 1. */
  addOutboxRow(row: StoredOutboxRow): Promise<boolean>;
  /** Dead rows of a township, newest first. Requests: 1 (outbox townshipId + status + createdAt). */
  deadRows(
    townshipId: string,
    page: { limit: number; after?: { at: Date; id: string } | undefined },
  ): Promise<DeadRowPage>;

  /** Creates the notices whose ids are new. Requests: 1 per notice. */
  addToInbox(notices: readonly InboxNotice[]): Promise<void>;
  /** A person's inbox, newest first. Requests: 1 (notices openid + createdAt). */
  listInbox(openid: string, page: { limit: number; after?: { at: Date; id: string } | undefined }): Promise<InboxPage>;
  /** Requests: 1 count (notices openid + readAt). */
  countUnread(openid: string): Promise<number>;
  /** Marks the person's notices read (only theirs). Requests: 1 update. Returns how many changed. */
  markRead(openid: string, ids: readonly string[] | 'all', now: Date): Promise<number>;

  /** Requests: 1. */
  credits(openid: string, templateKey: string): Promise<number>;
  /** Adds credits (account.recordSubscriptions). Requests: 1 transaction. */
  addCredits(openid: string, templateKey: string, count: number, now: Date): Promise<number>;
  /** Uses one credit if any is left; false when none. Requests: 1 transaction. */
  useCredit(openid: string, templateKey: string, now: Date): Promise<boolean>;
  /** After 43101: the platform says none is left, whatever we counted. Requests: 1. */
  zeroCredits(openid: string, templateKey: string, now: Date): Promise<void>;

  /** Kinds the person muted (WeChat push only; the inbox still gets them). Requests: 1. */
  mutedKinds(openid: string): Promise<NoticeKind[]>;
  /** Requests: 1. */
  setMutedKinds(openid: string, townshipId: string, kinds: readonly NoticeKind[], now: Date): Promise<void>;
}
