/**
 * DirectoryQueries on CloudBase. Each query names the declared index that serves it (database/collections/*.json
 * of the directory); lookups by id use `_id` with `$in`, checked against the township afterwards.
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
} from '../../domain/directory';
import type { DirectoryQueries, InvitePage } from '../../ports/directory-queries';
import { afterKeyset, pageOf } from './keyset';
import type { WxDatabase } from './sdk';

type Scoped = { _id: string; townshipId: string };

export class CloudbaseDirectoryQueries implements DirectoryQueries {
  constructor(private readonly db: WxDatabase) {}

  private async byIds<T extends Scoped>(collection: string, townshipId: string, ids: readonly string[]): Promise<T[]> {
    const unique = [...new Set(ids.filter(Boolean))];
    if (unique.length === 0) return [];
    const _ = this.db.command;
    const res = await this.db
      .collection(collection)
      .where({ _id: _.in(unique) })
      .limit(unique.length)
      .get();
    return (res.data as unknown as T[]).filter((doc) => doc.townshipId === townshipId);
  }

  private async one<T extends Scoped>(collection: string, townshipId: string, id: string): Promise<T | null> {
    return (await this.byIds<T>(collection, townshipId, [id]))[0] ?? null;
  }

  // Unfiltered, unordered, limit 1: served without an index.
  async defaultTownshipId(): Promise<string | null> {
    const res = await this.db.collection('townships').limit(1).get();
    const doc = res.data[0] as { _id: string } | undefined;
    return doc?._id ?? null;
  }

  // Index: residents.openid (unique).
  async findResidentByOpenid(openid: string): Promise<Resident | null> {
    const res = await this.db.collection('residents').where({ openid }).limit(1).get();
    return (res.data[0] as unknown as Resident | undefined) ?? null;
  }

  // Index: villages.townshipSort.
  async listVillages(townshipId: string): Promise<Village[]> {
    const res = await this.db.collection('villages').where({ townshipId }).orderBy('sort', 'asc').limit(200).get();
    return res.data as unknown as Village[];
  }

  findVillage(townshipId: string, villageId: string): Promise<Village | null> {
    return this.one<Village>('villages', townshipId, villageId);
  }

  findVillages(townshipId: string, villageIds: readonly string[]): Promise<Village[]> {
    return this.byIds<Village>('villages', townshipId, villageIds);
  }

  findStation(townshipId: string, stationId: string): Promise<LiaisonStation | null> {
    return this.one<LiaisonStation>('stations', townshipId, stationId);
  }

  findStations(townshipId: string, stationIds: readonly string[]): Promise<LiaisonStation[]> {
    return this.byIds<LiaisonStation>('stations', townshipId, stationIds);
  }

  // Index: stations.townshipQrScene.
  async findStationByScene(townshipId: string, scene: string): Promise<LiaisonStation | null> {
    const res = await this.db.collection('stations').where({ townshipId, qrScene: scene }).limit(1).get();
    return (res.data[0] as unknown as LiaisonStation | undefined) ?? null;
  }

  // Index: deputies.townshipStation.
  async listStationDeputies(townshipId: string, stationId: string): Promise<Deputy[]> {
    const res = await this.db.collection('deputies').where({ townshipId, stationId, active: true }).limit(100).get();
    return (res.data as unknown as Deputy[]).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }

  findDeputy(townshipId: string, deputyId: string): Promise<Deputy | null> {
    return this.one<Deputy>('deputies', townshipId, deputyId);
  }

  findDeputies(townshipId: string, deputyIds: readonly string[]): Promise<Deputy[]> {
    return this.byIds<Deputy>('deputies', townshipId, deputyIds);
  }

  // Index: deputies.townshipQrScene.
  async findDeputyByScene(townshipId: string, scene: string): Promise<Deputy | null> {
    const res = await this.db.collection('deputies').where({ townshipId, qrScene: scene }).limit(1).get();
    return (res.data[0] as unknown as Deputy | undefined) ?? null;
  }

  // Index: handlingUnits.townshipType (with a type) or townshipSort (without); at most 200 units a township.
  async listUnits(townshipId: string, unitType?: HandlingUnit['unitType']): Promise<HandlingUnit[]> {
    const where: Record<string, unknown> = unitType
      ? { townshipId, unitType, active: true }
      : { townshipId, active: true };
    const res = await this.db.collection('handlingUnits').where(where).orderBy('sort', 'asc').limit(200).get();
    return res.data as unknown as HandlingUnit[];
  }

  findUnit(townshipId: string, unitId: string): Promise<HandlingUnit | null> {
    return this.one<HandlingUnit>('handlingUnits', townshipId, unitId);
  }

  findUnits(townshipId: string, unitIds: readonly string[]): Promise<HandlingUnit[]> {
    return this.byIds<HandlingUnit>('handlingUnits', townshipId, unitIds);
  }

  findOfficials(townshipId: string, ids: readonly string[]): Promise<Official[]> {
    return this.byIds<Official>('officials', townshipId, ids);
  }

  findUnitStaff(townshipId: string, ids: readonly string[]): Promise<UnitStaff[]> {
    return this.byIds<UnitStaff>('unitStaff', townshipId, ids);
  }

  // Index: invites.code (unique).
  async findInviteByCode(code: string): Promise<Invite | null> {
    const res = await this.db.collection('invites').where({ code }).limit(1).get();
    return (res.data[0] as unknown as Invite | undefined) ?? null;
  }

  // Index: invites.townshipIssuedAt.
  async listInvites(
    townshipId: string,
    page: { limit: number; after?: { at: Date; id: string } | undefined },
  ): Promise<InvitePage> {
    const res = await this.db
      .collection('invites')
      .where(afterKeyset(this.db.command, { townshipId }, 'issuedAt', page.after))
      .orderBy('issuedAt', 'desc')
      .orderBy('_id', 'desc')
      .limit(page.limit + 1)
      .get();
    const { rows, next } = pageOf(res.data as unknown as Invite[], page.limit, (invite) => invite.issuedAt);
    return next ? { invites: rows, next } : { invites: rows };
  }
}
