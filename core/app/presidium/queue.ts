/**
 * `queue`: the presidium's work list with filters (status, overdue, due within N days, category, station, deputy,
 * unit, channel, submission date range, keyword, flagged by content security), sort, cursor pagination and counts per status.
 *
 * Guarantees: one page is read, never the whole collection; dates are Shanghai days (`from`/`to` inclusive);
 * "overdue" and "due within" look only at items whose handling clock runs; rows are shaped for the viewer (a
 * presidium member sees residents' names masked, staff and the chair in full). Counts are of the whole township,
 * not of the filter, so the tabs keep their numbers while staff narrow the list.
 *
 * Database requests: 1 (page) + 1 (aggregate: counts per status) + 1 (count: overdue) + up to 3 (display names).
 */
import { queueInput } from '../../contracts/presidium';
import type { QueuePage } from '../../contracts/views';
import { addDaysToDate, endOfDate, shanghaiDateOf, startOfDate, type CalendarDate } from '../../domain/calendar';
import type { QueueFilter } from '../../ports/presidium-queries';
import { command } from '../shared/dispatcher';
import { decodeCursor, encodeCursor } from '../queries/cursor';
import { toItemRow } from '../queries/item-views';
import { namesFor } from '../queries/names';
import { requireActor } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

type QueueInput = ReturnType<typeof queueInput.parse>;

/** The wire filters as the port's instants (pure). */
export function queueFilterOf(input: QueueInput, now: Date): QueueFilter {
  const filter: QueueFilter = {
    statuses: input.status,
    category: input.category,
    stationId: input.stationId,
    deputyId: input.deputyId,
    unitId: input.unitId,
    channels: input.channel,
    keyword: input.keyword,
  };
  if (input.flagged) filter.flagged = true;
  if (input.overdue) filter.overdueAt = now;
  if (input.dueWithinDays !== undefined) {
    filter.dueBetween = { from: now, to: endOfDate(addDaysToDate(shanghaiDateOf(now), input.dueWithinDays)) };
  }
  if (input.from) filter.submittedFrom = startOfDate(input.from as CalendarDate);
  if (input.to) filter.submittedBefore = startOfDate(addDaysToDate(input.to as CalendarDate, 1));
  return filter;
}

export const queue = command({
  input: queueInput,
  mutating: false,
  roles: PRESIDIUM_CALLERS,
  async handle(ctx, input): Promise<QueuePage> {
    const actor = requireActor(ctx.actor);
    const townshipId = actor.townshipId;
    const queries = ctx.ports.presidium;
    const [page, countsByStatus, overdueCount] = await Promise.all([
      queries.queuePage({
        townshipId,
        filter: queueFilterOf(input, ctx.now),
        sort: input.sort,
        order: input.order,
        limit: input.limit,
        after: decodeCursor(input.cursor),
      }),
      queries.countsByStatus(townshipId),
      queries.countOverdue(townshipId, ctx.now),
    ]);
    const names = await namesFor(ctx.ports, townshipId, page.items);
    const result: QueuePage = {
      rows: page.items.map((item) => toItemRow(item, actor, names)),
      countsByStatus,
      overdueCount,
    };
    const nextCursor = encodeCursor(page.next);
    if (nextCursor) result.nextCursor = nextCursor;
    return result;
  },
});
