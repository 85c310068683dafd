/**
 * `detail` for unit staff: only an item their unit is assigned (lead or co-unit) — anything else answers
 * OPINION.NOT_FOUND, so ids cannot be probed; with `hideIdentityFromUnit` the resident's name, phone and timeline
 * name are hidden ("某村群众"), per core/domain/privacy.ts.
 *
 * Database requests: 1 (item) + 1 (timeline) + up to 3 (display names).
 */
import { unitCommands } from '../../contracts/unit';
import type { ItemDetail } from '../../contracts/views';
import { command } from '../shared/dispatcher';
import { itemDetailFor } from '../queries/load-item';
import { requireActor } from '../presidium/item-command';
import { UNIT_CALLERS } from '../presidium/roles';

export const detail = command({
  input: unitCommands.detail.input,
  mutating: false,
  roles: UNIT_CALLERS,
  handle: (ctx, input): Promise<ItemDetail> => itemDetailFor(ctx.ports, requireActor(ctx.actor), input.itemId),
});
