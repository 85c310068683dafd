// Sweep idempotency and notice delivery through the real CloudBase adapters (wx-server-sdk against local-cloud):
// two sweeps at one instant, a sweep retried after a crash between commit and delivery, subscription credits
// (one used per send, 43101 zeroes them, none → nothing goes to WeChat), the inbox getting every notice, and
// retries with back-off until a row is dead and listed for staff.
import { connectNodeSdk, connectWxServerSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
import { createNoticePorts, createSchedulerPorts } from '../../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../../core/adapters/cloudbase/sdk';
import { runSweep } from '../../core/app/scheduler/sweep';
import { dispatchDue, dispatchRows } from '../../core/app/notices/dispatch';
import type { NoticePorts } from '../../core/app/notices/ports';
import type { SchedulerPorts } from '../../core/app/scheduler/ports';
import type { Transactor } from '../../core/ports/transactor';
import {
  OPENIDS,
  TEMPLATE_IDS,
  grantCredits,
  insertHandlingItem,
  messages,
  readItem,
  seedTownship,
  timeline,
  T,
} from './scheduler-fixture';

let env: TestEnv;
let app: NodeSdkApp;
let scheduler: SchedulerPorts;
let notices: NoticePorts;
const quiet = { info: () => undefined, error: () => undefined };

// Due at the end of Fri Mar 6 2026; the due threshold is 2026-03-06T16:00Z.
const DUE = '2026-03-06T16:00:00Z';
const AT_DUE = new Date(DUE);

beforeAll(async () => {
  env = await freshEnv({ startAt: '2026-03-06T16:00:00Z', frozen: true });
  app = connectNodeSdk(env);
  const cloud = connectWxServerSdk(env) as unknown as WxCloud;
  scheduler = createSchedulerPorts(cloud, quiet);
  notices = createNoticePorts(cloud, quiet);
  await seedTownship(env, app, { credits: 0 });
}, 60_000);

async function outbox(itemId: string) {
  const res = await app.database().collection('outbox').where({ itemId }).limit(50).get();
  return res.data as {
    _id: string;
    status: string;
    attempts: number;
    nextAttemptAt: Date;
    audience: string;
    deliveries?: Record<string, string>;
  }[];
}

async function credits(openid: string, key: keyof typeof TEMPLATE_IDS): Promise<number> {
  const res = await app
    .database()
    .collection('subscriptionCredits')
    .where({ _id: `${openid}-${key}` })
    .get();
  return (res.data[0] as { credits?: number } | undefined)?.credits ?? 0;
}

async function inbox(openid: string) {
  const res = await app.database().collection('notices').where({ openid }).limit(100).get();
  return res.data as { _id: string; kind: string; itemId: string; readAt: Date | null }[];
}

describe('the sweep claims, acts and records once', () => {
  test('two sweeps at the same instant: the second finds nothing and writes nothing', async () => {
    await insertHandlingItem(app, { id: 'twice', assignedAt: '2026-02-02T02:00:00Z', dueAt: DUE });
    // The reminder (Mar 5) passed unseen: it is recorded as superseded by the due, not sent late.
    const first = await runSweep(scheduler, { now: AT_DUE });
    const second = await runSweep(scheduler, { now: AT_DUE });
    expect(first.thresholdsActed).toBe(1);
    expect(second).toMatchObject({ itemsSeen: 0, thresholdsActed: 0, outboxIds: [] });
    expect((await timeline(app, 'twice')).map((e) => e.event)).toEqual(['urge']);
    const item = await readItem(app, 'twice');
    expect(item).toMatchObject({ overdue: true, urgeCount: 1, version: 6 });
    expect(item.handledThresholds).toEqual(['remind@2026-03-04T16:00:00.000Z', 'due@2026-03-06T16:00:00.000Z']);
  });

  test('a sweep that crashed after its commit, retried, acts on nothing twice and its notices go out once', async () => {
    await insertHandlingItem(app, { id: 'crash', assignedAt: '2026-02-02T02:00:00Z', dueAt: DUE });
    await grantCredits(env, app, OPENIDS.member, 'deadlineAlert', 1);
    let crashed = false;
    const crashing: Transactor = {
      async run(key, work) {
        const result = await scheduler.transactor.run(key, work);
        if (!crashed) {
          crashed = true;
          throw new Error('instance killed after commit');
        }
        return result;
      },
    };
    const first = await runSweep({ ...scheduler, transactor: crashing }, { now: AT_DUE });
    expect(first.failed).toBe(1);
    const retry = await runSweep(scheduler, { now: AT_DUE });
    expect(retry.thresholdsActed).toBe(0);
    expect((await timeline(app, 'crash')).map((e) => e.event)).toEqual(['urge']);

    const before = (await messages(env)).length;
    await dispatchDue(notices, { now: AT_DUE });
    await dispatchDue(notices, { now: AT_DUE });
    const sent = (await messages(env)).slice(before).filter((m) => m.page?.includes('id=crash'));
    expect(sent.map((m) => m.touser)).toEqual([OPENIDS.member]);
    expect(sent[0]!.fields).toEqual({
      thing1: '村口道路坑洼需要修补',
      phrase2: '已逾期',
      date3: '2026年3月6日',
      thing4: '已到办理期限，系统催办',
    });
  });
});

describe('credits and the inbox', () => {
  test('no credit: nothing goes to WeChat, the inbox still has the notice, the row is inbox-only', async () => {
    await insertHandlingItem(app, { id: 'nocredit', assignedAt: '2026-02-02T02:00:00Z', dueAt: DUE });
    const sweep = await runSweep(scheduler, { now: AT_DUE });
    const before = (await messages(env)).length;
    await dispatchRows(notices, await notices.store.outboxByIds(sweep.outboxIds), { now: AT_DUE });
    expect((await messages(env)).slice(before)).toEqual([]);
    expect((await inbox(OPENIDS.handler)).filter((n) => n.itemId === 'nocredit').map((n) => n.kind)).toEqual(['urged']);
    expect((await outbox('nocredit')).map((r) => r.status)).toEqual(['inboxOnly', 'inboxOnly']);
  });

  test('a send uses one credit; 43101 (the platform has none left) sets our count to zero', async () => {
    await insertHandlingItem(app, { id: 'credits', assignedAt: '2026-02-02T02:00:00Z', dueAt: DUE });
    await grantCredits(env, app, OPENIDS.handler, 'deadlineAlert', 3);
    await grantCredits(env, app, OPENIDS.leader, 'deadlineAlert', 0, 4); // we think 4, WeChat says none
    const sweep = await runSweep(scheduler, { now: AT_DUE });
    await dispatchRows(notices, await notices.store.outboxByIds(sweep.outboxIds), { now: AT_DUE });
    expect(await credits(OPENIDS.handler, 'deadlineAlert')).toBe(2);
    expect(await credits(OPENIDS.leader, 'deadlineAlert')).toBe(0);
    const unitRow = (await outbox('credits')).find((r) => r.audience === 'leadUnit')!;
    expect(unitRow).toMatchObject({
      status: 'sent',
      deliveries: { [OPENIDS.handler]: 'sent', [OPENIDS.leader]: 'noCredit' },
    });
  });
});

describe('retries', () => {
  test('a failing send is retried with back-off and, after noticeMaxAttempts (5), the row is dead and listed', async () => {
    await insertHandlingItem(app, { id: 'flaky', assignedAt: '2026-02-02T02:00:00Z', dueAt: DUE });
    await grantCredits(env, app, OPENIDS.handler, 'deadlineAlert', 10);
    await grantCredits(env, app, OPENIDS.leader, 'deadlineAlert', 10);
    await grantCredits(env, app, OPENIDS.member, 'deadlineAlert', 10);
    const busy: NoticePorts = {
      ...notices,
      sender: { send: async () => ({ ok: false, errCode: -1, errMsg: 'system busy' }) },
    };
    await runSweep(scheduler, { now: AT_DUE });
    const row = () => outbox('flaky').then((rows) => rows.find((r) => r.audience === 'leadUnit')!);

    let now = AT_DUE;
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 5; attempt++) {
      await dispatchDue(busy, { now });
      const r = await row();
      expect(r.attempts).toBe(attempt);
      if (r.status === 'dead') break;
      waits.push((new Date(r.nextAttemptAt).getTime() - now.getTime()) / 60_000);
      // Not due again before its next attempt.
      await dispatchDue(busy, { now: new Date(new Date(r.nextAttemptAt).getTime() - 1) });
      expect((await row()).attempts).toBe(attempt);
      now = new Date(r.nextAttemptAt);
    }
    expect(waits).toEqual([1, 5, 30, 120]);
    expect((await row()).status).toBe('dead');
    const dead = await notices.store.deadRows(T, { limit: 10 });
    expect(dead.rows.map((r) => r._id)).toContain((await row())._id);
  });
});
