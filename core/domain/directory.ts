/**
 * Document types of the directory: who and what exists in a township (issue 3, "Directory and identity").
 *
 * Guarantees: every document has `_id` and `townshipId`; fields are plain data (instants as `Date`, no classes,
 * no methods) so the same shape is stored by the CloudBase adapter, seeded by the demo and read by use cases.
 * Collection names are the agreed camelCase ones in `COLLECTIONS`.
 */
import type { InvitableRole, OfficialRole, UnitRole } from './roles';

export const COLLECTIONS = {
  townships: 'townships',
  villages: 'villages',
  stations: 'stations',
  deputyGroups: 'deputyGroups',
  deputies: 'deputies',
  officials: 'officials',
  handlingUnits: 'handlingUnits',
  unitStaff: 'unitStaff',
  residents: 'residents',
  invites: 'invites',
  roleBindings: 'roleBindings',
  items: 'items',
  itemEvents: 'itemEvents',
  requestLog: 'requestLog',
  counters: 'counters',
  outbox: 'outbox',
  notices: 'notices',
  subscriptionCredits: 'subscriptionCredits',
  settings: 'settings',
  calendarOverrides: 'calendarOverrides',
  mediaChecks: 'mediaChecks',
  exportLog: 'exportLog',
} as const;
export type CollectionName = (typeof COLLECTIONS)[keyof typeof COLLECTIONS];

/** Fields every stored document has. `townshipId` scopes every query (one deployment may serve several townships). */
export interface TownshipScoped {
  _id: string;
  townshipId: string;
}

export interface Township {
  /** For a township the `_id` and `townshipId` are the same value. */
  _id: string;
  townshipId: string;
  name: string;
  /** 届, e.g. "第十八届"; open items carry over at 换届. */
  term: string;
  createdAt: Date;
}

export const VILLAGE_KINDS = ['village', 'community'] as const;
export type VillageKind = (typeof VILLAGE_KINDS)[number];

/** 村 or 社区 (选区 for residents choosing where they live). */
export interface Village extends TownshipScoped {
  name: string;
  kind: VillageKind;
  /** The station whose deputies residents of this village choose from. */
  stationId: string;
  /** Display order in pickers. */
  sort: number;
}

export const STATION_TYPES = ['station', 'point', 'deputiesHome', 'deputyOffice'] as const;
export type StationType = (typeof STATION_TYPES)[number];

/** 代表联络站 / 联络点 / 代表之家 / 代表工作室. */
export interface LiaisonStation extends TownshipScoped {
  name: string;
  stationType: StationType;
  address: string;
  villageIds: string[];
  /** Station QR scene parameter (residents opening it choose among this station's deputies). */
  qrScene: string;
  sort: number;
}

/** 代表小组. */
export interface DeputyGroup extends TownshipScoped {
  name: string;
  /** Deputy id of the 组长 (usually a presidium member). */
  leaderDeputyId?: string;
}

export const DEPUTY_LEVELS = ['township', 'county'] as const;
export type DeputyLevel = (typeof DEPUTY_LEVELS)[number];

/** 人大代表 (a township deputy, or a county deputy stationed here). */
export interface Deputy extends TownshipScoped {
  name: string;
  deputyLevel: DeputyLevel;
  stationId: string;
  groupId: string;
  /** The village (选区) the deputy was elected from or lives in. */
  villageId: string;
  /** Contact phone; masked outside the handling chain (privacy.ts). */
  phone: string;
  /** 代表码 scene parameter: opening the QR links the resident to this deputy. Unique per township. */
  qrScene: string;
  /** A short public profile line (代表风采). */
  intro?: string;
  active: boolean;
}

/** 主席团成员 / 人大主席 / 专职副主席 / 人大专干. */
export interface Official extends TownshipScoped {
  name: string;
  officialRole: OfficialRole;
  phone: string;
  /** A presidium member may also be a deputy. */
  deputyId?: string;
  active: boolean;
}

export const UNIT_TYPES = ['govOffice', 'village', 'upperLevel'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** 承办单位: a township office or station, a village committee, or an upper-level body. */
export interface HandlingUnit extends TownshipScoped {
  name: string;
  unitType: UnitType;
  /** Set when `unitType` is `village`: the village whose committee this is. */
  villageId?: string;
  /** 分管领导 shown on the assignment by default. */
  leaderInCharge?: string;
  active: boolean;
  sort: number;
}

/** 承办人 / 承办单位负责人. */
export interface UnitStaff extends TownshipScoped {
  unitId: string;
  name: string;
  unitRole: UnitRole;
  phone: string;
  active: boolean;
}

/** A resident who registered in the mini-program by choosing a village. */
export interface Resident extends TownshipScoped {
  openid: string;
  displayName: string;
  villageId: string;
  /** The linked deputy; the resident may change it. */
  linkedDeputyId: string | null;
  phone?: string;
  registeredAt: Date;
}

/** One-time invite code for binding a staff-side role; expiring, single use, revocable. */
export interface Invite extends TownshipScoped {
  code: string;
  role: InvitableRole;
  /** The person document the role binds to: a deputy, official or unitStaff `_id`. */
  refId: string;
  /** Official id of the staff member who issued it. */
  issuedBy: string;
  issuedAt: Date;
  expiresAt: Date;
  usedAt?: Date;
  usedBy?: string;
  revokedAt?: Date;
}

/** Record of a role bound to an openid. Kept even after unbinding (audit). */
export interface RoleBinding extends TownshipScoped {
  openid: string;
  role: InvitableRole;
  refId: string;
  boundAt: Date;
  inviteCode: string;
  revokedAt?: Date;
}

export type InviteState = 'usable' | 'used' | 'revoked' | 'expired';

/** The state of an invite at instant `now`; used before revoked before expired so the message names the real cause. */
export function inviteState(invite: Pick<Invite, 'expiresAt' | 'usedAt' | 'revokedAt'>, now: Date): InviteState {
  if (invite.usedAt) return 'used';
  if (invite.revokedAt) return 'revoked';
  if (now.getTime() >= invite.expiresAt.getTime()) return 'expired';
  return 'usable';
}
