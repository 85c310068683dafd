// The demo township 青禾镇 as plain documents, generated deterministically (fixed ids, fixed instants, names from a
// seeded generator), so every run and every machine gets the same directory and seeding is repeatable. Sized like
// the townships in the source reports: 16 villages + 4 communities, 20 liaison stations (one 代表之家), 68 township
// and 18 county deputies, 7 deputy groups, an 11-member presidium plus 3 staff, 12 offices and stations plus the
// 20 village committees and 2 upper-level bodies as handling units. The dev identities are bound here, and the
// township gets a settings document that keeps every default.
import type {
  Deputy,
  DeputyGroup,
  HandlingUnit,
  Invite,
  LiaisonStation,
  Official,
  Resident,
  RoleBinding,
  Township,
  UnitStaff,
  Village,
} from '../../core/domain/directory';
import type { InvitableRole, OfficialRole, UnitRole } from '../../core/domain/roles';
import type { SettingsDocument } from '../../core/domain/settings';
import { DEV_OPENIDS } from './dev-identities';
import { fictionalPhone, NameSource } from './names';
import {
  ADDRESS_SUFFIXES,
  COMMUNITIES,
  GOV_OFFICES,
  GROUP_NAMES,
  OCCUPATIONS,
  TOWNSHIP,
  UPPER_LEVEL_UNITS,
  VILLAGES,
} from './places';
import { SeededRandom } from './random';

/** The seed of the name generator: change it and every name changes. */
export const DEMO_RANDOM_SEED = 20260105;
/** Every seeded instant: Monday 5 January 2026, 09:00 in Shanghai. */
export const SEED_INSTANT = new Date('2026-01-05T01:00:00.000Z');
/** Demo invites stay usable for years of local clock jumps. */
const INVITE_EXPIRY = new Date('2030-12-31T15:59:59.000Z');
const DEV_INVITE_CODE = 'DEV-SEED';

export interface DemoTownship {
  townships: Township[];
  villages: Village[];
  stations: LiaisonStation[];
  deputyGroups: DeputyGroup[];
  deputies: Deputy[];
  officials: Official[];
  handlingUnits: HandlingUnit[];
  unitStaff: UnitStaff[];
  residents: Resident[];
  invites: Invite[];
  roleBindings: RoleBinding[];
  /** The township's settings document, with nothing but the relay mode set: every other rule uses its default. */
  settings: SettingsDocument[];
}

/** Collections in the order they are written: referenced documents before the documents that reference them. */
export const DEMO_COLLECTIONS = [
  'townships',
  'villages',
  'stations',
  'deputyGroups',
  'deputies',
  'officials',
  'handlingUnits',
  'unitStaff',
  'residents',
  'invites',
  'roleBindings',
  'settings',
] as const satisfies readonly (keyof DemoTownship)[];

const two = (n: number): string => String(n).padStart(2, '0');
const three = (n: number): string => String(n).padStart(3, '0');

/** Township deputies per village: the 4 communities and the first 4 villages are larger (4 each), the rest 3. */
function townshipDeputiesIn(villageIndex: number): number {
  return villageIndex < 8 ? 4 : 3;
}

/** Stations are grouped three by three into the 7 deputy groups (the last group has two). */
function groupIndexOf(stationIndex: number): number {
  return Math.min(Math.floor(stationIndex / 3), GROUP_NAMES.length - 1);
}

export function generateDemoTownship(): DemoTownship {
  const random = new SeededRandom(DEMO_RANDOM_SEED);
  const names = new NameSource(random);
  const townshipId = TOWNSHIP.id;
  const base = { townshipId };
  const at = SEED_INSTANT;

  const townships: Township[] = [
    { _id: townshipId, townshipId, name: TOWNSHIP.name, term: TOWNSHIP.term, createdAt: at },
  ];

  const places = [
    ...COMMUNITIES.map((name) => ({ name, kind: 'community' as const })),
    ...VILLAGES.map((name) => ({ name, kind: 'village' as const })),
  ];
  const villageId = (i: number): string => `qh-v${two(i + 1)}`;
  const stationId = (i: number): string => `qh-st${two(i + 1)}`;
  const groupId = (g: number): string => `qh-g${g + 1}`;

  const villages: Village[] = places.map((place, i) => ({
    _id: villageId(i),
    ...base,
    name: place.name,
    kind: place.kind,
    stationId: stationId(i),
    sort: i + 1,
  }));

  const stations: LiaisonStation[] = places.map((place, i) => ({
    _id: stationId(i),
    ...base,
    name:
      i === 0
        ? `${TOWNSHIP.name}人大代表之家`
        : place.kind === 'community'
          ? `${place.name}代表联络站`
          : `${place.name}代表联络点`,
    stationType: i === 0 ? 'deputiesHome' : place.kind === 'community' ? 'station' : 'point',
    address: `${TOWNSHIP.name}${place.name}${i === 0 ? '党群服务中心三楼' : random.pick(ADDRESS_SUFFIXES[place.kind])}`,
    villageIds: [villageId(i)],
    qrScene: `st${two(i + 1)}`,
    sort: i + 1,
  }));

  let phoneSeq = 0;
  const deputies: Deputy[] = [];
  places.forEach((place, i) => {
    for (let k = 0; k < townshipDeputiesIn(i); k += 1) {
      const n = deputies.length + 1;
      deputies.push({
        _id: `qh-dt${three(n)}`,
        ...base,
        name: names.next(),
        deputyLevel: 'township',
        stationId: stationId(i),
        groupId: groupId(groupIndexOf(i)),
        villageId: villageId(i),
        phone: fictionalPhone(10, (phoneSeq += 1)),
        qrScene: `dt${three(n)}`,
        intro: `${place.name}${random.pick(OCCUPATIONS[place.kind])}`,
        active: true,
      });
    }
  });
  const townshipDeputies = [...deputies];
  places.slice(0, 18).forEach((place, i) => {
    const n = i + 1;
    deputies.push({
      _id: `qh-dc${three(n)}`,
      ...base,
      name: names.next(),
      deputyLevel: 'county',
      stationId: stationId(i),
      groupId: groupId(groupIndexOf(i)),
      villageId: villageId(i),
      phone: fictionalPhone(11, n),
      qrScene: `dc${three(n)}`,
      intro: `县人大代表，${place.name}${random.pick(OCCUPATIONS[place.kind])}`,
      active: true,
    });
  });

  // Presidium: chair and vice chair are the first two deputies of the seat community; each group is led by one of
  // its own deputies, who sits on the presidium; two more members complete the 11.
  const [chairDeputy, viceChairDeputy] = townshipDeputies as [Deputy, Deputy];
  const taken = new Set([
    chairDeputy._id,
    viceChairDeputy._id,
    'qh-dt003' /* the dev deputy stays an ordinary deputy */,
  ]);
  const groupLeaders = GROUP_NAMES.map((_, g) => {
    const leader = townshipDeputies.find((d) => d.groupId === groupId(g) && !taken.has(d._id));
    if (!leader) throw new Error(`no deputy to lead group ${g + 1}`);
    taken.add(leader._id);
    return leader;
  });
  const extraMembers = townshipDeputies
    .filter((d) => !taken.has(d._id) && d.villageId !== villageId(0))
    .filter((_, i) => i % 20 === 5)
    .slice(0, 2);

  const deputyGroups: DeputyGroup[] = GROUP_NAMES.map((name, g) => ({
    _id: groupId(g),
    ...base,
    name,
    leaderDeputyId: groupLeaders[g]!._id,
  }));

  const official = (n: number, person: { name: string; deputyId?: string }, officialRole: OfficialRole): Official => ({
    _id: `qh-of${two(n)}`,
    ...base,
    name: person.name,
    officialRole,
    phone: fictionalPhone(20, n),
    ...(person.deputyId ? { deputyId: person.deputyId } : {}),
    active: true,
  });
  const presidium = [
    { deputy: chairDeputy, role: 'chair' as const },
    { deputy: viceChairDeputy, role: 'viceChair' as const },
    ...[...groupLeaders, ...extraMembers].map((deputy) => ({ deputy, role: 'presidiumMember' as const })),
  ];
  const officials: Official[] = presidium.map((p, i) =>
    official(i + 1, { name: p.deputy.name, deputyId: p.deputy._id }, p.role),
  );
  for (let s = 0; s < 3; s += 1) officials.push(official(officials.length + 1, { name: names.next() }, 'staff'));
  const [chairOfficial, viceChairOfficial, firstMember] = officials as [Official, Official, Official];
  const staffOfficials = officials.filter((o) => o.officialRole === 'staff');

  // Handling units: offices and stations, then the village committees, then upper-level bodies.
  const leadersInCharge = [names.next(), names.next(), names.next()].map((name) => `${name}（副镇长）`);
  const handlingUnits: HandlingUnit[] = [
    ...GOV_OFFICES.map((office, i) => ({
      _id: `qh-u-${office.id}`,
      ...base,
      name: office.name,
      unitType: 'govOffice' as const,
      leaderInCharge: leadersInCharge[i % leadersInCharge.length]!,
      active: true,
      sort: i + 1,
    })),
    ...places.map((place, i) => ({
      _id: `qh-u-v${two(i + 1)}`,
      ...base,
      name: place.kind === 'community' ? `${place.name}居民委员会` : `${place.name}村民委员会`,
      unitType: 'village' as const,
      villageId: villageId(i),
      active: true,
      sort: GOV_OFFICES.length + i + 1,
    })),
    ...UPPER_LEVEL_UNITS.map((unit, i) => ({
      _id: `qh-u-${unit.id}`,
      ...base,
      name: unit.name,
      unitType: 'upperLevel' as const,
      active: true,
      sort: GOV_OFFICES.length + places.length + i + 1,
    })),
  ];

  const unitStaff: UnitStaff[] = [];
  const addStaff = (unitId: string, unitRole: UnitRole): UnitStaff => {
    const n = unitStaff.length + 1;
    const person: UnitStaff = {
      _id: `qh-us${three(n)}`,
      ...base,
      unitId,
      name: names.next(),
      unitRole,
      phone: fictionalPhone(30, n),
      active: true,
    };
    unitStaff.push(person);
    return person;
  };
  for (const unit of handlingUnits) {
    if (unit.unitType !== 'upperLevel') addStaff(unit._id, 'unitLeader');
    addStaff(unit._id, 'unitHandler');
  }
  const staffOf = (unitId: string, role: UnitRole): UnitStaff => {
    const found = unitStaff.find((s) => s.unitId === unitId && s.unitRole === role);
    if (!found) throw new Error(`no ${role} at ${unitId}`);
    return found;
  };

  // Residents: the dev resident at the seat community, linked to the dev deputy, and a few neighbours elsewhere.
  const devDeputy = townshipDeputies[2]!;
  const resident = (openid: string, villageIndex: number, linkedDeputyId: string | null, n: number): Resident => ({
    _id: `qh-r-${openid}`,
    ...base,
    openid,
    displayName: names.next(),
    villageId: villageId(villageIndex),
    linkedDeputyId,
    phone: fictionalPhone(40, n),
    registeredAt: at,
  });
  const residents: Resident[] = [resident(DEV_OPENIDS.resident, 0, devDeputy._id, 1)];
  [4, 7, 11, 15, 2].forEach((villageIndex, i) => {
    const linked = townshipDeputies.find((d) => d.villageId === villageId(villageIndex)) ?? null;
    residents.push(
      resident(`demo-resident-${two(i + 1)}`, villageIndex, i === 4 ? null : (linked?._id ?? null), i + 2),
    );
  });

  const binding = (openid: string, role: InvitableRole, refId: string): RoleBinding => ({
    _id: `qh-rb-${openid}`,
    ...base,
    openid,
    role,
    refId,
    boundAt: at,
    inviteCode: DEV_INVITE_CODE,
  });
  const nongye = 'qh-u-nyb';
  const roleBindings: RoleBinding[] = [
    binding(DEV_OPENIDS.deputy, 'deputy', devDeputy._id),
    binding(DEV_OPENIDS.countyDeputy, 'deputy', 'qh-dc001'),
    binding(DEV_OPENIDS.staff, 'staff', staffOfficials[0]!._id),
    binding(DEV_OPENIDS.chair, 'chair', chairOfficial._id),
    binding(DEV_OPENIDS.viceChair, 'viceChair', viceChairOfficial._id),
    binding(DEV_OPENIDS.presidiumMember, 'presidiumMember', firstMember._id),
    binding(DEV_OPENIDS.unitHandler, 'unitHandler', staffOf(nongye, 'unitHandler')._id),
    binding(DEV_OPENIDS.unitLeader, 'unitLeader', staffOf(nongye, 'unitLeader')._id),
    binding(DEV_OPENIDS.villageHandler, 'unitHandler', staffOf('qh-u-v05', 'unitHandler')._id),
  ];

  // Unused invites, so the binding flow can be tried by hand with a fresh openid.
  const invite = (code: string, role: InvitableRole, refId: string): Invite => ({
    _id: `qh-inv-${code}`,
    ...base,
    code,
    role,
    refId,
    issuedBy: staffOfficials[0]!._id,
    issuedAt: at,
    expiresAt: INVITE_EXPIRY,
  });
  const invites: Invite[] = [
    invite('QHDEP001', 'deputy', townshipDeputies[10]!._id),
    invite('QHUNIT01', 'unitHandler', staffOf('qh-u-jfb', 'unitHandler')._id),
    invite('QHSTAF01', 'staff', staffOfficials[2]!._id),
  ];

  const settings: SettingsDocument[] = [
    { _id: townshipId, townshipId, relayMode: 'direct', updatedAt: at, updatedBy: 'seed' },
  ];

  return {
    townships,
    villages,
    stations,
    deputyGroups,
    deputies,
    officials,
    handlingUnits,
    unitStaff,
    residents,
    invites,
    roleBindings,
    settings,
  };
}
