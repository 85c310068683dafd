// Authorization matrix for the resident and deputy functions: every command × resident, other resident, the
// item's deputy, another deputy, presidium staff, unit staff and a visitor, on one resident's submitted item.
// Expected: allowed (OK), refused by role (AUTH.FORBIDDEN), unregistered (AUTH.NOT_REGISTERED), someone else's item
// (OPINION.NOT_FOUND: nobody can probe which ids exist) or the right state error. Refusals write nothing.
import { codeOf, createWorld, ok, opinion, rid, type Who, type World } from './lifecycle-world';

let w: World;
let shared: string;
beforeAll(async () => {
  // Many allowed submissions run here: lift the daily limit (its own test is in resident.test.ts).
  w = await createWorld({ settings: { timeRules: { dailySubmissionLimit: 50 } } });
  shared = ok(await w.call('resident', 'submit', opinion(), 'resident', rid())).itemId;
}, 60_000);

const CALLERS: readonly Who[] = ['resident', 'otherResident', 'deputy', 'otherDeputy', 'staff', 'unit', 'visitor'];
type Row = [
  fn: string,
  command: string,
  payload: (itemId: string) => Record<string, unknown>,
  mutating: boolean,
  expected: Partial<Record<Who, string>>,
];

const ROLE_ONLY = (
  allowedFor: Who[],
  code: string,
  otherCode = 'OPINION.NOT_FOUND',
  other?: Who,
): Partial<Record<Who, string>> => {
  const out: Partial<Record<Who, string>> = {};
  for (const who of CALLERS)
    out[who] = who === 'visitor' ? 'AUTH.NOT_REGISTERED' : allowedFor.includes(who) ? code : 'AUTH.FORBIDDEN';
  if (other) out[other] = otherCode;
  return out;
};

const ROWS: Row[] = [
  ['resident', 'submit', () => opinion(), true, ROLE_ONLY(['resident', 'otherResident'], 'OK')],
  ['resident', 'listMine', () => ({}), false, ROLE_ONLY(['resident', 'otherResident'], 'OK')],
  [
    'resident',
    'detail',
    (itemId) => ({ itemId }),
    false,
    ROLE_ONLY(['resident'], 'OK', 'OPINION.NOT_FOUND', 'otherResident'),
  ],
  [
    'resident',
    'evaluate',
    (itemId) => ({ itemId, rating: 'satisfied' }),
    true,
    ROLE_ONLY(['resident'], 'OPINION.TRANSITION_REFUSED', 'OPINION.NOT_FOUND', 'otherResident'),
  ],
  [
    'resident',
    'withdraw',
    (itemId) => ({ itemId }),
    true,
    ROLE_ONLY(['resident'], 'OK', 'OPINION.NOT_FOUND', 'otherResident'),
  ],
  ['deputy', 'inbox', () => ({ tab: 'new' }), false, ROLE_ONLY(['deputy', 'otherDeputy'], 'OK')],
  ['deputy', 'counts', () => ({}), false, ROLE_ONLY(['deputy', 'otherDeputy'], 'OK')],
  ['deputy', 'myRecord', () => ({}), false, ROLE_ONLY(['deputy', 'otherDeputy'], 'OK')],
  [
    'deputy',
    'detail',
    (itemId) => ({ itemId }),
    false,
    ROLE_ONLY(['deputy'], 'OK', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'answerOnSpot',
    (itemId) => ({ itemId, text: '答复' }),
    true,
    ROLE_ONLY(['deputy'], 'OK', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'referToVillage',
    (itemId) => ({ itemId, unitId: 'u-v1', note: '请处理' }),
    true,
    ROLE_ONLY(['deputy'], 'OK', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'forwardToPresidium',
    (itemId) => ({ itemId, summary: '摘要', deputyView: '意见' }),
    true,
    ROLE_ONLY(['deputy'], 'OK', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'recordVillageResult',
    (itemId) => ({ itemId, result: '结果' }),
    true,
    ROLE_ONLY(['deputy'], 'OPINION.TRANSITION_REFUSED', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'relay',
    (itemId) => ({ itemId, method: 'phone' }),
    true,
    ROLE_ONLY(['deputy'], 'OPINION.TRANSITION_REFUSED', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'rateOnBehalf',
    (itemId) => ({ itemId, rating: 'satisfied' }),
    true,
    ROLE_ONLY(['deputy'], 'OPINION.TRANSITION_REFUSED', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  // A resident's own online item: only whoever entered it may withdraw it, so the deputy is refused by ownership.
  [
    'deputy',
    'withdraw',
    (itemId) => ({ itemId }),
    true,
    ROLE_ONLY(['deputy'], 'AUTH.FORBIDDEN', 'OPINION.NOT_FOUND', 'otherDeputy'),
  ],
  [
    'deputy',
    'enterOnBehalf',
    () => ({ ...opinion(), channel: 'visit', submitterName: '张老汉', villageId: 'v1' }),
    true,
    ROLE_ONLY(['deputy', 'otherDeputy'], 'OK'),
  ],
];

const cases = ROWS.flatMap(([fn, command, payload, mutating, expected]) =>
  CALLERS.map((who) => [`${fn}.${command}`, who, expected[who]!, fn, command, payload, mutating] as const),
);

async function writesNow(): Promise<number[]> {
  return Promise.all([w.count('items', { townshipId: 'tw1' }), w.count('itemEvents', { townshipId: 'tw1' })]);
}

test.each(cases)('%s as %s → %s', async (_name, who, expected, fn, command, payload, mutating) => {
  // An allowed change runs on its own fresh item so the shared one stays `submitted` for every other case.
  const itemId =
    expected === 'OK' && mutating
      ? ok(await w.call('resident', 'submit', opinion(), 'resident', rid())).itemId
      : shared;
  const before = expected === 'OK' ? null : await writesNow();
  const res = await w.call(fn, command, payload(itemId), who, mutating ? rid() : undefined);
  expect(codeOf(res)).toBe(expected);
  if (before) expect(await writesNow()).toEqual(before);
});
