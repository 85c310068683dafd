/**
 * Presidium commands that are one event with the form's fields as payload: nothing to compute, nothing to look up.
 * Each row maps the validated input to the domain command; `decide` checks state, role (e.g. chair-only
 * `closeWithExplanation` and extension decisions), ownership and guards.
 *
 * Database requests of each: the item change (2 settings reads; transaction: start, request log, item, item
 * write, event, the outbox rows the event owes, log row, commit).
 */
import { presidiumCommands as c } from '../../contracts/presidium';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

const roles = PRESIDIUM_CALLERS;

/** 提取: an untriaged item whose pull limit has passed comes to the presidium. */
export const pull = itemCommand({
  input: c.pull.input,
  roles,
  build: () => ({ command: { event: 'pull', payload: {} } }),
});

/** 不予受理, with the reason relayed to the resident (e.g. outOfScope with the competent body). */
export const notAccept = itemCommand({
  input: c.notAccept.input,
  roles,
  build: ({ input }) => ({
    command: {
      event: 'notAccept',
      payload: input.competentBody
        ? { code: input.code, competentBody: input.competentBody, text: input.text }
        : { code: input.code, text: input.text },
    },
  }),
});

/** 退回代表补充: missing information; the deputy is told. */
export const returnToDeputy = itemCommand({
  input: c.returnToDeputy.input,
  roles,
  build: ({ input }) => ({ command: { event: 'returnToDeputy', payload: { question: input.question } } }),
});

/** 收回: staff take a misassigned item back to `registered` (after the unit's return window, too). */
export const takeBack = itemCommand({
  input: c.takeBack.input,
  roles,
  build: ({ input }) => ({ command: { event: 'takeBack', payload: { reason: input.reason } } }),
});

export const refuseExtension = itemCommand({
  input: c.refuseExtension.input,
  roles,
  build: ({ input }) => ({ command: { event: 'refuseExtension', payload: { reason: input.reason } } }),
});

/** 催办: counted on the item (`urgeCount`), the lead unit is told. */
export const urge = itemCommand({
  input: c.urge.input,
  roles,
  build: ({ input }) => ({ command: { event: 'urge', payload: input.note ? { note: input.note } : {} } }),
});

/** 督办通知: to the unit head, copied to the leader in charge (resolved by the notices). */
export const superviseNotice = itemCommand({
  input: c.superviseNotice.input,
  roles,
  build: ({ input }) => ({ command: { event: 'superviseNotice', payload: input.note ? { note: input.note } : {} } }),
});

export const addNote = itemCommand({
  input: c.addNote.input,
  roles,
  build: ({ input }) => ({ command: { event: 'addNote', payload: { note: input.note } } }),
});

/**
 * 答复审核通过: the reply goes to the resident (directly or via the deputy, by setting). The timeline keeps the
 * outcome and text, which is what the resident's timeline shows.
 */
export const releaseReply = itemCommand({
  input: c.releaseReply.input,
  roles,
  build: ({ input, item }) => ({
    command: { event: 'releaseReply', payload: input.note ? { note: input.note } : {} },
    eventPayload: item.reply
      ? {
          outcome: item.reply.outcome,
          text: item.reply.text,
          unitId: item.reply.unitId ?? item.assignment?.leadUnitId ?? '',
        }
      : {},
  }),
});

/** 退回修改: the unit rewrites its reply; the item returns to the state the reply left. */
export const sendBack = itemCommand({
  input: c.sendBack.input,
  roles,
  build: ({ input }) => ({ command: { event: 'sendBack', payload: { reason: input.reason } } }),
});

/** 说明情况后办结 after 不满意 (chair-level): the reason is relayed to the resident. */
export const closeWithExplanation = itemCommand({
  input: c.closeWithExplanation.input,
  roles,
  build: ({ input }) => ({ command: { event: 'closeWithExplanation', payload: { reason: input.reason } } }),
});

/** 办结 with a reason (an unreachable offline resident, a monitored plan finished or dropped). */
export const close = itemCommand({
  input: c.close.input,
  roles,
  build: ({ input }) => ({ command: { event: 'close', payload: { reason: input.reason } } }),
});
