/**
 * What each event changes on the item besides `status` (domain.md §3.2, §4 "effect").
 *
 * Guarantees: pure; returns only the fields that change; never touches `_id`, `townshipId`, `version`,
 * `submitter` or `enteredBy`; stamps instants with `ctx.now`. Deadlines come in the command (computed by the
 * deadline policy) and are stored as given, after the guards checked them.
 */
import { deputyIdOf } from './access';
import type { Actor, AssignmentInput, DecideContext, ItemCommand } from './commands';
import type { Assignment, Evaluation, Item, ItemChanges } from './item';
import { DEPUTY_EVALUATED_CHANNELS, type Channel } from './status';

function toAssignment(input: AssignmentInput, actor: Actor, now: Date): Assignment {
  return {
    leadUnitId: input.leadUnitId,
    coUnitIds: [...input.coUnitIds],
    leaderInCharge: input.leaderInCharge,
    responsiblePerson: input.responsiblePerson,
    contact: input.contact,
    assignedAt: now,
    dueAt: input.dueAt,
    returnWindowEndsAt: input.returnWindowEndsAt,
    assignedBy: actor.id,
  };
}

/** A new assignment restarts the clock: no extension, not overdue, no urges carried into the new deadline. */
function assignmentChanges(input: AssignmentInput, actor: Actor, now: Date): ItemChanges {
  return {
    assignment: toAssignment(input, actor, now),
    priority: input.priority,
    urgent: input.urgent,
    isKey: input.priority === 'key',
    extension: null,
    overdue: false,
  };
}

function ratingFields(item: Item | null, evaluation: Evaluation): ItemChanges {
  return item?.firstEvaluation ? { evaluation } : { evaluation, firstEvaluation: evaluation };
}

export function effectOf(item: Item | null, command: ItemCommand, actor: Actor, ctx: DecideContext): ItemChanges {
  const now = ctx.now;
  switch (command.event) {
    case 'submit':
      return { submittedAt: now };
    case 'withdraw':
      return { closeReason: command.payload.reason ?? null, closedAt: now };
    case 'answerOnSpot':
      return {
        reply: {
          text: command.payload.text,
          outcome: 'resolved',
          repliedBy: actor.id,
          repliedAt: now,
          releasedAt: now,
        },
        answerSource: 'deputy',
        releasedAt: now,
      };
    case 'referToVillage': {
      const villageReferral: Item['villageReferral'] = {
        unitId: command.payload.unitId,
        note: command.payload.note,
        referredAt: now,
      };
      if (command.payload.dueAt) villageReferral.dueAt = command.payload.dueAt;
      return { villageReferral };
    }
    case 'recordVillageResult': {
      const referral = item?.villageReferral;
      return {
        villageReferral: referral ? { ...referral, result: command.payload.result, resultAt: now } : null,
        reply: {
          text: command.payload.result,
          outcome: 'resolved',
          repliedBy: actor.id,
          repliedAt: now,
          releasedAt: now,
        },
        answerSource: 'village',
        releasedAt: now,
      };
    }
    case 'forwardToPresidium': {
      const transferCard: Item['transferCard'] = {
        summary: command.payload.summary,
        deputyView: command.payload.deputyView,
        urgent: command.payload.urgent,
        forwardedAt: now,
      };
      if (command.payload.suggestedUnitId) transferCard.suggestedUnitId = command.payload.suggestedUnitId;
      return {
        transferCard,
        forwardedAt: now,
        urgent: (item?.urgent ?? false) || command.payload.urgent,
        returnQuestion: null,
      };
    }
    case 'pull':
      return { forwardedAt: now };
    case 'register': {
      const changes: ItemChanges = {
        registrationNumber: command.payload.registrationNumber,
        isKey: command.payload.isKey,
      };
      if (command.payload.category) changes.category = command.payload.category;
      return changes;
    }
    case 'merge':
      return { mergedInto: command.payload.primaryItemId, closedAt: now };
    case 'notAccept':
      return { rejectReason: { ...command.payload }, closedAt: now };
    case 'returnToDeputy':
      return { returnQuestion: command.payload.question };
    case 'assign':
    case 'reassign':
      return assignmentChanges(command.payload, actor, now);
    case 'sign':
      return item?.assignment ? { assignment: { ...item.assignment, signedAt: now, signedBy: actor.id } } : {};
    case 'returnMisassigned':
    case 'takeBack':
      return { assignment: null, extension: null, overdue: false };
    case 'requestExtension':
      return {
        extension: {
          reason: command.payload.reason,
          requestedDueAt: command.payload.requestedDueAt,
          requestedAt: now,
          requestedBy: actor.id,
          decision: 'pending',
          originalDueAt: item?.assignment?.dueAt ?? command.payload.requestedDueAt,
        },
      };
    case 'approveExtension': {
      if (!item?.extension || !item.assignment) return {};
      const dueAt = command.payload.dueAt ?? item.extension.requestedDueAt;
      return {
        extension: { ...item.extension, decision: 'approved', decidedAt: now, decidedBy: actor.id },
        assignment: { ...item.assignment, dueAt },
        overdue: dueAt.getTime() <= now.getTime(),
      };
    }
    case 'refuseExtension':
      return item?.extension
        ? { extension: { ...item.extension, decision: 'refused', decidedAt: now, decidedBy: actor.id } }
        : {};
    case 'submitReply': {
      const p = command.payload;
      const reply: NonNullable<Item['reply']> = {
        text: p.text,
        outcome: p.outcome,
        repliedBy: actor.id,
        repliedAt: now,
      };
      if (p.plan) reply.plan = p.plan;
      if (p.milestones) reply.milestones = p.milestones.map((m) => ({ ...m }));
      if (p.expectedAt) reply.expectedAt = p.expectedAt;
      if (p.scanFileId) reply.scanFileId = p.scanFileId;
      if (actor.unitId) reply.unitId = actor.unitId;
      const from = item?.status === 'reHandling' ? 'reHandling' : 'inProgress';
      return { reply, replyFromStatus: from, answerSource: 'unit' };
    }
    case 'sendBack':
      return item?.reply
        ? { reply: { ...item.reply, sentBackReason: command.payload.reason }, replyFromStatus: null }
        : { replyFromStatus: null };
    case 'releaseReply':
      return item?.reply
        ? { reply: { ...item.reply, releasedAt: now, releasedBy: actor.id }, releasedAt: now, replyFromStatus: null }
        : { releasedAt: now, replyFromStatus: null };
    case 'relay':
      return { relayedAt: now };
    case 'relayTimeout':
      return {};
    case 'rate': {
      const onBehalf = actor.role !== 'resident';
      const deputyEvaluated = item ? (DEPUTY_EVALUATED_CHANNELS as readonly Channel[]).includes(item.channel) : false;
      const evaluation: Evaluation = {
        rating: command.payload.rating,
        comment: command.payload.comment,
        ratedBy: !onBehalf ? 'resident' : deputyEvaluated && deputyIdOf(actor) ? 'deputy' : 'deputyOnBehalf',
        ratedAt: now,
        round: item?.reHandleRounds ?? 0,
      };
      const changes = ratingFields(item, evaluation);
      if (command.payload.rating !== 'unsatisfied') changes.closedAt = now;
      return changes;
    }
    case 'evaluationTimeout': {
      // Never counted as satisfied: the rating is recorded as notRated (domain.md §3.2-10).
      const evaluation: Evaluation = {
        rating: 'notRated',
        comment: '',
        ratedBy: 'system',
        ratedAt: now,
        round: item?.reHandleRounds ?? 0,
      };
      return { ...ratingFields(item, evaluation), closedAt: now };
    }
    case 'reHandle':
      return {
        ...assignmentChanges(command.payload, actor, now),
        reHandleRounds: (item?.reHandleRounds ?? 0) + 1,
        reply: null,
        answerSource: null,
        releasedAt: null,
        relayedAt: null,
      };
    case 'closeWithExplanation':
    case 'close':
      return { closeReason: command.payload.reason, closedAt: now };
    case 'markMonitoring': {
      const base = item?.reply;
      const reply: NonNullable<Item['reply']> = {
        text: base?.text ?? '',
        repliedBy: base?.repliedBy ?? actor.id,
        repliedAt: base?.repliedAt ?? now,
        ...(base ?? {}),
        outcome: 'planned',
        plan: command.payload.plan,
        milestones: command.payload.milestones.map((m) => ({ ...m })),
      };
      if (command.payload.expectedAt) reply.expectedAt = command.payload.expectedAt;
      return { reply, closedAt: null };
    }
    case 'progressUpdate': {
      const reply = item?.reply;
      const stage = command.payload.stage;
      if (!reply || !stage || !reply.milestones) return {};
      const doneAt = command.payload.doneAt ?? now;
      return {
        reply: {
          ...reply,
          milestones: reply.milestones.map((m) =>
            m.stage === stage ? { ...m, doneAt, note: command.payload.note } : m,
          ),
        },
      };
    }
    case 'complete':
      // A completed plan counts as resolved in 解决率 (domain.md §7).
      return item?.reply ? { reply: { ...item.reply, outcome: 'resolved' }, closedAt: now } : { closedAt: now };
    case 'urge':
      return { urgeCount: (item?.urgeCount ?? 0) + 1 };
    case 'setSupervisor':
      return { supervision: { ...command.payload } };
    case 'superviseNotice':
    case 'remind':
    case 'addNote':
    case 'addProgressNote':
    case 'archive':
      return {};
  }
}
