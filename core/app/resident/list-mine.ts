/**
 * resident.listMine: the resident's own items, newest first, one page per call (keyset cursor).
 * Database requests: 1 (items page) + up to 3 (village, deputy, unit names).
 */
import type { ItemRow } from '../../contracts/views';
import type { Actor } from '../../domain/opinion/commands';
import type { ItemStatus } from '../../domain/opinion/status';
import { decodeCursor, encodeCursor } from '../queries/cursor';
import { toItemRow } from '../queries/item-views';
import { namesFor } from '../queries/names';
import type { CommandContext } from '../shared/dispatcher';

export async function listMine(
  ctx: CommandContext,
  input: { cursor?: string | undefined; limit: number; status?: ItemStatus | undefined },
): Promise<{ rows: ItemRow[]; nextCursor?: string }> {
  const actor = ctx.actor as Actor;
  const page = await ctx.ports.items.findMineBySubmitter(
    actor.townshipId,
    actor.id,
    { limit: input.limit, after: decodeCursor(input.cursor) },
    input.status,
  );
  const names = await namesFor(ctx.ports, actor.townshipId, page.items);
  const rows = page.items.map((item) => toItemRow(item, actor, names));
  const nextCursor = encodeCursor(page.next);
  return nextCursor ? { rows, nextCursor } : { rows };
}
