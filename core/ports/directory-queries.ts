/**
 * Read-side questions about the directory (villages, stations, deputies, units, people, invites).
 *
 * Guarantees (held by every implementation): each method makes the requests its comment states, each served by
 * a declared index; lists are bounded (a township has tens of villages and at most a few hundred deputies).
 */
import type {
  Deputy,
  HandlingUnit,
  Invite,
  LiaisonStation,
  Official,
  Resident,
  UnitStaff,
  Village,
} from '../domain/directory';

export interface InvitePage {
  invites: Invite[];
  next?: { at: Date; id: string };
}

export interface DirectoryQueries {
  /** The township a visitor registers in: this deployment's first township. Requests: 1. */
  defaultTownshipId(): Promise<string | null>;
  /** Requests: 1. */
  findResidentByOpenid(openid: string): Promise<Resident | null>;
  /** Villages and communities in picker order. Requests: 1. */
  listVillages(townshipId: string): Promise<Village[]>;
  /** Requests: 1. */
  findVillage(townshipId: string, villageId: string): Promise<Village | null>;
  /** Requests: 1. */
  findVillages(townshipId: string, villageIds: readonly string[]): Promise<Village[]>;
  /** Requests: 1. */
  findStation(townshipId: string, stationId: string): Promise<LiaisonStation | null>;
  /** Requests: 1. */
  findStations(townshipId: string, stationIds: readonly string[]): Promise<LiaisonStation[]>;
  /** Requests: 1. */
  findStationByScene(townshipId: string, scene: string): Promise<LiaisonStation | null>;
  /** Active deputies of a station. Requests: 1. */
  listStationDeputies(townshipId: string, stationId: string): Promise<Deputy[]>;
  /** Requests: 1. */
  findDeputy(townshipId: string, deputyId: string): Promise<Deputy | null>;
  /** Requests: 1. */
  findDeputies(townshipId: string, deputyIds: readonly string[]): Promise<Deputy[]>;
  /** A deputy by 代表码 scene. Requests: 1. */
  findDeputyByScene(townshipId: string, scene: string): Promise<Deputy | null>;
  /** Active handling units of the township in picker order, optionally of one type. Requests: 1. */
  listUnits(townshipId: string, unitType?: HandlingUnit['unitType']): Promise<HandlingUnit[]>;
  /** Requests: 1. */
  findUnit(townshipId: string, unitId: string): Promise<HandlingUnit | null>;
  /** Requests: 1. */
  findUnits(townshipId: string, unitIds: readonly string[]): Promise<HandlingUnit[]>;
  /** Requests: 1. */
  findOfficials(townshipId: string, ids: readonly string[]): Promise<Official[]>;
  /** Requests: 1. */
  findUnitStaff(townshipId: string, ids: readonly string[]): Promise<UnitStaff[]>;
  /** Requests: 1. */
  findInviteByCode(code: string): Promise<Invite | null>;
  /** Newest first, one page. Requests: 1. */
  listInvites(
    townshipId: string,
    page: { limit: number; after?: { at: Date; id: string } | undefined },
  ): Promise<InvitePage>;
}
