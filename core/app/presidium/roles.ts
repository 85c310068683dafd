/**
 * Which callers reach the presidium and unit functions at all. The transition table (core/domain/opinion) still
 * decides who may take each event; these lists only choose the caller's actor.
 *
 * Order matters: the dispatcher acts as the first listed role the caller holds, so a chair who is also a
 * presidium member acts as chair, and a unit head who is also a clerk acts as head.
 */
import type { Role } from '../../domain/roles';

/** Presidium members and staff see everything; chair-level actions are the domain's to allow. */
export const PRESIDIUM_CALLERS = ['chair', 'viceChair', 'staff', 'presidiumMember'] as const satisfies readonly Role[];

/** Back-office work with no item (settings, calendar): staff and the chair, not members. */
export const STAFF_CALLERS = ['chair', 'viceChair', 'staff'] as const satisfies readonly Role[];

export const UNIT_CALLERS = ['unitLeader', 'unitHandler'] as const satisfies readonly Role[];
