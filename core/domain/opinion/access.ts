/**
 * Who may see and who may touch an item (issue 3, "Authorization is checked in every command").
 *
 * Guarantees: a resident sees only items they submitted; a deputy sees items addressed to them or entered by them;
 * a station clerk/head sees their station's items and those they entered; unit staff see only items their unit
 * is assigned (lead or co-unit) or referred to as village committee; presidium roles, viewers and the system see
 * every item of their own township; nobody sees across townships. Acting ownership is narrower (see `ownsForAct`).
 */
import { isPresidiumRole, isUnitRole } from '../roles';
import type { Actor, ItemEventName } from './commands';
import type { Item } from './item';

type Scoped = Pick<
  Item,
  'townshipId' | 'submitter' | 'enteredBy' | 'deputyId' | 'stationId' | 'assignment' | 'villageReferral'
>;

export function deputyIdOf(actor: Actor): string | undefined {
  return actor.deputyId ?? (actor.role === 'deputy' ? actor.id : undefined);
}

function isSubmitter(item: Scoped, actor: Actor): boolean {
  return actor.role === 'resident' && item.submitter.residentId !== undefined && item.submitter.residentId === actor.id;
}

function isEnterer(item: Scoped, actor: Actor): boolean {
  return item.enteredBy.role === actor.role && item.enteredBy.id === actor.id;
}

function isItemsDeputy(item: Scoped, actor: Actor): boolean {
  const deputyId = deputyIdOf(actor);
  return deputyId !== undefined && item.deputyId === deputyId;
}

function isLeadUnit(item: Scoped, actor: Actor): boolean {
  return actor.unitId !== undefined && item.assignment?.leadUnitId === actor.unitId;
}

function isCoUnit(item: Scoped, actor: Actor): boolean {
  return actor.unitId !== undefined && (item.assignment?.coUnitIds ?? []).includes(actor.unitId);
}

function isReferredVillageUnit(item: Scoped, actor: Actor): boolean {
  return actor.unitId !== undefined && item.villageReferral?.unitId === actor.unitId;
}

/** Is this actor part of the item's handling chain at all (read access)? */
export function canView(item: Scoped, actor: Actor): boolean {
  if (item.townshipId !== actor.townshipId) return false;
  switch (actor.role) {
    case 'resident':
      return isSubmitter(item, actor);
    case 'deputy':
      return isItemsDeputy(item, actor) || isEnterer(item, actor);
    case 'stationClerk':
    case 'stationHead':
      return (actor.stationId !== undefined && item.stationId === actor.stationId) || isEnterer(item, actor);
    case 'unitHandler':
    case 'unitLeader':
      return isLeadUnit(item, actor) || isCoUnit(item, actor) || isReferredVillageUnit(item, actor);
    case 'staff':
    case 'presidiumMember':
    case 'chair':
    case 'viceChair':
    case 'viewer':
    case 'system':
      return true;
    case 'groupLeader':
    case 'leaderInCharge':
      // No binding for these roles yet; they see nothing through the item read paths.
      return false;
  }
}

/**
 * May this actor take `event` on this particular item, role permitting? The table (transitions.ts) says which
 * roles may take an event; this says which *instances* of the role: the resident who submitted, the item's
 * deputy, the lead unit (co-units only add progress notes), the referred village committee.
 */
export function ownsForAct(item: Scoped, actor: Actor, event: ItemEventName): boolean {
  if (item.townshipId !== actor.townshipId) return false;
  if (actor.role === 'system' || isPresidiumRole(actor.role)) return true;
  if (actor.role === 'resident') return isSubmitter(item, actor);
  if (event === 'withdraw') {
    // Only the person who put it in may take it back: the resident, or whoever entered it on their behalf.
    return isEnterer(item, actor);
  }
  if (actor.role === 'deputy') return isItemsDeputy(item, actor) || isEnterer(item, actor);
  if (actor.role === 'stationClerk' || actor.role === 'stationHead') {
    return (actor.stationId !== undefined && item.stationId === actor.stationId) || isEnterer(item, actor);
  }
  if (isUnitRole(actor.role)) {
    if (event === 'recordVillageResult') return isReferredVillageUnit(item, actor);
    if (event === 'addProgressNote') return isLeadUnit(item, actor) || isCoUnit(item, actor);
    return isLeadUnit(item, actor);
  }
  return false;
}
