/**
 * DueItems and DigestQueries on CloudBase. The sweep's query is on `nextCheckAt` alone (index `nextCheck` in
 * database/collections/items.json), ordered by it, with an explicit limit: it reads only due items.
 * The digest counts use indexes with `townshipId` leading and read no documents.
 */
import type { Item } from '../../domain/opinion/item';
import { OPEN_STATUSES } from '../../domain/opinion/status';
import type { DigestCounts, DigestQueries, DueItems } from '../../ports/due-items';
import { fromStored } from './documents';
import type { WxDatabase } from './sdk';

const HANDLING = ['assigned', 'inProgress', 'reHandling'];
const OPEN: string[] = [...OPEN_STATUSES];
/** Waiting for presidium staff: to review a forward, to assign, to review a reply or an unsatisfied rating. */
const AWAITING_STAFF = ['forwarded', 'registered', 'replyReview', 'reHandleReview'];

export class CloudbaseDueItems implements DueItems, DigestQueries {
  constructor(private readonly db: WxDatabase) {}

  async findDue(now: Date, limit: number, exclude?: ReadonlySet<string>): Promise<Item[]> {
    const _ = this.db.command;
    const filter: Record<string, unknown> = { nextCheckAt: _.lte(now) };
    if (exclude && exclude.size > 0) filter._id = _.nin([...exclude]);
    const res = await this.db.collection('items').where(filter).orderBy('nextCheckAt', 'asc').limit(limit).get();
    return res.data.map((d) => fromStored<Item>(d));
  }

  async townshipIds(): Promise<string[]> {
    const res = await this.db.collection('townships').limit(100).get();
    return res.data.map((t) => String(t._id));
  }

  async digestCounts(
    townshipId: string,
    args: { now: Date; newSince: Date; dueSoonUntil: Date },
  ): Promise<DigestCounts> {
    const _ = this.db.command;
    const items = this.db.collection('items');
    const [newItems, dueSoon, overdue, awaitingReview] = await Promise.all([
      items.where({ townshipId, submittedAt: _.gte(args.newSince) }).count(),
      items
        .where({
          townshipId,
          status: _.in(HANDLING),
          'assignment.dueAt': _.and(_.gt(args.now), _.lte(args.dueSoonUntil)),
        })
        .count(),
      items.where({ townshipId, overdue: true, status: _.in(OPEN) }).count(),
      items.where({ townshipId, status: _.in(AWAITING_STAFF) }).count(),
    ]);
    return {
      newItems: newItems.total,
      dueSoon: dueSoon.total,
      overdue: overdue.total,
      awaitingReview: awaitingReview.total,
    };
  }
}
