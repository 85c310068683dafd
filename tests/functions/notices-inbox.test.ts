// The in-app inbox through the `account` function, fed by the `deadlines` timer: every notice lands there
// whether or not WeChat delivered it (here nobody has a credit); list, unread count, mark read; staff mute
// non-urgent kinds but not urgent ones; dead notices are listed for presidium staff.
import { callFunction, connectNodeSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
import { ensureBuilt } from '../local-cloud/function-host-build';
import { OPENIDS, insertHandlingItem, messages, seedTownship } from '../app/scheduler-fixture';

let env: TestEnv;
let app: NodeSdkApp;

// Answers are read field by field in assertions; typing each shape here would only restate the contracts.
const account = (openid: string, command: string, payload: unknown = {}) =>
  callFunction(env, 'account', { command, payload }, { openid }) as Promise<{
    ok: boolean;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    data?: any;
    error?: { code: string };
  }>;

beforeAll(async () => {
  ensureBuilt({ only: ['deadlines', 'notices', 'account', 'presidium'] });
  env = await freshEnv({ startAt: '2026-03-06T15:00:00Z', frozen: true });
  app = connectNodeSdk(env);
  await seedTownship(env, app, { credits: 0 });
  await insertHandlingItem(app, {
    id: 'inbox-item',
    assignedAt: '2026-02-02T02:00:00Z',
    dueAt: '2026-03-06T16:00:00Z',
  });
  await env.advanceTo('2026-03-06T16:00:00Z');
}, 60_000);

test('without credits nothing reaches WeChat, yet the unit handler finds the late reminder and the 催办 in the inbox, newest first', async () => {
  expect((await messages(env)).filter((m) => m.page?.includes('inbox-item'))).toEqual([]);
  const list = await account(OPENIDS.handler, 'listNotices');
  expect(list.ok).toBe(true);
  expect(list.data.notices).toEqual([
    expect.objectContaining({
      kind: 'urged',
      itemId: 'inbox-item',
      title: '村口道路坑洼需要修补',
      page: 'packages/unit/pages/item/index?id=inbox-item',
      urgent: true,
      read: false,
      createdAt: '2026-03-06T16:00:00.000Z',
    }),
    // The reminder instant (Mar 5 00:00) had passed when the item appeared, but its due had not: sent at once.
    expect.objectContaining({
      kind: 'deadlineAlert',
      text: '事项即将到办理期限，请抓紧办理',
      urgent: false,
      createdAt: '2026-03-06T15:10:00.000Z',
    }),
  ]);
  expect((await account(OPENIDS.handler, 'unreadNoticeCount')).data).toEqual({ count: 2 });
});

test('marking read is per person and idempotent', async () => {
  const [notice] = (await account(OPENIDS.handler, 'listNotices')).data.notices;
  expect((await account(OPENIDS.leader, 'markNoticesRead', { ids: [notice.id] })).data).toEqual({ marked: 0 });
  expect((await account(OPENIDS.handler, 'markNoticesRead', { ids: [notice.id] })).data).toEqual({ marked: 1 });
  expect((await account(OPENIDS.handler, 'unreadNoticeCount')).data).toEqual({ count: 1 });
  expect((await account(OPENIDS.handler, 'markNoticesRead', { all: true })).data).toEqual({ marked: 1 });
  expect((await account(OPENIDS.handler, 'markNoticesRead', { all: true })).data).toEqual({ marked: 0 });
  expect((await account(OPENIDS.handler, 'unreadNoticeCount')).data).toEqual({ count: 0 });
});

test('staff mute non-urgent kinds only', async () => {
  expect((await account(OPENIDS.staff, 'setNoticePreferences', { mutedKinds: ['replyToReview'] })).data).toEqual({
    mutedKinds: ['replyToReview'],
  });
  expect((await account(OPENIDS.staff, 'setNoticePreferences', { mutedKinds: ['urged'] })).error?.code).toBe(
    'VALIDATION.INVALID',
  );
  expect((await account(OPENIDS.staff, 'noticePreferences')).data.mutedKinds).toEqual(['replyToReview']);
});

test('presidium staff can list dead notices (none yet)', async () => {
  const res = (await callFunction(
    env,
    'presidium',
    { command: 'listDeadNotices', payload: {} },
    { openid: OPENIDS.staff },
  )) as { ok: boolean; data: unknown };
  expect(res).toEqual({ ok: true, data: { rows: [] } });
});
