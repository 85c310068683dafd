/**
 * Where an event goes when the target depends on the item (domain.md §4 rows with two targets).
 *
 * Guarantees: each rule returns one of the `possible` states its table row declares (tested); the rules read
 * only the item, the command, the actor and the settings passed in.
 */
import { isStaffRole } from '../roles';
import type { Actor, DecideContext, ItemCommand } from './commands';
import type { Item } from './item';
import { DEPUTY_EVALUATED_CHANNELS, PRESIDIUM_ENTRY_CHANNELS, type Channel, type ItemStatus } from './status';
import type { TargetRule } from './transitions';

function isDeputyEvaluated(channel: Channel): boolean {
  return (DEPUTY_EVALUATED_CHANNELS as readonly Channel[]).includes(channel);
}

/** Planned replies go to monitoring instead of closing: a long project is never a failure (domain.md §3.2-12). */
function closedOrMonitoring(item: Item | null): ItemStatus {
  return item?.reply?.outcome === 'planned' ? 'monitoring' : 'closed';
}

export function resolveTarget(
  rule: TargetRule,
  item: Item | null,
  command: ItemCommand,
  actor: Actor,
  ctx: DecideContext,
): ItemStatus {
  switch (rule) {
    case 'afterSubmit': {
      if (command.event !== 'submit') throw new Error('afterSubmit needs a submit command');
      const { channel, kind } = command.payload;
      if (kind === 'petition' || channel === 'petition') return 'registered';
      // Deputies' own suggestions, session and inspection items, and anything the presidium office enters
      // itself, have no deputy triage to wait for.
      if ((PRESIDIUM_ENTRY_CHANNELS as readonly Channel[]).includes(channel) || isStaffRole(actor.role))
        return 'forwarded';
      return 'submitted';
    }
    case 'afterSendBack':
      return item?.replyFromStatus ?? 'inProgress';
    case 'afterRelease': {
      if (!item) return 'awaitingEvaluation';
      if (isDeputyEvaluated(item.channel)) return 'awaitingEvaluation';
      // Offline submitters always pass through `replied`: someone must phone or visit them.
      if (!item.submitter.hasAccount) return 'replied';
      if (ctx.relayMode === 'viaDeputy' && item.deputyId) return 'replied';
      return 'awaitingEvaluation';
    }
    case 'afterRating': {
      if (command.event !== 'rate') throw new Error('afterRating needs a rate command');
      if (command.payload.rating !== 'unsatisfied') return closedOrMonitoring(item);
      // 不满意 with a deputy's or village's answer escalates to the presidium; with a unit reply it is reviewed
      // for re-handling.
      return item?.answerSource === 'unit' ? 'reHandleReview' : 'forwarded';
    }
    case 'afterEvaluationWindow':
      return closedOrMonitoring(item);
  }
}
