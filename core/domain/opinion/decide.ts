/**
 * `decide`: the one place that says whether an event may happen to an item and what it changes.
 *
 * Guarantees, in this order (so the same refusal always gets the same code):
 *  1. the event cannot start from the item's state → OPINION.TRANSITION_REFUSED;
 *  2. the actor's role is not in the row's actors → AUTH.FORBIDDEN;
 *  3. the actor is that role but not for this item (another resident, another deputy, another unit, another
 *     township) → AUTH.FORBIDDEN;
 *  4. a guard fails → the guard's code;
 *  otherwise it returns the target state and the changes, with `status` and `updatedAt` set. Pure: it neither
 *  reads a clock nor writes anything; the use case saves the changes with a version check.
 */
import { DomainError } from '../errors';
import { ownsForAct } from './access';
import type { Actor, DecideContext, ItemCommand, ItemEventName } from './commands';
import { effectOf } from './effects';
import { GUARDS } from './guards';
import type { Item, ItemChanges } from './item';
import type { ItemStatus } from './status';
import { resolveTarget } from './target-rules';
import { TRANSITIONS, transitionFor, type FromState, type Transition } from './transitions';

export interface Decision {
  event: ItemEventName;
  from: ItemStatus | null;
  to: ItemStatus;
  /** Fields to set on the item, including `status` and `updatedAt`. */
  changes: ItemChanges & { status: ItemStatus; updatedAt: Date };
  /** Whether the timeline event is shown to the resident (from the table). */
  visibleToResident: boolean;
}

function targetOf(
  row: Transition,
  item: Item | null,
  command: ItemCommand,
  actor: Actor,
  ctx: DecideContext,
): ItemStatus {
  if (row.to === 'same') {
    if (!item) throw new DomainError('OPINION.TRANSITION_REFUSED');
    return item.status;
  }
  if (typeof row.to === 'string') return row.to;
  return resolveTarget(row.to.rule, item, command, actor, ctx);
}

/** The refusal code for `command` on `item` by `actor`, or null when it is allowed. */
export function refusal(item: Item | null, command: ItemCommand, actor: Actor, ctx: DecideContext): DomainError | null {
  const row = transitionFor(command.event);
  const from: FromState = item ? item.status : 'none';
  if (!row.from.includes(from)) return new DomainError('OPINION.TRANSITION_REFUSED');
  if (!row.actors.includes(actor.role)) return new DomainError('AUTH.FORBIDDEN');
  if (item && !ownsForAct(item, actor, command.event)) return new DomainError('AUTH.FORBIDDEN');
  for (const guard of row.guards) {
    const code = GUARDS[guard](item, command, actor, ctx);
    if (code) return new DomainError(code);
  }
  return null;
}

/** Decide a transition or throw the DomainError that refuses it. `item` is null only for `submit`. */
export function decide(item: Item | null, command: ItemCommand, actor: Actor, ctx: DecideContext): Decision {
  const refused = refusal(item, command, actor, ctx);
  if (refused) throw refused;
  const row = transitionFor(command.event);
  const to = targetOf(row, item, command, actor, ctx);
  const changes = { ...effectOf(item, command, actor, ctx), status: to, updatedAt: ctx.now };
  return {
    event: command.event,
    from: item ? item.status : null,
    to,
    changes,
    visibleToResident: row.visibleToResident,
  };
}

/**
 * Events this actor could take on this item by state, role and ownership (guards that need a payload are not
 * evaluated): what the detail page offers as buttons.
 */
export function availableEvents(item: Item, actor: Actor): ItemEventName[] {
  const out: ItemEventName[] = [];
  for (const row of TRANSITIONS) {
    // Timer-only events are never offered as buttons.
    if (row.actors.every((r) => r === 'system')) continue;
    if (!row.from.includes(item.status) || !row.actors.includes(actor.role)) continue;
    if (!ownsForAct(item, actor, row.event)) continue;
    out.push(row.event);
  }
  return out;
}

/** May `actor` take `event` on `item` by state, role and ownership (guards needing a payload aside)? */
export function canAct(item: Item, actor: Actor, event: ItemEventName): boolean {
  const row = transitionFor(event);
  return row.from.includes(item.status) && row.actors.includes(actor.role) && ownsForAct(item, actor, event);
}
