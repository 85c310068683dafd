/**
 * `assign` (交办), `reassign` (重新交办 after take-back or return) and `reHandle` (重新办理 after 不满意): one
 * assignment form, three events.
 *
 * Guarantees: the units are checked before anything is written; the due instant is the picked date or the
 * default of the time rules on the working-day calendar, and never passes the statutory ceiling (the domain's
 * `dueWithinCap` guard answers OPINION.DUE_EXCEEDS_CAP, or OPINION.DUE_IN_PAST); the clock restarts at the
 * command's instant; the lead unit gets the `assigned` notice (outbox row naming the unit).
 *
 * Database requests: 1 (handlingUnits by ids) + the item change (2 settings reads; transaction: start, request
 * log, item, item write, event, 1–2 outbox rows, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { ItemCommand } from '../../domain/opinion/commands';
import {
  assignmentInput,
  loadUnits,
  planDue,
  unitNames,
  type AssignmentForm,
  type UnitsOfAssignment,
} from './assignment-plan';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

type Event = 'assign' | 'reassign' | 'reHandle';

function assignmentCommand<
  I extends AssignmentForm & { itemId: string; expectedVersion?: number | undefined; reason?: string },
>(event: Event, input: import('zod').ZodType<I>) {
  return itemCommand<I, UnitsOfAssignment, { dueAt: string }>({
    input,
    roles: PRESIDIUM_CALLERS,
    prepare: (ctx, actor, form) => loadUnits(ctx, actor.townshipId, form),
    build: ({ input: form, item, settings, now, prepared }) => {
      const plan = planDue({
        purpose: event === 'reHandle' ? 'reHandle' : 'assign',
        itemKind: item.kind,
        now,
        settings,
        dueDate: form.dueDate,
        difficult: form.difficult,
      });
      const assignment = assignmentInput(form, prepared, plan);
      const reason = form.reason ?? '';
      const cmd: ItemCommand =
        event === 'assign' ? { event, payload: assignment } : { event, payload: { ...assignment, reason } };
      return { command: cmd, context: { dueAtCap: plan.capAt }, eventPayload: { difficult: form.difficult } };
    },
    eventPayload: (_form, units) => unitNames(units),
    recipients: (form) => ({ leadUnit: form.leadUnitId }),
    result: (change) => ({ dueAt: (change.item.assignment?.dueAt ?? new Date(0)).toISOString() }),
  });
}

export const assign = assignmentCommand('assign', presidiumCommands.assign.input);
export const reassign = assignmentCommand('reassign', presidiumCommands.reassign.input);
export const reHandle = assignmentCommand('reHandle', presidiumCommands.reHandle.input);
