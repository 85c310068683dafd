// The timer's transitions and the early-warning thresholds, through the real functions on local-cloud (issue 4,
// "The deadlines timer function"): a released reply waiting for the deputy (`viaDeputy`) is released to the
// resident automatically after the relay limit, and the resident is told; after the evaluation window an
// unrated item is closed as notRated, and one answered with a plan goes to monitoring; a resident's item the
// deputy leaves untouched comes to the presidium's attention (triage late, then available to pull); a forwarded
// item nobody assigns is flagged to staff and chair (routing late). The clock is frozen and moved with
// env.advanceTo, which fires the `deadlines` and `notices` timers every 10 minutes in order.
//
// Time rules of this township: relayDays 2 (calendar days), evaluationWorkingDays 3; defaults otherwise
// (triage 3 working days, pull 5, routing 5). No holidays in March 2026. Shanghai is UTC+8: 24:00 of day D is
// D 16:00Z. Everything starts at Mon Mar 2 2026, 09:00 Shanghai (01:00Z); all instants worked out by hand:
// - relay: 2 calendar days after Mon Mar 2 → 24:00 Wed Mar 4 = Mar 4 16:00Z;
// - evaluation: from that instant (00:00 Thu Mar 5, so Thu is the start day), 3 working days strictly after:
//   Fri Mar 6, Mon Mar 9, Tue Mar 10 → 24:00 Tue Mar 10 = Mar 10 16:00Z;
// - triage: 3 working days after Mon Mar 2: Tue, Wed, Thu → 24:00 Thu Mar 5 = Mar 5 16:00Z;
// - pull: 5 working days: … Fri Mar 6, Mon Mar 9 → 24:00 Mon Mar 9 = Mar 9 16:00Z;
// - routing (from the forward, Mon Mar 2): 5 working days → 24:00 Mon Mar 9 = Mar 9 16:00Z.
import { createWorld, ok, opinion, rid, type Who, type World } from './lifecycle-world';

let w: World;
const ids: Record<'relayed' | 'planned' | 'untriaged' | 'unrouted', string> = {
  relayed: '',
  planned: '',
  untriaged: '',
  unrouted: '',
};
type Key = keyof typeof ids;
type Party = 'resident' | 'otherResident' | 'deputy' | 'staff' | 'chair' | 'unit';
const PARTIES: readonly Party[] = ['resident', 'otherResident', 'deputy', 'staff', 'chair', 'unit'];
const seenNotices = new Map<Party, Set<string>>(PARTIES.map((p) => [p, new Set<string>()]));

async function act(fn: string, command: string, who: Who, payload: Record<string, unknown>) {
  return ok(await w.call(fn, command, payload, who, rid()));
}

/** Submitted by `who`, forwarded by the deputy, registered, assigned, signed, answered, released → `replied`. */
async function releasedReply(title: string, outcome: 'resolved' | 'planned'): Promise<string> {
  const { itemId } = await act('resident', 'submit', 'resident', opinion({ title }));
  await act('deputy', 'forwardToPresidium', 'deputy', { itemId, summary: title, deputyView: '情况属实' });
  await act('presidium', 'register', 'staff', { itemId, isKey: false });
  await act('presidium', 'assign', 'staff', {
    itemId,
    leadUnitId: 'u-office',
    leaderInCharge: '周副镇长',
    responsiblePerson: '钱主任',
    contact: '钱主任 13600005555',
  });
  await act('unit', 'sign', 'unit', { itemId });
  const text = outcome === 'planned' ? '已列入明年道路维修计划。' : '已修复。';
  const plan =
    outcome === 'planned'
      ? {
          plan: '明年春季翻修村道',
          milestones: [{ stage: '施工', expectedDate: '2027-04-30' }],
          expectedDate: '2027-04-30',
        }
      : {};
  await act('unit', 'submitReply', 'unit', { itemId, text, outcome, ...plan });
  await act('presidium', 'releaseReply', 'staff', { itemId });
  return itemId;
}

async function item(id: string) {
  const res = await w.db.collection('items').doc(id).get();
  return (res.data as Record<string, unknown>[])[0]!;
}

async function timeline(id: string): Promise<{ event: string; at: string }[]> {
  const res = await w.db.collection('itemEvents').where({ itemId: id }).orderBy('seq', 'asc').limit(100).get();
  return (res.data as { event: string; at: unknown }[]).map((e) => ({
    event: e.event,
    at: new Date(e.at as string).toISOString(),
  }));
}

/** New inbox notices per party since the last call, as sorted `kind:itemKey`, the morning digest left out. */
async function newNotices(): Promise<Record<Party, string[]>> {
  const keyOf = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
  const out = {} as Record<Party, string[]>;
  for (const party of PARTIES) {
    const list = ok(await w.call('account', 'listNotices', { limit: 50 }, party));
    const seen = seenNotices.get(party)!;
    const fresh = (list.notices as { id: string; kind: string; itemId: string | null }[]).filter(
      (n) => !seen.has(n.id),
    );
    for (const n of fresh) seen.add(n.id);
    out[party] = fresh
      .filter((n) => n.kind !== 'dailyDigest')
      .map((n) => `${n.kind}:${keyOf.get(n.itemId ?? '') ?? n.itemId}`)
      .sort();
  }
  return out;
}

beforeAll(async () => {
  w = await createWorld({
    settings: { relayMode: 'viaDeputy', timeRules: { relayDays: 2, evaluationWorkingDays: 3 } },
  });
  ids.relayed = await releasedReply('村口路灯不亮', 'resolved');
  ids.planned = await releasedReply('村道路面破损', 'planned');
  ids.untriaged = (await act('resident', 'submit', 'otherResident', opinion({ title: '河道垃圾无人清理' }))).itemId;
  ids.unrouted = (await act('resident', 'submit', 'otherResident', opinion({ title: '小学门口缺少斑马线' }))).itemId;
  await act('deputy', 'forwardToPresidium', 'deputy', {
    itemId: ids.unrouted,
    summary: '小学门口缺少斑马线',
    deputyView: '建议尽快施划',
  });
  await newNotices(); // what the set-up itself owed is the lifecycle test's subject, not this one's
}, 120_000);

interface Row {
  at: string;
  /** Per item acted on at this instant: the timeline event and the status after it. */
  acts: Partial<Record<Key, { event: string; status: string }>>;
  told: Partial<Record<Party, string[]>>;
}

const ROWS: readonly Row[] = [
  {
    // Relay limit: both released replies go to their resident, who is told; the deputy hears it was done for them.
    at: '2026-03-04T16:00:00Z',
    acts: {
      relayed: { event: 'relayTimeout', status: 'awaitingEvaluation' },
      planned: { event: 'relayTimeout', status: 'awaitingEvaluation' },
    },
    told: {
      resident: ['replyAvailable:planned', 'replyAvailable:relayed'],
      deputy: ['deadlineAlert:planned', 'deadlineAlert:relayed'],
    },
  },
  {
    // Triage late: the presidium's attention (staff), and a nudge to the deputy; the item stays with the deputy.
    at: '2026-03-05T16:00:00Z',
    acts: { untriaged: { event: 'remind', status: 'submitted' } },
    told: { staff: ['deadlineAlert:untriaged'], deputy: ['deadlineAlert:untriaged'] },
  },
  {
    // Pull available (staff) and routing late (staff and chair) at the same instant.
    at: '2026-03-09T16:00:00Z',
    acts: {
      untriaged: { event: 'remind', status: 'submitted' },
      unrouted: { event: 'remind', status: 'forwarded' },
    },
    told: {
      staff: ['deadlineAlert:unrouted', 'deadlineAlert:untriaged'],
      chair: ['deadlineAlert:unrouted'],
    },
  },
  {
    // Evaluation window over: not rated → closed as notRated, and the resident is told it is closed; answered
    // with a plan → monitoring, which closes nothing and tells nobody.
    at: '2026-03-10T16:00:00Z',
    acts: {
      relayed: { event: 'evaluationTimeout', status: 'closed' },
      planned: { event: 'evaluationTimeout', status: 'monitoring' },
    },
    told: { resident: ['itemClosed:relayed'] },
  },
];

describe.each(ROWS)('at $at', (row) => {
  test('nothing ten minutes earlier; at the instant each item records its event once and each party is told', async () => {
    const before = new Map<Key, number>();
    for (const key of Object.keys(ids) as Key[]) before.set(key, (await timeline(ids[key])).length);
    await w.env.advanceTo(Date.parse(row.at) - 10 * 60_000);
    for (const key of Object.keys(ids) as Key[]) {
      expect({ key, events: (await timeline(ids[key])).slice(before.get(key)) }).toEqual({ key, events: [] });
    }
    expect(await newNotices()).toEqual(Object.fromEntries(PARTIES.map((p) => [p, []])));

    await w.env.advanceTo(row.at);
    for (const key of Object.keys(ids) as Key[]) {
      const expected = row.acts[key];
      const events = (await timeline(ids[key])).slice(before.get(key));
      expect({ key, events }).toEqual({
        key,
        events: expected ? [{ event: expected.event, at: new Date(row.at).toISOString() }] : [],
      });
      if (expected) expect({ key, status: (await item(ids[key])).status }).toEqual({ key, status: expected.status });
    }
    expect(await newNotices()).toEqual(Object.fromEntries(PARTIES.map((p) => [p, row.told[p] ?? []])));
  }, 180_000);
});

test('the timed-out evaluation is recorded as notRated by the system, never as satisfied', async () => {
  for (const key of ['relayed', 'planned'] as const) {
    const stored = await item(ids[key]);
    expect({ key, evaluation: stored.evaluation }).toMatchObject({
      key,
      evaluation: { rating: 'notRated', ratedBy: 'system', round: 0 },
    });
  }
  // The resident sees the answer and the closing on their own page; that the deputy missed the relay is not shown
  // to them (relayTimeout is not visible to residents), the release is.
  const detail = ok(await w.call('resident', 'detail', { itemId: ids.relayed }, 'resident'));
  expect(detail.status).toBe('closed');
  expect(detail.reply).toMatchObject({ text: '已修复。', outcome: 'resolved' });
  expect(detail.timeline.map((e: { event: string }) => e.event).slice(-2)).toEqual([
    'releaseReply',
    'evaluationTimeout',
  ]);
  // Nothing left to check on either finished item; the untouched ones wait for their next limits or none.
  expect((await item(ids.relayed)).nextCheckAt).toBeNull();
  expect((await item(ids.untriaged)).handledThresholds).toEqual([
    'triageLate@2026-03-05T16:00:00.000Z',
    'pullAvailable@2026-03-09T16:00:00.000Z',
  ]);
  expect((await item(ids.unrouted)).handledThresholds).toEqual(['routingLate@2026-03-09T16:00:00.000Z']);
}, 60_000);

test('the staff notice of a late triage says what happened and opens the item in the presidium package', async () => {
  const list = ok(await w.call('account', 'listNotices', { limit: 50 }, 'staff'));
  const triage = (list.notices as { kind: string; itemId: string; text: string; page: string; createdAt: string }[])
    .filter((n) => n.itemId === ids.untriaged)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  expect(triage.map((n) => [n.text, n.createdAt])).toEqual([
    ['群众反映的意见超过时限未处理', '2026-03-05T16:00:00.000Z'],
    ['代表逾期未处理的意见可由主席团提取', '2026-03-09T16:00:00.000Z'],
  ]);
  expect(triage[0]!.page).toBe(`packages/presidium/pages/item/index?id=${ids.untriaged}`);
}, 60_000);
