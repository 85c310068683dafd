// The demo township, seeded through @cloudbase/node-sdk into a fresh local-cloud environment and read back with
// wx-server-sdk: sized like a real township (domain.md §1), internally consistent (every reference resolves), with
// every dev identity bound, and idempotent (seeding twice leaves the same documents).
import { DEV_OPENIDS } from '../../database/seed/dev-identities';
import { DEMO_COLLECTIONS, generateDemoTownship } from '../../database/seed/demo-township';
import { TOWNSHIP } from '../../database/seed/places';
import { isDemoSeeded, connect, seedDemoTownship, type SeedTarget } from '../../database/seed/write-seed';
import { connectWxServerSdk, freshEnv, type TestEnv, type UntypedDatabase } from '../support/cloud';

type Doc = Record<string, unknown> & { _id: string };

let env: TestEnv;
let target: SeedTarget;
let cloud: ReturnType<typeof connectWxServerSdk>;
const quiet = { log: () => undefined };

async function all(collection: string): Promise<Doc[]> {
  const db: UntypedDatabase = cloud.database();
  const filter =
    collection === 'townships' || collection === 'settings' ? { _id: TOWNSHIP.id } : { townshipId: TOWNSHIP.id };
  const { data } = await db.collection(collection).where(filter).limit(1000).get();
  return data as Doc[];
}

async function countAll(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const collection of DEMO_COLLECTIONS) counts[collection] = (await all(collection)).length;
  return counts;
}

const by = <T extends Doc>(docs: T[], field: string, value: unknown): T[] => docs.filter((d) => d[field] === value);

beforeAll(async () => {
  env = await freshEnv();
  target = { env: env.name, serviceUrl: env.adminUrl, secretId: 'local-cloud', secretKey: 'local-cloud' };
  cloud = connectWxServerSdk(env);
  await seedDemoTownship(target, quiet);
}, 60_000);

describe('the seeded demo township', () => {
  it('is one township, 青禾镇, with the marker start uses', async () => {
    expect(await all('townships')).toEqual([expect.objectContaining({ _id: TOWNSHIP.id, name: '青禾镇' })]);
    expect(await isDemoSeeded(connect(target))).toBe(true);
  });

  it('has 16 villages and 4 communities, each served by one of 20 stations, one of them the 代表之家', async () => {
    const villages = await all('villages');
    const stations = await all('stations');
    expect(by(villages, 'kind', 'village')).toHaveLength(16);
    expect(by(villages, 'kind', 'community')).toHaveLength(4);
    expect(stations).toHaveLength(20);
    expect(by(stations, 'stationType', 'deputiesHome')).toHaveLength(1);
    const stationIds = new Set(stations.map((s) => s._id));
    for (const village of villages) expect(stationIds).toContain(village.stationId);
  });

  it('has 68 township and 18 county deputies, each with a station, group, village, phone and unique QR scene', async () => {
    const deputies = await all('deputies');
    expect(by(deputies, 'deputyLevel', 'township')).toHaveLength(68);
    expect(by(deputies, 'deputyLevel', 'county')).toHaveLength(18);
    const ids = async (collection: string) => new Set((await all(collection)).map((d) => d._id));
    const [stations, groups, villages] = [await ids('stations'), await ids('deputyGroups'), await ids('villages')];
    for (const deputy of deputies) {
      expect(stations).toContain(deputy.stationId);
      expect(groups).toContain(deputy.groupId);
      expect(villages).toContain(deputy.villageId);
      // A prefix no mobile network uses: demo numbers never ring a real person.
      expect(deputy.phone).toMatch(/^100\d{8}$/);
    }
    expect(new Set(deputies.map((d) => d.qrScene)).size).toBe(86);
  });

  it('has 7 deputy groups, each led by a presidium member of its own group', async () => {
    const groups = await all('deputyGroups');
    const deputies = await all('deputies');
    const presidiumDeputyIds = new Set(
      (await all('officials')).filter((o) => o.officialRole !== 'staff').map((o) => o.deputyId),
    );
    expect(groups).toHaveLength(7);
    for (const group of groups) {
      const leader = deputies.find((d) => d._id === group.leaderDeputyId);
      expect(leader?.groupId).toBe(group._id);
      expect(presidiumDeputyIds).toContain(group.leaderDeputyId);
    }
  });

  it('has an 11-member presidium (chair, vice chair, 9 members, all deputies) and 3 staff', async () => {
    const officials = await all('officials');
    expect(by(officials, 'officialRole', 'chair')).toHaveLength(1);
    expect(by(officials, 'officialRole', 'viceChair')).toHaveLength(1);
    expect(by(officials, 'officialRole', 'presidiumMember')).toHaveLength(9);
    expect(by(officials, 'officialRole', 'staff')).toHaveLength(3);
    for (const member of officials.filter((o) => o.officialRole !== 'staff'))
      expect(member.deputyId).toEqual(expect.any(String));
  });

  it('has 12 offices and stations, 20 village committees and 2 upper-level bodies as handling units, all staffed', async () => {
    const units = await all('handlingUnits');
    const staff = await all('unitStaff');
    expect(by(units, 'unitType', 'govOffice')).toHaveLength(12);
    expect(by(units, 'unitType', 'village')).toHaveLength(20);
    expect(by(units, 'unitType', 'upperLevel')).toHaveLength(2);
    expect(units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['党政办公室', '农业农村办公室', '自然资源所', '青禾派出所']),
    );
    for (const unit of units)
      expect(by(staff, 'unitId', unit._id).some((s) => s.unitRole === 'unitHandler')).toBe(true);
  });

  it('binds every dev identity: the resident by a residents document, every other role by a role binding', async () => {
    const db: UntypedDatabase = cloud.database();
    const resident = await db.collection('residents').where({ openid: DEV_OPENIDS.resident }).get();
    expect(resident.data).toEqual([
      expect.objectContaining({ townshipId: TOWNSHIP.id, linkedDeputyId: expect.any(String) }),
    ]);
    const expectedRoles: Record<string, string> = {
      deputy: 'deputy',
      countyDeputy: 'deputy',
      staff: 'staff',
      chair: 'chair',
      viceChair: 'viceChair',
      presidiumMember: 'presidiumMember',
      unitHandler: 'unitHandler',
      unitLeader: 'unitLeader',
      villageHandler: 'unitHandler',
    };
    for (const [identity, role] of Object.entries(expectedRoles)) {
      const openid = DEV_OPENIDS[identity as keyof typeof DEV_OPENIDS];
      const { data } = await db.collection('roleBindings').where({ openid }).get();
      expect(data).toEqual([expect.objectContaining({ townshipId: TOWNSHIP.id, role, refId: expect.any(String) })]);
    }
  });

  it('seeding again leaves the same documents: no copies, nothing changed', async () => {
    const before: Record<string, Doc[]> = {};
    for (const collection of DEMO_COLLECTIONS) before[collection] = await all(collection);
    await seedDemoTownship(target, quiet);
    for (const collection of DEMO_COLLECTIONS) {
      const sortById = (docs: Doc[]) => [...docs].sort((a, b) => a._id.localeCompare(b._id));
      expect(sortById(await all(collection))).toEqual(sortById(before[collection]!));
    }
    expect(await countAll()).toEqual({
      townships: 1,
      villages: 20,
      stations: 20,
      deputyGroups: 7,
      deputies: 86,
      officials: 14,
      handlingUnits: 34,
      unitStaff: 66,
      residents: 6,
      invites: 3,
      roleBindings: 9,
      settings: 1,
    });
  }, 60_000);
});

describe('the generator', () => {
  it('is deterministic: the same township on every run', () => {
    expect(generateDemoTownship()).toEqual(generateDemoTownship());
  });

  it('never gives two people the same name', () => {
    const demo = generateDemoTownship();
    const presidiumDeputies = new Set(demo.officials.map((o) => o.deputyId).filter(Boolean));
    const people = [
      ...demo.deputies.map((d) => d.name),
      ...demo.officials.filter((o) => !o.deputyId).map((o) => o.name),
      ...demo.unitStaff.map((s) => s.name),
      ...demo.residents.map((r) => r.displayName),
    ];
    expect(presidiumDeputies.size).toBe(11);
    expect(new Set(people).size).toBe(people.length);
  });
});
