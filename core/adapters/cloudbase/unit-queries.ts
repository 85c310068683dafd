/**
 * UnitQueries on CloudBase. A unit's items are those whose current assignment names it as lead or co-unit.
 *
 * Index use: `toSign` (lead unit only) is served by leadUnitStatusDue (assignment.leadUnitId, status,
 * assignment.dueAt); the other tabs filter `townshipId` + `status` at the top level (townshipStatusUpdated /
 * townshipStatusDue) and the lead-or-co condition on top, which at township scale selects a few hundred rows at
 * most.
 */
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus } from '../../domain/opinion/status';
import type { PageRequest } from '../../ports/item-queries';
import { DUE_CLOCK_STATUSES, type CursorPage } from '../../ports/presidium-queries';
import type { UnitQueries, UnitTabFilter } from '../../ports/unit-queries';
import { keysetPage } from './presidium-queries';
import type { WxDatabase } from './sdk';

type Filter = Record<string, unknown>;

/** Handling states shown under 办理中: signed, re-handling, or the reply waiting for staff review. */
const IN_PROGRESS: readonly ItemStatus[] = ['inProgress', 'reHandling', 'replyReview'];

export class CloudbaseUnitQueries implements UnitQueries {
  constructor(private readonly db: WxDatabase) {}

  private parts(
    townshipId: string,
    unitId: string,
    filter: UnitTabFilter,
  ): { parts: Filter[]; field: string; order: 'asc' | 'desc' } {
    const _ = this.db.command;
    const ours = _.or([{ 'assignment.leadUnitId': unitId }, { 'assignment.coUnitIds': unitId }]) as Filter;
    switch (filter.tab) {
      case 'toSign':
        return {
          parts: [{ 'assignment.leadUnitId': unitId, status: 'assigned', townshipId }],
          field: 'assignment.dueAt',
          order: 'asc',
        };
      case 'inProgress':
        return { parts: [{ townshipId, status: _.in([...IN_PROGRESS]) }, ours], field: 'updatedAt', order: 'desc' };
      case 'monitoring':
        return { parts: [{ townshipId, status: 'monitoring' }, ours], field: 'updatedAt', order: 'desc' };
      case 'all':
        return { parts: [{ townshipId }, ours], field: 'updatedAt', order: 'desc' };
      case 'dueSoon':
        return {
          parts: [
            {
              townshipId,
              status: _.in([...DUE_CLOCK_STATUSES]),
              'assignment.dueAt': _.and(_.gt(filter.now), _.lte(filter.until)),
            },
            ours,
          ],
          field: 'assignment.dueAt',
          order: 'asc',
        };
      case 'overdue':
        return {
          parts: [{ townshipId, status: _.in([...DUE_CLOCK_STATUSES]), 'assignment.dueAt': _.lte(filter.now) }, ours],
          field: 'assignment.dueAt',
          order: 'asc',
        };
    }
  }

  assignmentsPage(
    townshipId: string,
    unitId: string,
    filter: UnitTabFilter,
    page: PageRequest,
  ): Promise<CursorPage<Item>> {
    const { parts, field, order } = this.parts(townshipId, unitId, filter);
    return keysetPage<Item>(this.db, 'items', parts, field, order, page.limit, page.after);
  }

  async countTab(townshipId: string, unitId: string, filter: UnitTabFilter): Promise<number> {
    const _ = this.db.command;
    const { parts } = this.parts(townshipId, unitId, filter);
    const where = parts.length === 1 ? parts[0]! : (_.and(parts) as Filter);
    const res = await this.db.collection('items').where(where).count();
    return res.total;
  }
}
