// Instant delivery after commit (issue 4 "Notices"): a resident's submit reaches the deputy at once — in the inbox
// always, and as a subscription message when the deputy holds credits on both sides (the platform's, granted
// through POST /_dev/subscriptions, and ours, recorded by account.recordSubscriptions) — with the clock frozen, so
// no timer can be what delivered it.
import { ensureBuilt } from '../local-cloud/function-host-build';
import { OPENID, createWorld, ok, opinion, rid, type World } from './lifecycle-world';

const TPL_TASK = 'TPL-TASK';
let w: World;

async function sentMessages(): Promise<{ touser: string; templateId: string; page?: string }[]> {
  const res = await fetch(`${w.env.url}/_dev/messages?env=${encodeURIComponent(w.env.name)}`);
  return ((await res.json()) as { messages: { touser: string; templateId: string; page?: string }[] }).messages;
}

async function grantPlatformCredit(openid: string, templateId: string, count: number): Promise<void> {
  const res = await fetch(`${w.env.url}/_dev/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ env: w.env.name, openid, templateId, count }),
  });
  expect(res.ok).toBe(true);
}

beforeAll(async () => {
  ensureBuilt({ only: ['resident', 'account'] });
  w = await createWorld({
    settings: {
      noticeTemplates: {
        itemProgress: { templateId: 'TPL-PROGRESS' },
        newTask: { templateId: TPL_TASK },
        deadlineAlert: { templateId: 'TPL-DEADLINE' },
        dailyDigest: { templateId: 'TPL-DIGEST' },
      },
    },
  });
}, 60_000);

test('without credits: the submit lands in the deputy inbox at once, nothing goes to WeChat', async () => {
  const before = await w.env.now();
  const { itemId } = ok(await w.call('resident', 'submit', opinion({ title: '路灯不亮一' }), 'resident', rid()));
  const list = ok(await w.call('account', 'listNotices', {}, 'deputy'));
  expect(list.notices).toEqual([expect.objectContaining({ itemId, read: false })]);
  expect(ok(await w.call('account', 'unreadNoticeCount', {}, 'deputy'))).toEqual({ count: 1 });
  expect((await sentMessages()).filter((m) => m.touser === OPENID.deputy)).toEqual([]);
  expect(await w.env.now()).toBe(before); // frozen: no timer ran
}, 60_000);

test('with credits on both sides: the same instant sends one subscription message to the deputy', async () => {
  await grantPlatformCredit(OPENID.deputy, TPL_TASK, 1);
  ok(await w.call('account', 'recordSubscriptions', { templateKeys: ['newTask'] }, 'deputy', rid()));
  const before = await w.env.now();
  const { itemId } = ok(await w.call('resident', 'submit', opinion({ title: '路灯不亮二' }), 'resident', rid()));
  const sent = (await sentMessages()).filter((m) => m.touser === OPENID.deputy);
  expect(sent).toEqual([expect.objectContaining({ templateId: TPL_TASK, page: expect.stringContaining(itemId) })]);
  const list = ok(await w.call('account', 'listNotices', {}, 'deputy'));
  expect(list.notices.map((n: { itemId: string }) => n.itemId)).toContain(itemId);
  expect(await w.env.now()).toBe(before);
}, 60_000);
