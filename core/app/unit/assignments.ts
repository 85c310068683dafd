/**
 * `assignments` (my assignments by tab, one page) and `counts` (the tab badges) for a handling unit's staff.
 *
 * Guarantees: only items whose current assignment names the caller's unit (lead or co-unit) appear; `toSign`
 * lists lead assignments only (co-units do not sign); due-soon means due within the reminder lead time
 * (`remindBeforeDueWorkingDays` working days, at least until the end of tomorrow); rows hide the resident's
 * identity when the item asks for it (`hideIdentityFromUnit`).
 *
 * Database requests: assignments — 1 (page) + up to 3 (names), plus 2 (settings) for dueSoon; counts — 2
 * (settings) + 4 counts.
 */
import { unitCommands } from '../../contracts/unit';
import type { ItemRow, UnitInboxCounts } from '../../contracts/views';
import { endOfDay } from '../../domain/calendar';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/opinion/commands';
import type { TownshipSettings } from '../../ports/settings';
import type { UnitTabFilter } from '../../ports/unit-queries';
import { command, type CommandContext } from '../shared/dispatcher';
import { decodeCursor, encodeCursor } from '../queries/cursor';
import { toItemRow } from '../queries/item-views';
import { namesFor } from '../queries/names';
import { requireActor } from '../presidium/item-command';
import { UNIT_CALLERS } from '../presidium/roles';

type Tab = (typeof unitCommands.assignments.input)['_output']['tab'];

function unitIdOf(actor: Actor): string {
  if (!actor.unitId) throw new DomainError('AUTH.FORBIDDEN', '未绑定承办单位');
  return actor.unitId;
}

function dueSoonUntil(now: Date, settings: TownshipSettings): Date {
  const byRule = settings.calendar.addWorkingDays(now, Math.max(1, settings.rules.remindBeforeDueWorkingDays));
  const tomorrowEnd = endOfDay(new Date(endOfDay(now).getTime() + 1));
  return byRule.getTime() > tomorrowEnd.getTime() ? byRule : tomorrowEnd;
}

async function filterFor(ctx: CommandContext, actor: Actor, tab: Tab): Promise<UnitTabFilter> {
  switch (tab) {
    case 'dueSoon': {
      const settings = await ctx.ports.settings.load(actor.townshipId);
      return { tab, now: ctx.now, until: dueSoonUntil(ctx.now, settings) };
    }
    case 'overdue':
      return { tab, now: ctx.now };
    default:
      return { tab };
  }
}

export const assignments = command({
  input: unitCommands.assignments.input,
  mutating: false,
  roles: UNIT_CALLERS,
  async handle(ctx, input): Promise<{ rows: ItemRow[]; nextCursor?: string }> {
    const actor = requireActor(ctx.actor);
    const unitId = unitIdOf(actor);
    const filter = await filterFor(ctx, actor, input.tab);
    const page = await ctx.ports.unit.assignmentsPage(actor.townshipId, unitId, filter, {
      limit: input.limit,
      after: decodeCursor(input.cursor),
    });
    const names = await namesFor(ctx.ports, actor.townshipId, page.items);
    const rows = page.items.map((item) => toItemRow(item, actor, names));
    const nextCursor = encodeCursor(page.next);
    return nextCursor ? { rows, nextCursor } : { rows };
  },
});

export const counts = command({
  input: unitCommands.counts.input,
  mutating: false,
  roles: UNIT_CALLERS,
  async handle(ctx): Promise<UnitInboxCounts> {
    const actor = requireActor(ctx.actor);
    const unitId = unitIdOf(actor);
    const settings = await ctx.ports.settings.load(actor.townshipId);
    const q = ctx.ports.unit;
    const [toSign, inProgress, dueSoon, overdue] = await Promise.all([
      q.countTab(actor.townshipId, unitId, { tab: 'toSign' }),
      q.countTab(actor.townshipId, unitId, { tab: 'inProgress' }),
      q.countTab(actor.townshipId, unitId, { tab: 'dueSoon', now: ctx.now, until: dueSoonUntil(ctx.now, settings) }),
      q.countTab(actor.townshipId, unitId, { tab: 'overdue', now: ctx.now }),
    ]);
    return { toSign, inProgress, dueSoon, overdue };
  },
});
