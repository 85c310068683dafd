/**
 * Role codes (domain.md §2) and the groupings the rules use.
 *
 * Guarantees: every role name used anywhere in the app is one of `ROLES`; the sets below are the only
 * definition of "presidium side", "unit side" and "which roles an invite can grant".
 * Roles always come from the server-side openid → binding lookup, never from a payload.
 */

export const ROLES = [
  'resident',
  'deputy',
  'stationClerk',
  'stationHead',
  'groupLeader',
  'staff',
  'presidiumMember',
  'chair',
  'viceChair',
  'unitHandler',
  'unitLeader',
  'leaderInCharge',
  'viewer',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

/** Presidium side: all see every item of their township (issue 3, authorization). */
export const PRESIDIUM_ROLES = ['staff', 'presidiumMember', 'chair', 'viceChair'] as const satisfies readonly Role[];
export type PresidiumRole = (typeof PRESIDIUM_ROLES)[number];

/** Chair-level roles: approve extensions, not-accepted, close with explanation. */
export const CHAIR_ROLES = ['chair', 'viceChair'] as const satisfies readonly Role[];

/** Back-office roles that may do staff actions (the chair may do all staff actions, domain.md §2). */
export const STAFF_ROLES = ['staff', 'chair', 'viceChair'] as const satisfies readonly Role[];

/** Handling-unit staff. */
export const UNIT_ROLES = ['unitHandler', 'unitLeader'] as const satisfies readonly Role[];
export type UnitRole = (typeof UNIT_ROLES)[number];

/** Official (presidium-side person document) roles. */
export const OFFICIAL_ROLES = ['chair', 'viceChair', 'presidiumMember', 'staff'] as const satisfies readonly Role[];
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

/** Roles that are bound with a one-time invite code issued by presidium staff (issue 3). Residents self-register. */
export const INVITABLE_ROLES = [
  'deputy',
  'stationClerk',
  'stationHead',
  'staff',
  'presidiumMember',
  'chair',
  'viceChair',
  'unitHandler',
  'unitLeader',
  'viewer',
] as const satisfies readonly Role[];
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  resident: '群众',
  deputy: '人大代表',
  stationClerk: '联络员',
  stationHead: '站长',
  groupLeader: '代表小组组长',
  staff: '人大专干',
  presidiumMember: '主席团成员',
  chair: '人大主席',
  viceChair: '人大副主席',
  unitHandler: '承办人',
  unitLeader: '承办单位负责人',
  leaderInCharge: '分管领导',
  viewer: '查阅',
  system: '系统',
};

export function isPresidiumRole(role: Role): role is PresidiumRole {
  return (PRESIDIUM_ROLES as readonly Role[]).includes(role);
}

export function isUnitRole(role: Role): role is UnitRole {
  return (UNIT_ROLES as readonly Role[]).includes(role);
}

export function isStaffRole(role: Role): boolean {
  return (STAFF_ROLES as readonly Role[]).includes(role);
}

export function isChairRole(role: Role): boolean {
  return (CHAIR_ROLES as readonly Role[]).includes(role);
}
