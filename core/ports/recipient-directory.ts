/**
 * Who a notice reaches: people's WeChat openids from the directory, for the audiences notices name.
 *
 * Guarantees (held by every implementation): revoked role bindings are never returned; each method makes the
 * requests its comment states, each served by a declared index; lists are bounded (a township has few officials
 * and a unit few staff).
 */
import type { OfficialRole } from '../domain/roles';

export interface BoundPerson {
  /** The person document the role is bound to (deputy, official, unitStaff id). */
  refId: string;
  openid: string;
}

export interface RecipientDirectory {
  /** Active bindings of these person ids. Requests: 1 (roleBindings townshipId + refId). */
  bindingsOf(townshipId: string, refIds: readonly string[]): Promise<BoundPerson[]>;
  /** Ids of the township's active officials holding one of these roles. Requests: 1 (officials townshipId + role). */
  officialIds(townshipId: string, roles: readonly OfficialRole[]): Promise<string[]>;
  /** Ids of a unit's active staff, optionally only its leaders. Requests: 1 (unitStaff unitId + unitRole). */
  unitStaffIds(unitId: string, unitRole?: 'unitHandler' | 'unitLeader'): Promise<string[]>;
}
