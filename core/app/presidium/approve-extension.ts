/**
 * `approveExtension` (同意延期, chair-level): the due date moves to the requested date or to the date the chair
 * picks instead.
 *
 * Guarantees: the new due instant never passes the statutory ceiling counted from the current 交办 (no pause:
 * the extension is inside the 3 or 6 months, domain.md §5) — the domain's `dueWithinCap` guard answers
 * OPINION.DUE_EXCEEDS_CAP; the unit and the resident are told (outbox rows of the event).
 *
 * Database requests: the item change (2 settings reads; transaction: start, request log, item, item write, event,
 * 2 outbox rows, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { CalendarDate } from '../../domain/calendar';
import { dueAtForDate, statutoryCapAt } from '../../domain/deadlines';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

export const approveExtension = itemCommand({
  input: presidiumCommands.approveExtension.input,
  roles: PRESIDIUM_CALLERS,
  build: ({ input, item, settings }) => {
    const dueAt = input.dueDate ? dueAtForDate(input.dueDate as CalendarDate) : item.extension?.requestedDueAt;
    const assignment = item.assignment;
    // An item assigned as difficult (6-month ceiling) is recognisable by a due date beyond the 3-month one.
    const difficult =
      !!assignment && assignment.dueAt.getTime() > statutoryCapAt(assignment.assignedAt, settings.rules).getTime();
    const context = assignment
      ? { dueAtCap: statutoryCapAt(assignment.assignedAt, settings.rules, { difficult }) }
      : {};
    return {
      command: {
        event: 'approveExtension',
        payload: input.dueDate ? { dueAt: dueAtForDate(input.dueDate as CalendarDate) } : {},
      },
      context,
      // The resident timeline shows the new date.
      eventPayload: dueAt ? { dueAt } : {},
    };
  },
  result: (change) => ({ dueAt: (change.item.assignment?.dueAt ?? new Date(0)).toISOString() }),
});
