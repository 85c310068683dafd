/**
 * Read-side questions of a handling unit: its assignments by tab and the tab counts.
 *
 * Guarantees (held by every implementation): an item belongs to a unit while the unit is the lead or a co-unit of
 * the item's current assignment (a re-assigned item leaves the old unit's lists); only the lead unit signs, so
 * `toSign` lists lead assignments only. Each method makes the requests its comment states, served by a declared
 * index; pages are keyset-paginated on (sort field, `_id`) (the app encodes the cursor for the wire).
 */
import type { Item } from '../domain/opinion/item';
import type { PageRequest } from './item-queries';
import type { CursorPage } from './presidium-queries';

export type UnitTabFilter =
  | { tab: 'toSign' }
  | { tab: 'inProgress' }
  | { tab: 'monitoring' }
  | { tab: 'all' }
  /** Running clock, due within (now, until]. */
  | { tab: 'dueSoon'; now: Date; until: Date }
  /** Running clock, due at or before now. */
  | { tab: 'overdue'; now: Date };

export interface UnitQueries {
  /** One page of a tab; toSign, dueSoon and overdue by due instant (earliest first), others newest change first. Requests: 1. */
  assignmentsPage(
    townshipId: string,
    unitId: string,
    filter: UnitTabFilter,
    page: PageRequest,
  ): Promise<CursorPage<Item>>;
  /** How many items a tab holds. Requests: 1 (count). */
  countTab(townshipId: string, unitId: string, filter: UnitTabFilter): Promise<number>;
}
