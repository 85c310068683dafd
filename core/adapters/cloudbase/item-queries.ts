/**
 * ItemQueries on CloudBase. Every query below names the declared index that serves it (database/collections/
 * items.json, itemEvents.json); all are scoped by `townshipId` first.
 */
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus } from '../../domain/opinion/status';
import type { ItemEvent } from '../../domain/opinion/timeline';
import {
  DEPUTY_IN_PROGRESS_STATUSES,
  type DeputyInboxFilter,
  type DeputyRecordCounts,
  type ItemPage,
  type ItemQueries,
  type PageRequest,
} from '../../ports/item-queries';
import { afterKeyset, pageOf } from './keyset';
import type { WxDatabase } from './sdk';

/** Events that are a deputy's triage of an item (their "response"). */
const TRIAGE_EVENTS = ['answerOnSpot', 'referToVillage', 'forwardToPresidium'] as const;

export class CloudbaseItemQueries implements ItemQueries {
  constructor(private readonly db: WxDatabase) {}

  private get items() {
    return this.db.collection('items');
  }

  private async page(filter: Record<string, unknown>, page: PageRequest): Promise<ItemPage> {
    const res = await this.items
      .where(afterKeyset(this.db.command, filter, 'submittedAt', page.after))
      .orderBy('submittedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(page.limit + 1)
      .get();
    const { rows, next } = pageOf(res.data as unknown as Item[], page.limit, (item) => item.submittedAt);
    return next ? { items: rows, next } : { items: rows };
  }

  // Index: _id.
  async findById(townshipId: string, itemId: string): Promise<Item | null> {
    const res = await this.items.where({ _id: itemId }).limit(1).get();
    const item = res.data[0] as unknown as Item | undefined;
    return item && item.townshipId === townshipId ? item : null;
  }

  // Index: townshipSubmitter (townshipId, submitter.residentId, submittedAt desc).
  findMineBySubmitter(
    townshipId: string,
    residentId: string,
    page: PageRequest,
    status?: ItemStatus,
  ): Promise<ItemPage> {
    const filter: Record<string, unknown> = { townshipId, 'submitter.residentId': residentId };
    if (status) filter.status = status;
    return this.page(filter, page);
  }

  private inboxFilter(townshipId: string, deputyId: string, filter: DeputyInboxFilter): Record<string, unknown> {
    const _ = this.db.command;
    const base = { townshipId, deputyId };
    switch (filter.tab) {
      // Index: townshipDeputyStatus (townshipId, deputyId, status, submittedAt desc).
      case 'new':
        return { ...base, status: 'submitted' };
      case 'inProgress':
        return { ...base, status: _.in([...DEPUTY_IN_PROGRESS_STATUSES]) };
      case 'awaitingRelay':
        return { ...base, status: 'replied' };
      // Index: townshipDeputySubmitted (townshipId, deputyId, submittedAt desc).
      case 'all':
        return base;
      // Index: townshipDeputyStatusTriage (townshipId, deputyId, status, triageDueAt).
      case 'dueSoon':
        return { ...base, status: 'submitted', triageDueAt: _.and(_.gt(filter.now), _.lte(filter.until)) };
      case 'overdue':
        return { ...base, status: 'submitted', triageDueAt: _.lte(filter.now) };
    }
  }

  findDeputyInbox(
    townshipId: string,
    deputyId: string,
    filter: DeputyInboxFilter,
    page: PageRequest,
  ): Promise<ItemPage> {
    return this.page(this.inboxFilter(townshipId, deputyId, filter), page);
  }

  async countDeputyInbox(townshipId: string, deputyId: string, filter: DeputyInboxFilter): Promise<number> {
    const res = await this.items.where(this.inboxFilter(townshipId, deputyId, filter)).count();
    return res.total;
  }

  // Index: townshipSubmitter.
  async countSubmittedSince(townshipId: string, residentId: string, since: Date): Promise<number> {
    const _ = this.db.command;
    const res = await this.items
      .where({ townshipId, 'submitter.residentId': residentId, submittedAt: _.gte(since) })
      .count();
    return res.total;
  }

  // Index: itemSeq (itemId, seq).
  async findTimeline(townshipId: string, itemId: string): Promise<ItemEvent[]> {
    const res = await this.db
      .collection('itemEvents')
      .where({ itemId, townshipId })
      .orderBy('seq', 'asc')
      .limit(200)
      .get();
    return res.data as unknown as ItemEvent[];
  }

  // Indexes: townshipDeputySubmitted (count); itemEvents townshipActorEvent (aggregate).
  async deputyRecord(townshipId: string, deputyId: string): Promise<DeputyRecordCounts> {
    const _ = this.db.command;
    const $ = _.aggregate;
    const [received, grouped] = await Promise.all([
      this.items.where({ townshipId, deputyId }).count(),
      this.db
        .collection('itemEvents')
        .aggregate()
        .match({ townshipId, 'actor.id': deputyId, event: _.in([...TRIAGE_EVENTS]) })
        .group({
          _id: '$event',
          count: $.sum(1),
          responseMs: $.sum('$payload.responseMs'),
          timed: $.sum('$payload.timed'),
        })
        .end(),
    ]);
    const byEvent = new Map(
      grouped.list.map((row) => [String(row._id), row as { count: number; responseMs: number; timed: number }]),
    );
    const count = (event: string) => byEvent.get(event)?.count ?? 0;
    let totalMs = 0;
    let timed = 0;
    for (const row of byEvent.values()) {
      totalMs += Number(row.responseMs) || 0;
      timed += Number(row.timed) || 0;
    }
    return {
      received: received.total,
      answeredOnSpot: count('answerOnSpot'),
      referredToVillage: count('referToVillage'),
      forwarded: count('forwardToPresidium'),
      averageResponseHours: timed > 0 ? Math.round((totalMs / timed / 3_600_000) * 10) / 10 : null,
    };
  }
}
