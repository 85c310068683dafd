/**
 * NoticeStore on CloudBase: `outbox`, `notices` (inbox), `subscriptionCredits` (_id `<openid>-<templateKey>`, as
 * account.recordSubscriptions writes it) and `noticePreferences` (_id = openid).
 *
 * Why the claim is a conditional update and not a transaction: "set deliveries.<key> to sending where it is
 * missing or failed" is one atomic document operation, and `stats.updated` says who won.
 */
import type { NoticeKind } from '../../domain/notices/notice-rules';
import type {
  DeadRowPage,
  DeliveryState,
  InboxNotice,
  InboxPage,
  NoticeStore,
  OutboxRecord,
  StoredOutboxRow,
} from '../../ports/notice-store';
import { fromStored, toStored } from './documents';
import { afterKeyset, pageOf } from './keyset';
import type { WxDatabase } from './sdk';

function isDuplicate(error: unknown): boolean {
  const e = error as { message?: string; errMsg?: string; code?: string };
  return /duplicate|E11000|DATABASE_DUPLICATE/i.test(`${e.code ?? ''} ${e.errMsg ?? ''} ${e.message ?? ''}`);
}

export function creditId(openid: string, templateKey: string): string {
  return `${openid}-${templateKey}`;
}

interface CreditDoc {
  _id: string;
  openid: string;
  templateKey: string;
  credits: number;
  updatedAt: Date;
}

export class CloudbaseNoticeStore implements NoticeStore {
  constructor(private readonly db: WxDatabase) {}

  private get _() {
    return this.db.command;
  }

  async duePending(now: Date, limit: number): Promise<StoredOutboxRow[]> {
    const res = await this.db
      .collection('outbox')
      .where({ status: 'pending', nextAttemptAt: this._.lte(now) })
      .orderBy('nextAttemptAt', 'asc')
      .limit(limit)
      .get();
    return res.data.map((d) => fromStored<StoredOutboxRow>(d));
  }

  async outboxByIds(ids: readonly string[]): Promise<StoredOutboxRow[]> {
    if (ids.length === 0) return [];
    const res = await this.db
      .collection('outbox')
      .where({ _id: this._.in([...ids]) })
      .limit(ids.length)
      .get();
    return res.data.map((d) => fromStored<StoredOutboxRow>(d));
  }

  async claimDelivery(rowId: string, recipientKey: string): Promise<boolean> {
    const field = `deliveries.${recipientKey}`;
    const res = await this.db
      .collection('outbox')
      .where({ _id: rowId, [field]: this._.in([null, 'failed']) })
      .update({ data: { [field]: 'sending' } });
    return res.stats.updated === 1;
  }

  async recordDelivery(rowId: string, recipientKey: string, state: Exclude<DeliveryState, 'sending'>): Promise<void> {
    await this.db
      .collection('outbox')
      .doc(rowId)
      .update({ data: { [`deliveries.${recipientKey}`]: state } });
  }

  async recordRow(rowId: string, record: OutboxRecord): Promise<void> {
    await this.db
      .collection('outbox')
      .doc(rowId)
      .update({ data: toStored({ ...record }) });
  }

  async addOutboxRow(row: StoredOutboxRow): Promise<boolean> {
    try {
      await this.db.collection('outbox').add({ data: toStored({ ...row }) });
      return true;
    } catch (error) {
      if (isDuplicate(error)) return false;
      throw error;
    }
  }

  async deadRows(
    townshipId: string,
    page: { limit: number; after?: { at: Date; id: string } | undefined },
  ): Promise<DeadRowPage> {
    const res = await this.db
      .collection('outbox')
      .where(afterKeyset(this._, { townshipId, status: 'dead' }, 'createdAt', page.after))
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(page.limit + 1)
      .get();
    const { rows, next } = pageOf(
      res.data.map((d) => fromStored<StoredOutboxRow>(d)),
      page.limit,
      (r) => r.createdAt,
    );
    return next ? { rows, next } : { rows };
  }

  async addToInbox(notices: readonly InboxNotice[]): Promise<void> {
    for (const notice of notices) {
      try {
        await this.db.collection('notices').add({ data: toStored({ ...notice }) });
      } catch (error) {
        if (!isDuplicate(error)) throw error;
      }
    }
  }

  async listInbox(
    openid: string,
    page: { limit: number; after?: { at: Date; id: string } | undefined },
  ): Promise<InboxPage> {
    const res = await this.db
      .collection('notices')
      .where(afterKeyset(this._, { openid }, 'createdAt', page.after))
      .orderBy('createdAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(page.limit + 1)
      .get();
    const { rows, next } = pageOf(
      res.data.map((d) => fromStored<InboxNotice>(d)),
      page.limit,
      (n) => n.createdAt,
    );
    return next ? { notices: rows, next } : { notices: rows };
  }

  async countUnread(openid: string): Promise<number> {
    const res = await this.db.collection('notices').where({ openid, readAt: null }).count();
    return res.total;
  }

  async markRead(openid: string, ids: readonly string[] | 'all', now: Date): Promise<number> {
    const filter: Record<string, unknown> = { openid, readAt: null };
    if (ids !== 'all') filter._id = this._.in([...ids]);
    const res = await this.db
      .collection('notices')
      .where(filter)
      .update({ data: { readAt: now } });
    return res.stats.updated;
  }

  private async creditDoc(openid: string, templateKey: string): Promise<CreditDoc | null> {
    const res = await this.db
      .collection('subscriptionCredits')
      .where({ _id: creditId(openid, templateKey) })
      .limit(1)
      .get();
    return (res.data[0] as unknown as CreditDoc | undefined) ?? null;
  }

  async credits(openid: string, templateKey: string): Promise<number> {
    return (await this.creditDoc(openid, templateKey))?.credits ?? 0;
  }

  async addCredits(openid: string, templateKey: string, count: number, now: Date): Promise<number> {
    const id = creditId(openid, templateKey);
    return this.db.runTransaction(async (tx) => {
      const ref = tx.collection('subscriptionCredits').doc(id);
      let current = 0;
      try {
        current = Number(((await ref.get()).data as CreditDoc | null)?.credits ?? 0);
      } catch {
        current = 0;
      }
      const credits = current + count;
      await ref.set({ data: toStored({ openid, templateKey, credits, updatedAt: now }) });
      return credits;
    });
  }

  async useCredit(openid: string, templateKey: string, now: Date): Promise<boolean> {
    // Conditional decrement: never below zero, atomic without a transaction.
    const res = await this.db
      .collection('subscriptionCredits')
      .where({ _id: creditId(openid, templateKey), credits: this._.gt(0) })
      .update({ data: { credits: this._.inc(-1), updatedAt: now } });
    return res.stats.updated === 1;
  }

  async zeroCredits(openid: string, templateKey: string, now: Date): Promise<void> {
    await this.db
      .collection('subscriptionCredits')
      .where({ _id: creditId(openid, templateKey) })
      .update({ data: { credits: 0, updatedAt: now } });
  }

  async mutedKinds(openid: string): Promise<NoticeKind[]> {
    const res = await this.db.collection('noticePreferences').where({ _id: openid }).limit(1).get();
    const kinds = (res.data[0] as { mutedKinds?: unknown } | undefined)?.mutedKinds;
    return Array.isArray(kinds) ? (kinds as NoticeKind[]) : [];
  }

  async setMutedKinds(openid: string, townshipId: string, kinds: readonly NoticeKind[], now: Date): Promise<void> {
    await this.db
      .collection('noticePreferences')
      .doc(openid)
      .set({ data: toStored({ openid, townshipId, mutedKinds: [...kinds], updatedAt: now }) });
  }
}
