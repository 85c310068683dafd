// The deadlines timer across the Spring Festival 2026, a plain weekend, and an approved extension: the frozen clock
// moves forward, local-cloud fires the `deadlines` and `notices` timers every 10 minutes in order, and each
// threshold acts at the instant pinned below — and not ten minutes earlier.
//
// Calendar facts used for the working (chinese-days 2026): Spring Festival holidays Sun Feb 15 – Mon Feb 23, make-up
// working days Sat Feb 14 and Sat Feb 28. Policy (core/domain/deadlines): remind at 00:00 of the first of the last
// 2 working days up to and including the due day; 催办 at due (24:00 of the due day); 督办 at the end of the 3rd
// working day after the due day; 通报 at the end of the 5th. Shanghai is UTC+8: 24:00 of day D = D 16:00Z, 00:00 of
// day D = (D−1) 16:00Z. All expected instants are worked out by hand here, not computed by the code under test.
import { callFunction, connectNodeSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
import { ensureBuilt } from '../local-cloud/function-host-build';
import {
  OPENIDS,
  TEMPLATE_IDS,
  insertHandlingItem,
  messages,
  readItem,
  seedTownship,
  timeline,
} from '../app/scheduler-fixture';

type Step = { step: string; at: string; event: string };

beforeAll(() => {
  ensureBuilt({ only: ['deadlines', 'notices', 'unit', 'presidium'] });
});

/** Each row: nothing ten minutes before; at the instant, exactly that event once on the timeline. */
function ladder(getCtx: () => { env: TestEnv; app: NodeSdkApp }, itemId: string, steps: readonly Step[]) {
  describe.each(steps)('$step at $at', ({ at, event }) => {
    test('nothing happens ten minutes earlier, then the sweep at that instant records it once', async () => {
      const { env, app } = getCtx();
      const before = (await timeline(app, itemId)).length;
      await env.advanceTo(Date.parse(at) - 10 * 60_000);
      expect((await timeline(app, itemId)).slice(before)).toEqual([]);
      const start = (await messages(env)).length;
      await env.advanceTo(at);
      const events = (await timeline(app, itemId)).slice(before);
      expect(events.map((e) => [e.event, new Date(e.at).toISOString()])).toEqual([[event, new Date(at).toISOString()]]);
      const sent = (await messages(env)).slice(start).filter((m) => m.templateId === TEMPLATE_IDS.deadlineAlert);
      expect(sent.length).toBeGreaterThan(0);
      expect(new Set(sent.map((m) => m.touser)).size).toBe(sent.length); // each party once
    }, 180_000);
  });
}

describe('Spring Festival 2026: due on the first working day after the holiday', () => {
  let env: TestEnv;
  let app: NodeSdkApp;
  beforeAll(async () => {
    env = await freshEnv({ startAt: '2026-02-13T12:00:00Z', frozen: true });
    app = connectNodeSdk(env);
    await seedTownship(env, app);
    // Due at the end of Tue Feb 24 (24:00 Shanghai = Feb 24 16:00Z).
    await insertHandlingItem(app, { id: 'item-sf', assignedAt: '2026-01-26T02:00:00Z', dueAt: '2026-02-24T16:00:00Z' });
  }, 60_000);

  ladder(() => ({ env, app }), 'item-sf', [
    // Last 2 working days up to due: Tue Feb 24, then back over Feb 23 … Feb 15 (holiday) to Sat Feb 14 (make-up)
    // → 00:00 Sat Feb 14 = Feb 13 16:00Z.
    { step: 'remind', at: '2026-02-13T16:00:00Z', event: 'remind' },
    // At due: 24:00 Tue Feb 24.
    { step: 'due', at: '2026-02-24T16:00:00Z', event: 'urge' },
    // +3 working days: Wed Feb 25, Thu Feb 26, Fri Feb 27 → 24:00 Feb 27.
    { step: 'escalate', at: '2026-02-27T16:00:00Z', event: 'superviseNotice' },
    // +5 working days: Sat Feb 28 (make-up), (Sun Mar 1 off) Mon Mar 2 → 24:00 Mar 2.
    { step: 'circulate', at: '2026-03-02T16:00:00Z', event: 'superviseNotice' },
  ]);

  test('after the ladder: overdue, one urge, four thresholds handled, nothing left to check', async () => {
    const item = await readItem(app, 'item-sf');
    expect(item.overdue).toBe(true);
    expect(item.urgeCount).toBe(1);
    expect(item.handledThresholds).toHaveLength(4);
    expect(item.nextCheckAt).toBeNull();
  });
});

describe('a plain weekend: due on a Monday', () => {
  let env: TestEnv;
  let app: NodeSdkApp;
  beforeAll(async () => {
    env = await freshEnv({ startAt: '2026-06-04T12:00:00Z', frozen: true });
    app = connectNodeSdk(env);
    await seedTownship(env, app);
    // Jun 1 2026 is a Monday (Jan 1 is a Thursday; 151 days later, 151 mod 7 = 4). Due at the end of Mon Jun 8.
    await insertHandlingItem(app, { id: 'item-wk', assignedAt: '2026-05-11T02:00:00Z', dueAt: '2026-06-08T16:00:00Z' });
  }, 60_000);

  ladder(() => ({ env, app }), 'item-wk', [
    // Last 2 working days up to due: Mon Jun 8, (Sun 7, Sat 6 off) Fri Jun 5 → 00:00 Fri Jun 5 = Jun 4 16:00Z.
    { step: 'remind', at: '2026-06-04T16:00:00Z', event: 'remind' },
    // At due: 24:00 Mon Jun 8.
    { step: 'due', at: '2026-06-08T16:00:00Z', event: 'urge' },
    // +3 working days: Tue Jun 9, Wed Jun 10, Thu Jun 11 → 24:00 Jun 11.
    { step: 'escalate', at: '2026-06-11T16:00:00Z', event: 'superviseNotice' },
    // +5 working days: Fri Jun 12, (Sat 13, Sun 14 off) Mon Jun 15 → 24:00 Jun 15.
    { step: 'circulate', at: '2026-06-15T16:00:00Z', event: 'superviseNotice' },
  ]);
});

describe('an approved extension moves the thresholds; the old ones do not fire', () => {
  let env: TestEnv;
  let app: NodeSdkApp;
  const call = async (fn: string, command: string, payload: Record<string, unknown>, openid: string) => {
    const res = (await callFunction(
      env,
      fn,
      { command, payload, requestId: `req-${process.pid}-${command}-${Math.random().toString(36).slice(2, 8)}` },
      { openid },
    )) as {
      ok: boolean;
      error?: unknown;
    };
    expect(res).toMatchObject({ ok: true });
    return res;
  };
  beforeAll(async () => {
    // Tue Jun 9 2026, 10:00 Shanghai.
    env = await freshEnv({ startAt: '2026-06-09T02:00:00Z', frozen: true });
    app = connectNodeSdk(env);
    await seedTownship(env, app);
    // Due at the end of Fri Jun 12; its remind would be 00:00 Thu Jun 11 (= Jun 10 16:00Z), its 催办 24:00 Jun 12.
    await insertHandlingItem(app, {
      id: 'item-ext',
      assignedAt: '2026-05-20T02:00:00Z',
      dueAt: '2026-06-12T16:00:00Z',
    });
  }, 60_000);

  test('the unit asks for Wed Jun 17 and the chair approves: dueAt is 24:00 Jun 17', async () => {
    await call(
      'unit',
      'requestExtension',
      { itemId: 'item-ext', reason: '需要协调县级部门', requestedDueDate: '2026-06-17' },
      OPENIDS.handler,
    );
    await call('presidium', 'approveExtension', { itemId: 'item-ext' }, OPENIDS.chair);
    const item = await readItem(app, 'item-ext');
    expect(new Date(item.assignment!.dueAt).toISOString()).toBe('2026-06-17T16:00:00.000Z');
  }, 60_000);

  test('the old remind (Jun 10 16:00Z) and old due (Jun 12 16:00Z) pass without a deadline event', async () => {
    const before = (await timeline(app, 'item-ext')).length;
    await env.advanceTo('2026-06-12T16:10:00Z');
    const events = (await timeline(app, 'item-ext')).slice(before);
    expect(events.filter((e) => ['remind', 'urge', 'superviseNotice'].includes(e.event))).toEqual([]);
    expect((await readItem(app, 'item-ext')).overdue).toBeFalsy();
  }, 180_000);

  ladder(() => ({ env, app }), 'item-ext', [
    // New due Wed Jun 17: last 2 working days Wed Jun 17, Tue Jun 16 → 00:00 Tue Jun 16 = Jun 15 16:00Z.
    { step: 'remind (new date)', at: '2026-06-15T16:00:00Z', event: 'remind' },
    // At the new due: 24:00 Wed Jun 17.
    { step: 'due (new date)', at: '2026-06-17T16:00:00Z', event: 'urge' },
  ]);
});
