// Authorization matrix for the presidium and unit commands, through the real functions: for each command, every
// role is tried on an item in the state the command starts from. Allowed roles succeed (each on a fresh item);
// every other role is refused with AUTH.FORBIDDEN and the item is left exactly as it was.
import { assignForm, codeOf, createPresidiumWorld, ok, rid, type PresidiumWorld, type Who } from './presidium-world';

let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld();
}, 60_000);

const ROLES: Who[] = [
  'staff',
  'chair',
  'viceChair',
  'member',
  'unit',
  'unitLeader',
  'coUnit',
  'otherUnit',
  'deputy',
  'resident',
];

interface Case {
  fn: 'presidium' | 'unit';
  command: string;
  /** Brings a fresh item to the state the command starts from. */
  setup: () => Promise<string>;
  payload: (itemId: string) => Record<string, unknown>;
  allowed: Who[];
}

const extensionRequested = async () => {
  const itemId = await w.signed();
  ok(
    await w.call(
      'unit',
      'requestExtension',
      { itemId, reason: '需要协调县级部门', requestedDueDate: '2026-04-30' },
      'unit',
      rid(),
    ),
  );
  return itemId;
};

const CASES: Case[] = [
  {
    fn: 'presidium',
    command: 'register',
    setup: () => w.forwarded(),
    payload: (itemId) => ({ itemId }),
    allowed: ['staff', 'chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'notAccept',
    setup: () => w.forwarded(),
    payload: (itemId) => ({ itemId, code: 'outOfScope', competentBody: '县自然资源局', text: '属县级职权' }),
    allowed: ['staff', 'chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'returnToDeputy',
    setup: () => w.forwarded(),
    payload: (itemId) => ({ itemId, question: '请补充具体位置' }),
    allowed: ['staff', 'chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'assign',
    setup: () => w.registered(),
    payload: (itemId) => assignForm(itemId),
    allowed: ['staff', 'chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'takeBack',
    setup: () => w.assigned(),
    payload: (itemId) => ({ itemId, reason: '交办有误' }),
    allowed: ['staff', 'chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'urge',
    setup: () => w.assigned(),
    payload: (itemId) => ({ itemId, note: '请抓紧办理' }),
    allowed: ['staff', 'chair', 'viceChair', 'member'],
  },
  {
    fn: 'presidium',
    command: 'approveExtension',
    setup: extensionRequested,
    payload: (itemId) => ({ itemId }),
    allowed: ['chair', 'viceChair'],
  },
  {
    fn: 'presidium',
    command: 'refuseExtension',
    setup: extensionRequested,
    payload: (itemId) => ({ itemId, reason: '理由不充分' }),
    allowed: ['chair', 'viceChair'],
  },
  {
    fn: 'unit',
    command: 'sign',
    setup: () => w.assigned(),
    payload: (itemId) => ({ itemId }),
    allowed: ['unit', 'unitLeader'],
  },
  {
    fn: 'unit',
    command: 'returnMisassigned',
    setup: () => w.assigned(),
    payload: (itemId) => ({ itemId, reason: '不属本单位职责' }),
    allowed: ['unit', 'unitLeader'],
  },
  {
    fn: 'unit',
    command: 'addProgressNote',
    setup: () => w.signed(),
    payload: (itemId) => ({ itemId, note: '已现场查看', contactType: 'siteVisit' }),
    allowed: ['unit', 'unitLeader', 'coUnit'],
  },
  {
    fn: 'unit',
    command: 'requestExtension',
    setup: () => w.signed(),
    payload: (itemId) => ({ itemId, reason: '需要资金', requestedDueDate: '2026-04-30' }),
    allowed: ['unit', 'unitLeader'],
  },
  {
    fn: 'unit',
    command: 'submitReply',
    setup: () => w.signed(),
    payload: (itemId) => ({ itemId, text: '已更换路灯', outcome: 'resolved' }),
    allowed: ['unit', 'unitLeader'],
  },
];

describe.each(CASES)('$fn.$command', (c) => {
  test(`allowed for ${c.allowed.join(', ')}`, async () => {
    for (const who of c.allowed) {
      const itemId = await c.setup();
      const res = await w.call(c.fn, c.command, c.payload(itemId), who, rid());
      expect([who, codeOf(res)]).toEqual([who, 'OK']);
    }
  }, 60_000);

  test('refused for every other role, leaving the item unchanged', async () => {
    const itemId = await c.setup();
    const before = await w.item(itemId);
    for (const who of ROLES.filter((r) => !c.allowed.includes(r))) {
      const res = await w.call(c.fn, c.command, c.payload(itemId), who, rid());
      expect([who, codeOf(res)]).toEqual([who, 'AUTH.FORBIDDEN']);
    }
    expect(await w.item(itemId)).toEqual(before);
  }, 60_000);
});

describe('reads', () => {
  test('presidium queue and detail: presidium roles only; members see residents masked', async () => {
    const itemId = await w.forwarded();
    for (const who of ['deputy', 'resident', 'unit'] as Who[]) {
      expect(codeOf(await w.call('presidium', 'queue', {}, who))).toBe('AUTH.FORBIDDEN');
      expect(codeOf(await w.call('presidium', 'detail', { itemId }, who))).toBe('AUTH.FORBIDDEN');
    }
    const staffView = ok(await w.call('presidium', 'detail', { itemId }, 'staff'));
    const memberView = ok(await w.call('presidium', 'detail', { itemId }, 'member'));
    expect(staffView.submitter).toMatchObject({ name: '陈大爷', access: 'full' });
    expect(memberView.submitter).toMatchObject({ name: '陈**', access: 'masked' });
    expect(memberView.actions).not.toContain('register');
    expect(staffView.actions).toContain('register');
  });

  test('unit detail: only the units of the assignment; another unit gets OPINION.NOT_FOUND', async () => {
    const itemId = await w.assigned();
    expect(codeOf(await w.call('unit', 'detail', { itemId }, 'unit'))).toBe('OK');
    expect(codeOf(await w.call('unit', 'detail', { itemId }, 'coUnit'))).toBe('OK');
    expect(codeOf(await w.call('unit', 'detail', { itemId }, 'otherUnit'))).toBe('OPINION.NOT_FOUND');
    expect(codeOf(await w.call('unit', 'detail', { itemId }, 'staff'))).toBe('AUTH.FORBIDDEN');
  });

  test('settings: staff and the chair, not presidium members', async () => {
    expect(codeOf(await w.call('presidium', 'getSettings', {}, 'staff'))).toBe('OK');
    expect(codeOf(await w.call('presidium', 'getSettings', {}, 'chair'))).toBe('OK');
    expect(codeOf(await w.call('presidium', 'getSettings', {}, 'member'))).toBe('AUTH.FORBIDDEN');
    expect(codeOf(await w.call('presidium', 'updateSettings', { categories: ['其他'] }, 'member', rid()))).toBe(
      'AUTH.FORBIDDEN',
    );
  });
});
