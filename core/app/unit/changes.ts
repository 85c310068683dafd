/**
 * The handling unit's changes to an assigned item: sign (签收), return as misassigned (退回, inside the return
 * window), progress and contact notes (沟通记录), extension request, the written reply, and monitoring updates.
 *
 * Guarantees: `decide` checks the state, that the caller is unit staff of the lead unit (co-units may only add
 * progress notes) and the guards (OPINION.RETURN_WINDOW_CLOSED, one extension per assignment, a plan for
 * `planned`); here, on top of the domain: a `planned` reply also needs milestones and an expected date
 * (OPINION.PLAN_REQUIRED), and an extension must ask for a date after the current due date and within the
 * statutory ceiling (OPINION.DUE_EXCEEDS_CAP) — refused at the request rather than at the chair's approval.
 * Every timeline event records the acting unit (`unitId`), which the per-unit statistics read.
 *
 * Database requests of each: the item change (2 settings reads; transaction: start, request log, item, item
 * write, event, the outbox rows the event owes, log row, commit).
 */
import { unitCommands as c } from '../../contracts/unit';
import { endOfDate, startOfDate, type CalendarDate } from '../../domain/calendar';
import { dueAtForDate, statutoryCapAt } from '../../domain/deadlines';
import { DomainError } from '../../domain/errors';
import type { Actor } from '../../domain/opinion/commands';
import { itemCommand } from '../presidium/item-command';
import { milestonesOf } from '../presidium/mark-monitoring';
import { UNIT_CALLERS } from '../presidium/roles';

const roles = UNIT_CALLERS;
const unitOf = (actor: Actor) => ({ unitId: actor.unitId ?? '' });

export const sign = itemCommand({
  input: c.sign.input,
  roles,
  build: ({ actor }) => ({ command: { event: 'sign', payload: {} }, eventPayload: unitOf(actor) }),
});

export const returnMisassigned = itemCommand({
  input: c.returnMisassigned.input,
  roles,
  build: ({ input, actor }) => ({
    command: { event: 'returnMisassigned', payload: { reason: input.reason } },
    eventPayload: unitOf(actor),
  }),
});

export const addProgressNote = itemCommand({
  input: c.addProgressNote.input,
  roles,
  build: ({ input, actor, now }) => {
    const payload: { note: string; contactType?: 'faceToFace' | 'phone' | 'siteVisit'; contactAt?: Date } = {
      note: input.note,
    };
    if (input.contactType) {
      payload.contactType = input.contactType;
      // A contact is dated by its day; without a date it happened today.
      payload.contactAt = input.contactDate ? startOfDate(input.contactDate as CalendarDate) : now;
    }
    return { command: { event: 'addProgressNote', payload }, eventPayload: unitOf(actor) };
  },
});

export const requestExtension = itemCommand({
  input: c.requestExtension.input,
  roles,
  build: ({ input, item, settings, actor }) => {
    const requestedDueAt = dueAtForDate(input.requestedDueDate as CalendarDate);
    const assignment = item.assignment;
    if (assignment) {
      if (requestedDueAt.getTime() <= assignment.dueAt.getTime()) {
        throw new DomainError('VALIDATION.INVALID', '申请延至的日期须晚于现在的办理期限');
      }
      const difficult = assignment.dueAt.getTime() > statutoryCapAt(assignment.assignedAt, settings.rules).getTime();
      if (requestedDueAt.getTime() > statutoryCapAt(assignment.assignedAt, settings.rules, { difficult }).getTime()) {
        throw new DomainError('OPINION.DUE_EXCEEDS_CAP');
      }
    }
    return {
      command: { event: 'requestExtension', payload: { reason: input.reason, requestedDueAt } },
      eventPayload: unitOf(actor),
    };
  },
});

export const submitReply = itemCommand({
  input: c.submitReply.input,
  roles,
  build: ({ input, actor }) => {
    if (input.outcome === 'planned' && (!input.plan || !input.milestones?.length || !input.expectedDate)) {
      throw new DomainError('OPINION.PLAN_REQUIRED');
    }
    const payload: {
      text: string;
      outcome: typeof input.outcome;
      plan?: string;
      milestones?: ReturnType<typeof milestonesOf>;
      expectedAt?: Date;
      scanFileId?: string;
    } = { text: input.text, outcome: input.outcome };
    if (input.plan) payload.plan = input.plan;
    if (input.milestones?.length) payload.milestones = milestonesOf(input.milestones);
    if (input.expectedDate) payload.expectedAt = endOfDate(input.expectedDate as CalendarDate);
    if (input.scanFileId) payload.scanFileId = input.scanFileId;
    return { command: { event: 'submitReply', payload }, eventPayload: unitOf(actor) };
  },
});

export const progressUpdate = itemCommand({
  input: c.progressUpdate.input,
  roles,
  build: ({ input, actor }) => ({
    command: {
      event: 'progressUpdate',
      payload: input.stage ? { note: input.note, stage: input.stage } : { note: input.note },
    },
    eventPayload: unitOf(actor),
  }),
});

export const complete = itemCommand({
  input: c.complete.input,
  roles,
  build: ({ input, actor }) => ({
    command: { event: 'complete', payload: { note: input.note } },
    eventPayload: unitOf(actor),
  }),
});
