/**
 * `detail`: one item for the presidium — the staff timeline, full personal data for staff and the chair (masked
 * for presidium members, per core/domain/privacy.ts), and the actions this caller may take now.
 *
 * Database requests: 1 (item) + 1 (timeline) + up to 3 (display names).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { ItemDetail } from '../../contracts/views';
import { command } from '../shared/dispatcher';
import { itemDetailFor } from '../queries/load-item';
import { requireActor } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

export const detail = command({
  input: presidiumCommands.detail.input,
  mutating: false,
  roles: PRESIDIUM_CALLERS,
  handle: (ctx, input): Promise<ItemDetail> => itemDetailFor(ctx.ports, requireActor(ctx.actor), input.itemId),
});
