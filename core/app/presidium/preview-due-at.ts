/**
 * `previewDueAt`: what an assignment, re-handling or extension would set, for the form to show before staff
 * confirm — the default due instant on the township's calendar, the statutory ceiling, whether a picked date fits,
 * and the unit's return window. The same `planDue` the commands use, so the preview never disagrees with them.
 *
 * Database requests: 2 (settings document, calendar overrides).
 */
import { presidiumPlanningCommands, type DuePreview } from '../../contracts/presidium-planning';
import type { CalendarDate } from '../../domain/calendar';
import { dueAtForDate, statutoryCapAt } from '../../domain/deadlines';
import { DomainError } from '../../domain/errors';
import { command } from '../shared/dispatcher';
import { planDue } from './assignment-plan';
import { requireActor } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

export const previewDueAt = command({
  input: presidiumPlanningCommands.previewDueAt.input,
  mutating: false,
  roles: PRESIDIUM_CALLERS,
  async handle(ctx, input): Promise<DuePreview> {
    const actor = requireActor(ctx.actor);
    const settings = await ctx.ports.settings.load(actor.townshipId);
    const now = ctx.now;
    let plan = planDue({
      purpose: input.purpose === 'reHandle' ? 'reHandle' : 'assign',
      itemKind: input.kind,
      now,
      settings,
      dueDate: input.dueDate,
      difficult: input.difficult,
    });
    if (input.purpose === 'extension') {
      if (!input.assignedAt || !input.dueDate)
        throw new DomainError('VALIDATION.INVALID', '延期预览须提供交办时间和延期日期');
      const dueAt = dueAtForDate(input.dueDate as CalendarDate);
      plan = {
        ...plan,
        dueAt,
        defaultDueAt: dueAt,
        capAt: statutoryCapAt(new Date(input.assignedAt), settings.rules, { difficult: input.difficult }),
      };
    }
    return {
      dueAt: plan.dueAt.toISOString(),
      defaultDueAt: plan.defaultDueAt.toISOString(),
      capAt: plan.capAt.toISOString(),
      withinCap: plan.dueAt.getTime() <= plan.capAt.getTime(),
      returnWindowEndsAt: plan.returnWindowEndsAt.toISOString(),
      workingDays: settings.calendar.workingDaysBetween(now, new Date(plan.dueAt.getTime() - 1)),
    };
  },
});
