/**
 * `markMonitoring` (列入计划跟踪落实): a closed item becomes a long-term plan with milestones (立项 → 资金 → 招投标
 * → 施工 → 验收); it stays visible and is never counted as a failure.
 *
 * Guarantees: milestone dates are Shanghai calendar days stored as the instant the day ends; the plan text is
 * what the resident's timeline shows.
 *
 * Database requests: the item change (2 settings reads; transaction: start, request log, item, item write,
 * event, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import { endOfDate, type CalendarDate } from '../../domain/calendar';
import type { Milestone } from '../../domain/opinion/item';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

export interface MilestoneForm {
  stage: string;
  expectedDate?: string | undefined;
  note?: string | undefined;
}

export function milestonesOf(forms: readonly MilestoneForm[]): Milestone[] {
  return forms.map((m) => {
    const milestone: Milestone = { stage: m.stage };
    if (m.expectedDate) milestone.expectedAt = endOfDate(m.expectedDate as CalendarDate);
    if (m.note) milestone.note = m.note;
    return milestone;
  });
}

export const markMonitoring = itemCommand({
  input: presidiumCommands.markMonitoring.input,
  roles: PRESIDIUM_CALLERS,
  build: ({ input }) => {
    const payload = input.expectedDate
      ? {
          plan: input.plan,
          milestones: milestonesOf(input.milestones),
          expectedAt: endOfDate(input.expectedDate as CalendarDate),
        }
      : { plan: input.plan, milestones: milestonesOf(input.milestones) };
    return { command: { event: 'markMonitoring', payload } };
  },
});
