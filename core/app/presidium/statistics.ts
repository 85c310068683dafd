/**
 * `statistics`: the township figures of domain.md §7 (core/domain/statistics `townshipReport`) for a period of
 * Shanghai days and a cut-off (now, or the end of `cutoffDate` if earlier).
 *
 * A first version computed from indexed queries in bounded pages: items submitted up to the cut-off and timeline
 * events up to the cut-off are read oldest first, `PAGE` rows a request, at most `MAX_PAGES` requests each. When a
 * township outgrows that, the answer says `truncated: true` rather than silently reporting on part of the data;
 * the next step is a stored snapshot per period (architecture: the annual report keeps its snapshot).
 *
 * The names of the deputies and units in the per-deputy and per-unit tables come with the figures, so a report
 * page or an export needs no second call.
 *
 * Database requests: 2 (settings) + 1–`MAX_PAGES` (items) + 1–`MAX_PAGES` (events) + 1 (deputies) + 1 (units).
 */
import { presidiumPlanningCommands, type StatisticsView } from '../../contracts/presidium-planning';
import { addDaysToDate, endOfDate, startOfDate, type CalendarDate } from '../../domain/calendar';
import type { Item } from '../../domain/opinion/item';
import type { ItemEvent } from '../../domain/opinion/timeline';
import { townshipReport, type StatsEvent, type StatsItem } from '../../domain/statistics';
import type { PageCursor } from '../../ports/item-queries';
import type { CursorPage, StatisticsPageRequest } from '../../ports/presidium-queries';
import type { z } from 'zod';
import { command, type CommandContext } from '../shared/dispatcher';
import { requireActor } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

const PAGE = 500;
const MAX_PAGES = 8;

async function readAll<T>(
  read: (r: StatisticsPageRequest) => Promise<CursorPage<T>>,
  base: Omit<StatisticsPageRequest, 'after' | 'limit'>,
) {
  const rows: T[] = [];
  let after: PageCursor | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await read({ ...base, limit: PAGE, after });
    rows.push(...res.items);
    if (!res.next) return { rows, truncated: false };
    after = res.next;
  }
  return { rows, truncated: true };
}

const asDate = (v: unknown): Date | null => (v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null);
const asString = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function statsItemOf(item: Item): StatsItem {
  return {
    id: item._id,
    kind: item.kind,
    channel: item.channel,
    submittedAt: item.submittedAt,
    deputyId: item.deputyId,
  };
}

/** The timeline event as the statistics read it: the unit from the assignment or the acting unit. */
export function statsEventOf(e: ItemEvent): StatsEvent {
  const p = e.payload ?? {};
  return {
    itemId: e.itemId,
    type: e.event,
    at: e.at,
    unitId: asString(p['leadUnitId']) ?? asString(p['unitId']),
    dueAt: asDate(p['dueAt']),
    outcome: asString(p['outcome']) as StatsEvent['outcome'],
    rating: asString(p['rating']) as StatsEvent['rating'],
  };
}

export type StatisticsInput = z.output<typeof presidiumPlanningCommands.statistics.input>;

/** The figures and names for a period, as `statistics` answers them and `exportStatistics` writes them. */
export async function statisticsView(ctx: CommandContext, input: StatisticsInput): Promise<StatisticsView> {
  const townshipId = requireActor(ctx.actor).townshipId;
  const period = {
    from: startOfDate(input.from as CalendarDate),
    to: startOfDate(addDaysToDate(input.to as CalendarDate, 1)),
  };
  const asked = input.cutoffDate ? endOfDate(input.cutoffDate as CalendarDate) : ctx.now;
  const cutoff = asked.getTime() < ctx.now.getTime() ? asked : ctx.now;
  const queries = ctx.ports.presidium;
  const [settings, items, events] = await Promise.all([
    ctx.ports.settings.load(townshipId),
    readAll((r) => queries.statisticsItems(r), { townshipId, cutoff }),
    readAll((r) => queries.statisticsEvents(r), { townshipId, cutoff }),
  ]);
  const report = townshipReport({
    items: items.rows.map(statsItemOf),
    events: events.rows.map(statsEventOf),
    period,
    cutoff,
    rules: settings.rules,
    calendar: settings.calendar,
  });
  const [deputies, units] = await Promise.all([
    ctx.ports.directory.findDeputies(
      townshipId,
      report.byDeputy.map((d) => d.deputyId),
    ),
    ctx.ports.directory.findUnits(
      townshipId,
      report.byUnit.map((u) => u.unitId),
    ),
  ]);
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString(), cutoff: cutoff.toISOString() },
    report,
    names: {
      deputies: Object.fromEntries(deputies.map((d) => [d._id, d.name])),
      units: Object.fromEntries(units.map((u) => [u._id, u.name])),
    },
    truncated: items.truncated || events.truncated,
    itemsRead: items.rows.length,
    eventsRead: events.rows.length,
  };
}

export const statistics = command({
  input: presidiumPlanningCommands.statistics.input,
  mutating: false,
  roles: PRESIDIUM_CALLERS,
  handle: statisticsView,
});
