// The lifecycle township (lifecycle-world.ts) plus the people the presidium and unit tests need: a presidium member,
// a vice chair, a second office with its handler (the "other unit"), a unit leader at the first office and a
// co-unit. Items get where a test needs them through the real functions: the resident submits, the deputy
// forwards, staff register and assign.
import { OPENID as BASE, TOWNSHIP, createWorld, ok, opinion, rid, type Envelope, type World } from './lifecycle-world';

export { TOWNSHIP, codeOf, ok, rid } from './lifecycle-world';
export type { Envelope } from './lifecycle-world';

export const OPENID = {
  ...BASE,
  member: 'oid-member',
  viceChair: 'oid-vice',
  otherUnit: 'oid-unit-2',
  unitLeader: 'oid-unit-leader',
  coUnit: 'oid-co-unit',
} as const;
export type Who = keyof typeof OPENID;

export const UNITS = {
  office: 'u-office',
  otherOffice: 'u-water',
  coOffice: 'u-env',
  villageCommittee: 'u-v1',
  closed: 'u-closed',
} as const;

export interface PresidiumWorld extends Omit<World, 'call'> {
  call(fn: string, command: string, payload: unknown, who: Who, requestId?: string): Promise<Envelope>;
  /** A resident's item forwarded by the deputy: status `forwarded`. */
  forwarded(overrides?: Record<string, unknown>, resident?: 'resident' | 'otherResident'): Promise<string>;
  registered(overrides?: Record<string, unknown>): Promise<string>;
  /** Assigned to the office (lead) with the co-office as co-unit. */
  assigned(overrides?: Record<string, unknown>): Promise<string>;
  signed(overrides?: Record<string, unknown>): Promise<string>;
  /** The item document as stored. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored documents are checked field by field
  item(itemId: string): Promise<any>;
}

export function assignForm(itemId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    itemId,
    leadUnitId: UNITS.office,
    coUnitIds: [UNITS.coOffice],
    leaderInCharge: '周副镇长',
    responsiblePerson: '钱主任',
    contact: '钱承办 13600005555',
    priority: 'normal',
    ...overrides,
  };
}

export async function createPresidiumWorld(opts: { startAt?: string } = {}): Promise<PresidiumWorld> {
  const w = await createWorld(opts);
  const scoped = { townshipId: TOWNSHIP };
  const at = new Date(await w.env.now());
  const extra: Record<string, Record<string, unknown>[]> = {
    officials: [
      {
        _id: 'of-member',
        ...scoped,
        name: '郑委员',
        officialRole: 'presidiumMember',
        phone: '13700005555',
        active: true,
      },
      { _id: 'of-vice', ...scoped, name: '冯副主席', officialRole: 'viceChair', phone: '13700006666', active: true },
    ],
    handlingUnits: [
      { _id: UNITS.otherOffice, ...scoped, name: '水利站', unitType: 'govOffice', active: true, sort: 3 },
      { _id: UNITS.coOffice, ...scoped, name: '生态环境办', unitType: 'govOffice', active: true, sort: 4 },
      { _id: UNITS.closed, ...scoped, name: '已撤并的站所', unitType: 'govOffice', active: false, sort: 9 },
    ],
    unitStaff: [
      {
        _id: 'us-water',
        ...scoped,
        unitId: UNITS.otherOffice,
        name: '孙水利',
        unitRole: 'unitHandler',
        phone: '13600007777',
        active: true,
      },
      {
        _id: 'us-leader',
        ...scoped,
        unitId: UNITS.office,
        name: '钱主任',
        unitRole: 'unitLeader',
        phone: '13600008888',
        active: true,
      },
      {
        _id: 'us-env',
        ...scoped,
        unitId: UNITS.coOffice,
        name: '何环保',
        unitRole: 'unitHandler',
        phone: '13600009999',
        active: true,
      },
    ],
    roleBindings: [
      {
        _id: 'rb-member',
        ...scoped,
        openid: OPENID.member,
        role: 'presidiumMember',
        refId: 'of-member',
        boundAt: at,
        inviteCode: 'TEST',
      },
      {
        _id: 'rb-vice',
        ...scoped,
        openid: OPENID.viceChair,
        role: 'viceChair',
        refId: 'of-vice',
        boundAt: at,
        inviteCode: 'TEST',
      },
      {
        _id: 'rb-water',
        ...scoped,
        openid: OPENID.otherUnit,
        role: 'unitHandler',
        refId: 'us-water',
        boundAt: at,
        inviteCode: 'TEST',
      },
      {
        _id: 'rb-leader',
        ...scoped,
        openid: OPENID.unitLeader,
        role: 'unitLeader',
        refId: 'us-leader',
        boundAt: at,
        inviteCode: 'TEST',
      },
      {
        _id: 'rb-env',
        ...scoped,
        openid: OPENID.coUnit,
        role: 'unitHandler',
        refId: 'us-env',
        boundAt: at,
        inviteCode: 'TEST',
      },
    ],
  };
  // Many items per test on one frozen day: lift the residents' daily limit (a setting like any other).
  await w.db
    .collection('settings')
    .doc(TOWNSHIP)
    .update({ timeRules: { dailySubmissionLimit: 100 } });
  for (const [collection, docs] of Object.entries(extra)) {
    for (const { _id, ...fields } of docs)
      await w.db
        .collection(collection)
        .doc(_id as string)
        .set(fields);
  }

  const call: PresidiumWorld['call'] = (fn, command, payload, who, requestId) =>
    w.call(fn, command, payload, { openid: OPENID[who] }, requestId);

  let n = 0;
  const forwarded: PresidiumWorld['forwarded'] = async (overrides = {}, resident = 'resident') => {
    n += 1;
    const submitted = ok(
      await call('resident', 'submit', opinion({ title: `测试事项${n}`, ...overrides }), resident, rid()),
    );
    ok(
      await call(
        'deputy',
        'forwardToPresidium',
        { itemId: submitted.itemId, summary: '路灯损坏', deputyView: '建议尽快维修' },
        'deputy',
        rid(),
      ),
    );
    return submitted.itemId as string;
  };
  const registered: PresidiumWorld['registered'] = async (overrides = {}) => {
    const itemId = await forwarded(overrides);
    ok(await call('presidium', 'register', { itemId }, 'staff', rid()));
    return itemId;
  };
  const assigned: PresidiumWorld['assigned'] = async (overrides = {}) => {
    const itemId = await registered(overrides);
    ok(await call('presidium', 'assign', assignForm(itemId), 'staff', rid()));
    return itemId;
  };
  const signed: PresidiumWorld['signed'] = async (overrides = {}) => {
    const itemId = await assigned(overrides);
    ok(await call('unit', 'sign', { itemId }, 'unit', rid()));
    return itemId;
  };
  return {
    ...w,
    call,
    forwarded,
    registered,
    assigned,
    signed,
    item: async (itemId) => (await w.db.collection('items').doc(itemId).get()).data[0],
  };
}
