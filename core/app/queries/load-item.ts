/**
 * Loading an item for a viewer: not found and not visible answer the same OPINION.NOT_FOUND, so nobody can probe
 * which item ids exist in other people's hands.
 */
import { DomainError } from '../../domain/errors';
import { canView } from '../../domain/opinion/access';
import type { Actor } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import type { AppPorts } from '../shared/ports';
import { namesFor } from './names';
import { toItemDetail } from './item-views';
import type { ItemDetail } from '../../contracts/views';

/** Database requests: 1. */
export async function loadVisibleItem(ports: AppPorts, viewer: Actor, itemId: string): Promise<Item> {
  const item = await ports.items.findById(viewer.townshipId, itemId);
  if (!item || !canView(item, viewer)) throw new DomainError('OPINION.NOT_FOUND');
  return item;
}

/** The detail page of one item for this viewer. Database requests: 1 (item) + 1 (timeline) + up to 3 (names). */
export async function itemDetailFor(ports: AppPorts, viewer: Actor, itemId: string): Promise<ItemDetail> {
  const item = await loadVisibleItem(ports, viewer, itemId);
  const [events, names] = await Promise.all([
    ports.items.findTimeline(item.townshipId, item._id),
    namesFor(ports, item.townshipId, [item]),
  ]);
  return toItemDetail(item, events, viewer, names);
}
