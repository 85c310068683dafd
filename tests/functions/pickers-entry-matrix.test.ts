// Pickers, presidium entry and the authorization matrix of account and presidium back-office commands, through the
// real functions on local-cloud: listUnits (presidium and deputy), the township's categories and subscription
// template ids from server-side settings, presidium.enterItem (forwarded; petitions registered with a number), and
// every role × command → allowed or the right code, with nothing written when refused.
import { codeOf, createWorld, ok, opinion, rid, TOWNSHIP, type World } from './lifecycle-world';

let w: World;
const MEMBER = { openid: 'oid-member' };

beforeAll(async () => {
  w = await createWorld({
    settings: {
      categories: ['道路交通', '环境卫生'],
      noticeTemplates: { itemProgress: { templateId: 'TPL-PROGRESS' }, newTask: { templateId: 'TPL-TASK' } },
    },
  });
  await w.db.collection('officials').doc('of-member').set({
    townshipId: TOWNSHIP,
    name: '郑委员',
    officialRole: 'presidiumMember',
    phone: '13700007777',
    active: true,
  });
  await w.db.collection('roleBindings').doc('rb-oid-member').set({
    townshipId: TOWNSHIP,
    openid: MEMBER.openid,
    role: 'presidiumMember',
    refId: 'of-member',
    boundAt: new Date(),
    inviteCode: 'TEST',
  });
}, 60_000);

describe('pickers', () => {
  test('listUnits gives the township units in order, and the village committees by type', async () => {
    const all = ok(await w.call('presidium', 'listUnits', {}, 'staff'));
    expect(all.units.map((u: { unitId: string }) => u.unitId)).toEqual(['u-office', 'u-v1']);
    expect(all.units[0]).toEqual({
      unitId: 'u-office',
      name: '农业农村办公室',
      unitType: 'govOffice',
      leaderInCharge: '周副镇长',
    });
    const villages = ok(await w.call('deputy', 'listUnits', { unitType: 'village', villageId: 'v1' }, 'deputy'));
    expect(villages.units).toEqual([{ unitId: 'u-v1', name: '柳塘村村委会', unitType: 'village', villageId: 'v1' }]);
  });

  test('a deputy refers to the village committee picked from listUnits', async () => {
    const { itemId } = ok(await w.call('resident', 'submit', opinion(), 'resident', rid()));
    const [unit] = ok(await w.call('deputy', 'listUnits', { unitType: 'village' }, 'deputy')).units;
    const referred = ok(
      await w.call('deputy', 'referToVillage', { itemId, unitId: unit.unitId, note: '请村委会处理' }, 'deputy', rid()),
    );
    expect(referred.status).toBe('referredToVillage');
  });

  test('residents read the categories from settings; template ids come from server-side settings', async () => {
    expect(ok(await w.call('account', 'listCategories', {}, 'resident'))).toEqual({
      categories: ['道路交通', '环境卫生'],
    });
    expect(ok(await w.call('account', 'subscriptionTemplates', {}, 'resident'))).toEqual({
      templates: [
        { templateKey: 'itemProgress', templateId: 'TPL-PROGRESS' },
        { templateKey: 'newTask', templateId: 'TPL-TASK' },
      ],
    });
  });
});

describe('presidium.enterItem', () => {
  const entry = (channel: string) => ({
    ...opinion(),
    channel,
    submitterName: '孙大爷',
    villageId: 'v1',
    submitterPhone: '13512345678',
  });

  test.each(['chairReception', 'session', 'inspection', 'letter', 'phone'])(
    '%s starts at forwarded',
    async (channel) => {
      const res = ok(await w.call('presidium', 'enterItem', entry(channel), 'staff', rid()));
      expect(res.status).toBe('forwarded');
      const detail = ok(await w.call('presidium', 'detail', { itemId: res.itemId }, 'staff'));
      expect(detail.channel).toBe(channel);
      expect(detail.kind).toBe(channel === 'session' || channel === 'inspection' ? 'suggestion' : 'opinion');
      expect(detail.submitter).toMatchObject({ name: '孙大爷', hasAccount: false, phone: '13512345678' });
    },
  );

  test('a petition starts registered with the next registration number', async () => {
    const res = ok(await w.call('presidium', 'enterItem', entry('petition'), 'chair', rid()));
    expect(res).toMatchObject({ status: 'registered', registrationNumber: '2026-0001' });
    const again = ok(await w.call('presidium', 'enterItem', entry('petition'), 'staff', rid()));
    expect(again.registrationNumber).toBe('2026-0002');
  });

  test('the same request id twice makes one item', async () => {
    const id = rid();
    const first = ok(await w.call('presidium', 'enterItem', entry('letter'), 'staff', id));
    const second = ok(await w.call('presidium', 'enterItem', entry('letter'), 'staff', id));
    expect(second.itemId).toBe(first.itemId);
  });
});

type Caller = 'resident' | 'deputy' | 'staff' | 'chair' | 'unit' | 'visitor' | typeof MEMBER;
const ROLES: [string, Caller][] = [
  ['resident', 'resident'],
  ['deputy', 'deputy'],
  ['staff', 'staff'],
  ['chair', 'chair'],
  ['member', MEMBER],
  ['unit', 'unit'],
  ['visitor', 'visitor'],
];

/** Expected code per role (OK = allowed); `mutating` commands get a request id and must write nothing when refused. */
interface Row {
  fn: string;
  command: string;
  payload: () => Record<string, unknown>;
  mutating: boolean;
  expect: Record<string, string>;
}

const staffOnly = {
  resident: 'AUTH.FORBIDDEN',
  deputy: 'AUTH.FORBIDDEN',
  staff: 'OK',
  chair: 'OK',
  member: 'AUTH.FORBIDDEN',
  unit: 'AUTH.FORBIDDEN',
  visitor: 'AUTH.NOT_REGISTERED',
};
const presidiumAll = { ...staffOnly, member: 'OK' };
const anyone = { resident: 'OK', deputy: 'OK', staff: 'OK', chair: 'OK', member: 'OK', unit: 'OK', visitor: 'OK' };

const MATRIX: Row[] = [
  {
    fn: 'account',
    command: 'issueInvite',
    payload: () => ({ role: 'deputy', refId: 'd2' }),
    mutating: true,
    expect: staffOnly,
  },
  {
    fn: 'account',
    command: 'revokeInvite',
    payload: () => ({ code: 'NOSUCHCODE1' }),
    mutating: true,
    expect: { ...staffOnly, staff: 'INVITE.NOT_FOUND', chair: 'INVITE.NOT_FOUND' },
  },
  { fn: 'account', command: 'listInvites', payload: () => ({}), mutating: false, expect: staffOnly },
  {
    fn: 'account',
    command: 'bindInvite',
    payload: () => ({ inviteCode: 'NOSUCHCODE1' }),
    mutating: true,
    expect: {
      resident: 'INVITE.NOT_FOUND',
      deputy: 'INVITE.NOT_FOUND',
      staff: 'INVITE.NOT_FOUND',
      chair: 'INVITE.NOT_FOUND',
      member: 'INVITE.NOT_FOUND',
      unit: 'INVITE.NOT_FOUND',
      visitor: 'INVITE.NOT_FOUND',
    },
  },
  { fn: 'account', command: 'whoami', payload: () => ({}), mutating: false, expect: anyone },
  { fn: 'account', command: 'listCategories', payload: () => ({}), mutating: false, expect: anyone },
  { fn: 'account', command: 'subscriptionTemplates', payload: () => ({}), mutating: false, expect: anyone },
  {
    fn: 'account',
    command: 'linkDeputy',
    payload: () => ({ deputyId: 'd2' }),
    mutating: true,
    expect: {
      resident: 'OK',
      deputy: 'AUTH.FORBIDDEN',
      staff: 'AUTH.FORBIDDEN',
      chair: 'AUTH.FORBIDDEN',
      member: 'AUTH.FORBIDDEN',
      unit: 'AUTH.FORBIDDEN',
      visitor: 'AUTH.NOT_REGISTERED',
    },
  },
  { fn: 'presidium', command: 'getSettings', payload: () => ({}), mutating: false, expect: staffOnly },
  {
    fn: 'presidium',
    command: 'updateSettings',
    payload: () => ({ dailySubmitLimit: 6 }),
    mutating: true,
    expect: staffOnly,
  },
  {
    fn: 'presidium',
    command: 'statistics',
    payload: () => ({ from: '2026-01-01', to: '2026-03-01' }),
    mutating: false,
    expect: presidiumAll,
  },
  {
    fn: 'presidium',
    command: 'enterItem',
    payload: () => ({ ...opinion(), channel: 'letter', submitterName: '某某', villageId: 'v1' }),
    mutating: true,
    expect: staffOnly,
  },
  { fn: 'presidium', command: 'listUnits', payload: () => ({}), mutating: false, expect: presidiumAll },
  {
    fn: 'deputy',
    command: 'listUnits',
    payload: () => ({}),
    mutating: false,
    expect: {
      resident: 'AUTH.FORBIDDEN',
      deputy: 'OK',
      staff: 'AUTH.FORBIDDEN',
      chair: 'AUTH.FORBIDDEN',
      member: 'AUTH.FORBIDDEN',
      unit: 'AUTH.FORBIDDEN',
      visitor: 'AUTH.NOT_REGISTERED',
    },
  },
];

const WATCHED = ['items', 'invites', 'roleBindings', 'itemEvents', 'outbox'];
async function snapshot(): Promise<number[]> {
  return Promise.all(WATCHED.map((c) => w.count(c, { townshipId: TOWNSHIP })));
}

describe('authorization matrix', () => {
  for (const row of MATRIX) {
    test.each(ROLES)(`${row.fn}.${row.command} as %s`, async (role, who) => {
      const before = await snapshot();
      const res = await w.call(row.fn, row.command, row.payload(), who, row.mutating ? rid() : undefined);
      const expected = row.expect[role]!;
      expect(codeOf(res)).toBe(expected);
      if (expected !== 'OK' && row.mutating) expect(await snapshot()).toEqual(before);
    });
  }
});
