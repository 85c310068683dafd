// A small township for the account, resident, deputy and lifecycle tests: two villages served by one station, two
// deputies, two registered residents linked to deputy 1, presidium staff and chair, a township office and a
// village committee with one handler each, and a visitor. Written through @cloudbase/node-sdk into a fresh
// local-cloud environment whose clock is frozen at Monday 2 March 2026, 09:00 Shanghai.
import { callFunction, connectNodeSdk, freshEnv, type TestEnv } from '../support/cloud';

export const T0 = '2026-03-02T01:00:00.000Z';
export const TOWNSHIP = 'tw1';

export const OPENID = {
  resident: 'oid-res-1',
  otherResident: 'oid-res-2',
  deputy: 'oid-deputy-1',
  otherDeputy: 'oid-deputy-2',
  staff: 'oid-staff',
  chair: 'oid-chair',
  unit: 'oid-unit',
  villageUnit: 'oid-village-unit',
  visitor: 'oid-visitor',
} as const;
export type Who = keyof typeof OPENID;

export const IDS = {
  village1: 'v1',
  village2: 'v2',
  station: 'st1',
  deputy1: 'd1',
  deputy2: 'd2',
  office: 'u-office',
  villageCommittee: 'u-v1',
  resident1: 'r-oid-res-1',
  resident2: 'r-oid-res-2',
} as const;

const at = new Date(T0);

function directory(settings: Record<string, unknown>): Record<string, Record<string, unknown>[]> {
  const scoped = { townshipId: TOWNSHIP };
  const binding = (openid: string, role: string, refId: string) => ({
    _id: `rb-${openid}`,
    ...scoped,
    openid,
    role,
    refId,
    boundAt: at,
    inviteCode: 'TEST',
  });
  return {
    townships: [{ _id: TOWNSHIP, ...scoped, name: '青禾镇', term: '第十八届', createdAt: at }],
    villages: [
      { _id: IDS.village1, ...scoped, name: '柳塘村', kind: 'village', stationId: IDS.station, sort: 1 },
      { _id: IDS.village2, ...scoped, name: '新街社区', kind: 'community', stationId: IDS.station, sort: 2 },
    ],
    stations: [
      {
        _id: IDS.station,
        ...scoped,
        name: '青禾镇代表之家',
        stationType: 'deputiesHome',
        address: '镇政府一楼',
        villageIds: [IDS.village1, IDS.village2],
        qrScene: 'st-home',
        sort: 1,
      },
    ],
    deputies: [
      {
        _id: IDS.deputy1,
        ...scoped,
        name: '王建国',
        deputyLevel: 'township',
        stationId: IDS.station,
        groupId: 'g1',
        villageId: IDS.village1,
        phone: '13800001111',
        qrScene: 'dq-d1',
        active: true,
      },
      {
        _id: IDS.deputy2,
        ...scoped,
        name: '李秀兰',
        deputyLevel: 'township',
        stationId: IDS.station,
        groupId: 'g1',
        villageId: IDS.village2,
        phone: '13900002222',
        qrScene: 'dq-d2',
        active: true,
      },
    ],
    officials: [
      { _id: 'of-staff', ...scoped, name: '赵专干', officialRole: 'staff', phone: '13700003333', active: true },
      { _id: 'of-chair', ...scoped, name: '孙主席', officialRole: 'chair', phone: '13700004444', active: true },
    ],
    handlingUnits: [
      {
        _id: IDS.office,
        ...scoped,
        name: '农业农村办公室',
        unitType: 'govOffice',
        leaderInCharge: '周副镇长',
        active: true,
        sort: 1,
      },
      {
        _id: IDS.villageCommittee,
        ...scoped,
        name: '柳塘村村委会',
        unitType: 'village',
        villageId: IDS.village1,
        active: true,
        sort: 2,
      },
    ],
    unitStaff: [
      {
        _id: 'us-office',
        ...scoped,
        unitId: IDS.office,
        name: '钱承办',
        unitRole: 'unitHandler',
        phone: '13600005555',
        active: true,
      },
      {
        _id: 'us-village',
        ...scoped,
        unitId: IDS.villageCommittee,
        name: '吴村干',
        unitRole: 'unitHandler',
        phone: '13600006666',
        active: true,
      },
    ],
    residents: [
      {
        _id: IDS.resident1,
        ...scoped,
        openid: OPENID.resident,
        displayName: '陈大爷',
        villageId: IDS.village1,
        linkedDeputyId: IDS.deputy1,
        registeredAt: at,
      },
      {
        _id: IDS.resident2,
        ...scoped,
        openid: OPENID.otherResident,
        displayName: '刘阿姨',
        villageId: IDS.village2,
        linkedDeputyId: IDS.deputy1,
        registeredAt: at,
      },
    ],
    roleBindings: [
      binding(OPENID.deputy, 'deputy', IDS.deputy1),
      binding(OPENID.otherDeputy, 'deputy', IDS.deputy2),
      binding(OPENID.staff, 'staff', 'of-staff'),
      binding(OPENID.chair, 'chair', 'of-chair'),
      binding(OPENID.unit, 'unitHandler', 'us-office'),
      binding(OPENID.villageUnit, 'unitHandler', 'us-village'),
    ],
    settings: [{ _id: TOWNSHIP, ...scoped, relayMode: 'direct', updatedAt: at, updatedBy: 'test', ...settings }],
  };
}

// Answers are untyped JSON here on purpose: tests read them the way the mini-program's JSON arrives.
export type Envelope =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  { ok: true; data: any } | { ok: false; error: { code: string; message: string; details?: unknown } };

export interface World {
  env: TestEnv;
  db: ReturnType<ReturnType<typeof connectNodeSdk>['database']>;
  /** Calls `fn.command` as `who` (an OPENID key or a raw openid). */
  call(
    fn: string,
    command: string,
    payload: unknown,
    who: Who | { openid: string },
    requestId?: string,
  ): Promise<Envelope>;
  /** Documents of a collection matching `where` (through the indexed fields the tests use). */
  count(collection: string, where: Record<string, unknown>): Promise<number>;
}

let seq = 0;
/** A fresh request id for a mutating call. */
export function rid(): string {
  seq += 1;
  return `req-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `settings` overrides fields of the township settings document (e.g. `timeRules`). */
export async function createWorld(opts: { startAt?: string; settings?: Record<string, unknown> } = {}): Promise<World> {
  const env = await freshEnv({ startAt: opts.startAt ?? T0, frozen: true });
  const db = connectNodeSdk(env).database();
  for (const [collection, docs] of Object.entries(directory(opts.settings ?? {}))) {
    for (const { _id, ...fields } of docs)
      await db
        .collection(collection)
        .doc(_id as string)
        .set(fields);
  }
  return {
    env,
    db,
    async call(fn, command, payload, who, requestId) {
      const openid = typeof who === 'string' ? OPENID[who] : who.openid;
      const body: Record<string, unknown> = { command, payload };
      if (requestId) body.requestId = requestId;
      return (await callFunction(env, fn, body, { openid })) as Envelope;
    },
    async count(collection, where) {
      const res = await db.collection(collection).where(where).count();
      return Number((res as { total?: number }).total ?? 0);
    },
  };
}

/** A valid resident submission; override any field. */
export function opinion(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: '村口路灯不亮',
    content: '柳塘村村口到小学的路灯坏了一个多月，晚上孩子放学很危险。',
    category: '道路交通',
    place: '柳塘村村口',
    ...overrides,
  };
}

/** Asserts an ok envelope and returns its data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ok(envelope: Envelope): any {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.data;
}

/** The error code of a failed envelope (or 'OK'). */
export function codeOf(envelope: Envelope): string {
  return envelope.ok ? 'OK' : envelope.error.code;
}
