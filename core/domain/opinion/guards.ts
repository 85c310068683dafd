/**
 * Named guards of the state machine: the conditions beyond state and role (domain.md §4 "Guard" column).
 *
 * Guarantees: each guard is pure, reads the item, the command, the actor and the context, and answers `null`
 * (holds) or the error code to refuse with. Time comparisons use `ctx.now` only.
 */
import type { ErrorCode } from '../errors';
import { isStaffRole } from '../roles';
import type { Actor, DecideContext, ItemCommand } from './commands';
import type { Item } from './item';
import { DEPUTY_EVALUATED_CHANNELS, ON_BEHALF_CHANNELS, isOpen, type Channel } from './status';
import type { GuardName } from './transitions';

type Guard = (item: Item | null, command: ItemCommand, actor: Actor, ctx: DecideContext) => ErrorCode | null;

const STAFF_CHANNELS: readonly Channel[] = [
  'phone',
  'letter',
  'forum',
  'chairReception',
  'session',
  'inspection',
  'petition',
];

/** The `dueAt` a command would set, if it sets one. */
function newDueAt(item: Item | null, command: ItemCommand): Date | undefined {
  switch (command.event) {
    case 'assign':
    case 'reassign':
    case 'reHandle':
      return command.payload.dueAt;
    case 'approveExtension':
      return command.payload.dueAt ?? item?.extension?.requestedDueAt;
    default:
      return undefined;
  }
}

export const GUARDS: Readonly<Record<GuardName, Guard>> = {
  channelFitsActor: (_item, command, actor) => {
    if (command.event !== 'submit') return null;
    const channel = command.payload.channel;
    const ok =
      actor.role === 'resident'
        ? channel === 'online'
        : actor.role === 'deputy'
          ? (ON_BEHALF_CHANNELS as readonly Channel[]).includes(channel) || channel === 'deputyOwn'
          : actor.role === 'stationClerk' || actor.role === 'stationHead'
            ? (ON_BEHALF_CHANNELS as readonly Channel[]).includes(channel)
            : isStaffRole(actor.role)
              ? STAFF_CHANNELS.includes(channel)
              : false;
    return ok ? null : 'AUTH.FORBIDDEN';
  },
  pullLimitPassed: (item, _command, _actor, ctx) =>
    item?.pullableAt && ctx.now.getTime() >= item.pullableAt.getTime() ? null : 'OPINION.PULL_TOO_EARLY',
  mergeTargetOpen: (item, command, _actor, ctx) => {
    if (command.event !== 'merge' || !item) return null;
    const primary = ctx.primary;
    if (
      !primary ||
      primary._id !== command.payload.primaryItemId ||
      primary._id === item._id ||
      primary.townshipId !== item.townshipId ||
      !isOpen(primary.status)
    ) {
      return 'OPINION.MERGE_TARGET_INVALID';
    }
    return null;
  },
  hasDeputy: (item) => (item?.deputyId ? null : 'OPINION.NO_DEPUTY'),
  dueWithinCap: (item, command, _actor, ctx) => {
    const dueAt = newDueAt(item, command);
    if (!dueAt) return null;
    if (dueAt.getTime() <= ctx.now.getTime()) return 'OPINION.DUE_IN_PAST';
    if (ctx.dueAtCap && dueAt.getTime() > ctx.dueAtCap.getTime()) return 'OPINION.DUE_EXCEEDS_CAP';
    return null;
  },
  returnWindowOpen: (item, _command, _actor, ctx) =>
    item?.assignment && ctx.now.getTime() < item.assignment.returnWindowEndsAt.getTime()
      ? null
      : 'OPINION.RETURN_WINDOW_CLOSED',
  // One extension per assignment (domain.md §5: "one request, chair approves").
  extensionRequestable: (item) => {
    if (item?.extension?.decision === 'pending') return 'OPINION.EXTENSION_PENDING';
    if (item?.extension) return 'OPINION.EXTENSION_USED';
    return null;
  },
  extensionPending: (item) => (item?.extension?.decision === 'pending' ? null : 'OPINION.TRANSITION_REFUSED'),
  planForPlanned: (_item, command) => {
    if (command.event !== 'submitReply' || command.payload.outcome !== 'planned') return null;
    return command.payload.plan && command.payload.plan.trim() ? null : 'OPINION.PLAN_REQUIRED';
  },
  // Deputies' own and session suggestions are rated by the deputy; other items by the resident, or by the deputy
  // recording a rating given by phone (ownership already limits the deputy to their items).
  evaluator: (item, _command, actor) => {
    if (!item) return null;
    if (actor.role === 'resident') {
      return (DEPUTY_EVALUATED_CHANNELS as readonly Channel[]).includes(item.channel) ? 'AUTH.FORBIDDEN' : null;
    }
    return null;
  },
  reHandleRoundsLeft: (item, _command, _actor, ctx) =>
    item && item.reHandleRounds < ctx.maxReHandleRounds ? null : 'OPINION.REHANDLE_LIMIT',
};
