// The daily digest for presidium staff (issue 4): new items, handling due soon, overdue, waiting for their review.
// The `deadlines` timer writes it once per township per Shanghai day, at the first run from 08:00 Shanghai; later
// runs that day (and a direct re-run) write nothing more. Time moves on a frozen clock with env.advanceTo, which
// fires the `deadlines` and `notices` timers every 10 minutes in order.
//
// Fixture (township twp-qinghe), the clock starting at Tue Mar 10 2026, 07:00 Shanghai (Mar 9 23:00Z); no
// holidays in March 2026; Shanghai is UTC+8, so 24:00 of day D is D 16:00Z. Worked out by hand:
// - the digest at 08:00 Tue Mar 10 = Mar 10 00:00Z counts new = submitted since Mar 9 00:00Z (24 h), due soon =
//   in handling with a due in (now, end of the 2nd working day after Tue] = (…, end of Thu Mar 12 = Mar 12 16:00Z],
//   overdue = flagged and open, awaiting review = forwarded, registered, replyReview or reHandleReview:
//   | item        | status      | submitted        | due            | new | soon | overdue | review |
//   | d-new       | submitted   | Mar 9 02:00Z     | –              | ✓   |      |         |        |
//   | d-forwarded | forwarded   | Mar 9 04:00Z     | –              | ✓   |      |         | ✓      |
//   | d-review    | replyReview | Feb 20           | –              |     |      |         | ✓      |
//   | d-soon      | inProgress  | Feb              | Wed Mar 11 end |     | ✓    |         |        |
//   | d-later     | inProgress  | Feb              | Fri Mar 13 end |     | (Mar 11: ✓) |  |        |
//   | d-late      | inProgress  | Feb              | Fri Mar 6 end  |     |      | ✓ (the sweep's 催办 at 23:10Z) | |
//   → 新2 将到期1 逾期1 待审2.
// - the next digest, 08:00 Wed Mar 11 = Mar 11 00:00Z: nothing new in 24 h; due soon until end of Fri Mar 13
//   (Thu, Fri) takes d-soon and d-later → 新0 将到期2 逾期1 待审2.
// A second township (twp-other, one new item, nobody bound) gets its own digest with its own counts.
import { connectNodeSdk, connectWxServerSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
import { ensureBuilt } from '../local-cloud/function-host-build';
import { createSchedulerPorts } from '../../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../../core/adapters/cloudbase/sdk';
import { runDailyDigest } from '../../core/app/scheduler/daily-digest';
import { OPENIDS, T, TEMPLATE_IDS, insertHandlingItem, messages, seedTownship } from '../app/scheduler-fixture';

const OTHER = 'twp-other';
let env: TestEnv;
let app: NodeSdkApp;

async function insertPlain(id: string, townshipId: string, status: string, submittedAt: string) {
  const at = new Date(submittedAt);
  await app
    .database()
    .collection('items')
    .doc(id)
    .set({
      townshipId,
      kind: 'opinion',
      status,
      title: `事项${id}`,
      submittedAt: at,
      statusSince: at,
      updatedAt: at,
      overdue: false,
      nextCheckAt: null,
      version: 1,
    });
}

/** The digest rows of both townships for these Shanghai dates (read by id: the outbox id is the digest key). */
async function digestRows(
  ...dates: string[]
): Promise<{ _id: string; townshipId: string; fields: Record<string, string> }[]> {
  const out = [];
  for (const date of dates) {
    for (const township of [OTHER, T]) {
      const res = await app.database().collection('outbox').doc(`digest-${township}-${date}`).get();
      out.push(...(res.data as { _id: string; townshipId: string; fields: Record<string, string> }[]));
    }
  }
  return out;
}

/** Inbox digests per person, for everyone bound in the fixture. */
async function inboxDigests(): Promise<{ openid: string; title: string; text: string }[]> {
  const out = [];
  for (const openid of Object.values(OPENIDS)) {
    const res = await app.database().collection('notices').where({ openid }).limit(100).get();
    out.push(...(res.data as { openid: string; kind: string; title: string; text: string }[]));
  }
  return out.filter((n) => n.kind === 'dailyDigest').map(({ openid, title, text }) => ({ openid, title, text }));
}

const digestMessages = async () => (await messages(env)).filter((m) => m.templateId === TEMPLATE_IDS.dailyDigest);

function counts(fields: Record<string, string>) {
  const { newItems, dueSoon, overdue, awaitingReview, note } = fields;
  return { newItems, dueSoon, overdue, awaitingReview, note };
}

beforeAll(async () => {
  ensureBuilt({ only: ['deadlines', 'notices', 'account'] });
  env = await freshEnv({ startAt: '2026-03-09T23:00:00Z', frozen: true });
  app = connectNodeSdk(env);
  await seedTownship(env, app);
  await app
    .database()
    .collection('townships')
    .doc(OTHER)
    .set({ townshipId: OTHER, name: '东岭镇', term: '第十八届', createdAt: new Date('2026-01-01T00:00:00Z') });
  await insertPlain('d-new', T, 'submitted', '2026-03-09T02:00:00Z');
  await insertPlain('d-forwarded', T, 'forwarded', '2026-03-09T04:00:00Z');
  await insertPlain('d-review', T, 'replyReview', '2026-02-20T02:00:00Z');
  await insertHandlingItem(app, { id: 'd-soon', assignedAt: '2026-02-16T02:00:00Z', dueAt: '2026-03-11T16:00:00Z' });
  await insertHandlingItem(app, { id: 'd-later', assignedAt: '2026-02-16T02:00:00Z', dueAt: '2026-03-13T16:00:00Z' });
  await insertHandlingItem(app, { id: 'd-late', assignedAt: '2026-02-06T02:00:00Z', dueAt: '2026-03-06T16:00:00Z' });
  await insertPlain('o-new', OTHER, 'submitted', '2026-03-09T20:00:00Z');
}, 60_000);

test('nothing before 08:00 Shanghai (runs up to 07:50 write no digest)', async () => {
  await env.advanceTo('2026-03-09T23:50:00Z');
  expect(await digestRows('2026-03-09', '2026-03-10')).toEqual([]);
  expect(await digestMessages()).toEqual([]);
}, 120_000);

test('at 08:00 one digest per township, with the counts of the table; staff get one message and one inbox notice', async () => {
  await env.advanceTo('2026-03-10T00:00:00Z');
  const rows = await digestRows('2026-03-10');
  expect(rows.map((r) => [r._id, r.townshipId, counts(r.fields)])).toEqual([
    [
      `digest-${OTHER}-2026-03-10`,
      OTHER,
      { newItems: '1', dueSoon: '0', overdue: '0', awaitingReview: '0', note: '新1 将到期0 逾期0 待审0' },
    ],
    [
      `digest-${T}-2026-03-10`,
      T,
      { newItems: '2', dueSoon: '1', overdue: '1', awaitingReview: '2', note: '新2 将到期1 逾期1 待审2' },
    ],
  ]);
  expect(await digestMessages()).toEqual([
    expect.objectContaining({
      touser: OPENIDS.staff,
      page: 'packages/presidium/pages/home/index',
      fields: { thing1: '今日待办汇总', thing2: '新2 将到期1 逾期1 待审2', time3: '2026年3月10日 08:00' },
    }),
  ]);
  // Only presidium staff receive it: the chair, the member, the deputy and the unit get no digest.
  expect((await inboxDigests()).map((n) => n.openid)).toEqual([OPENIDS.staff]);
}, 120_000);

test('later runs that day, and a direct re-run, write nothing more and send nothing more', async () => {
  await env.advanceTo('2026-03-10T09:50:00Z'); // 17:50 Shanghai: 59 more runs
  expect((await digestRows('2026-03-10')).map((r) => r._id)).toEqual([
    `digest-${OTHER}-2026-03-10`,
    `digest-${T}-2026-03-10`,
  ]);
  expect(await digestMessages()).toHaveLength(1);
  const scheduler = createSchedulerPorts(connectWxServerSdk(env) as unknown as WxCloud, {
    info: () => undefined,
    error: () => undefined,
  });
  expect(await runDailyDigest(scheduler, new Date('2026-03-10T00:00:00Z'))).toEqual([]);
  expect(await runDailyDigest(scheduler, new Date('2026-03-10T15:59:59Z'))).toEqual([]);
  expect(await digestMessages()).toHaveLength(1);
}, 120_000);

test('the inbox copy carries the figures, so staff without a credit still read them', async () => {
  expect((await inboxDigests()).map((n) => [n.title, n.text])).toEqual([['今日待办汇总', '新2 将到期1 逾期1 待审2']]);
});

test('the next day at 08:00: a new digest with that day’s counts, once', async () => {
  await env.advanceTo('2026-03-10T23:50:00Z');
  expect(await digestMessages()).toHaveLength(1);
  await env.advanceTo('2026-03-11T01:00:00Z');
  const rows = await digestRows('2026-03-11');
  expect(rows.map((r) => [r._id, counts(r.fields).note])).toEqual([
    [`digest-${OTHER}-2026-03-11`, '新0 将到期0 逾期0 待审0'],
    [`digest-${T}-2026-03-11`, '新0 将到期2 逾期1 待审2'],
  ]);
  const sent = await digestMessages();
  expect(sent).toHaveLength(2);
  expect(sent[1]!.fields).toEqual({
    thing1: '今日待办汇总',
    thing2: '新0 将到期2 逾期1 待审2',
    time3: '2026年3月11日 08:00',
  });
}, 120_000);
