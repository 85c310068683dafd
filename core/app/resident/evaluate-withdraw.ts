/**
 * resident.evaluate (满意 / 基本满意 / 不满意 with a comment) and resident.withdraw (only while still with the
 * deputy, `submitted`). Both go through `changeItem`: the state machine checks the state and that the caller is
 * the item's submitter; another resident's item answers OPINION.NOT_FOUND, like an unknown one.
 *
 * Database requests: changeItem's (settings 2 + transaction: start, request log, item, item, event, outbox rows,
 * log row, commit).
 */
import { DomainError } from '../../domain/errors';
import { canView } from '../../domain/opinion/access';
import type { Actor, ItemCommand } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus, Rating } from '../../domain/opinion/status';
import type { CommandContext } from '../shared/dispatcher';
import { changeItem } from '../shared/item-change';

type Changed = { itemId: string; status: ItemStatus };

/** Someone else's item answers like a missing one: nobody can probe which item ids exist. */
function mine(actor: Actor, item: Item, command: ItemCommand): { command: ItemCommand } {
  if (!canView(item, actor)) throw new DomainError('OPINION.NOT_FOUND');
  return { command };
}

export async function evaluate(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; rating: Rating; comment?: string | undefined },
): Promise<Changed> {
  const actor = ctx.actor as Actor;
  const result = await changeItem(ctx, {
    itemId: input.itemId,
    expectedVersion: input.expectedVersion,
    actor,
    command: (item) =>
      mine(actor, item, { event: 'rate', payload: { rating: input.rating, comment: input.comment ?? '' } }),
  });
  return { itemId: result.item._id, status: result.item.status };
}

export async function withdraw(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; reason?: string | undefined },
): Promise<Changed> {
  const actor = ctx.actor as Actor;
  const result = await changeItem(ctx, {
    itemId: input.itemId,
    expectedVersion: input.expectedVersion,
    actor,
    command: (item) => mine(actor, item, { event: 'withdraw', payload: input.reason ? { reason: input.reason } : {} }),
  });
  return { itemId: result.item._id, status: result.item.status };
}
