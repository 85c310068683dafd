// The deadlines timer across National Day 2026 (Oct 1–7 off, make-up working days Sun Sep 20 and Sat Oct 10):
// moving the frozen clock fires the `deadlines` (and `notices`) timers every 10 minutes, in order, and each
// threshold acts at its pinned instant — reminder before due, 催办 at due with the overdue flag, 督办 to the
// chair, 通报 — each one a timeline event and a subscription message to the right person, exactly once.
import { connectNodeSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
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

let env: TestEnv;
let app: NodeSdkApp;

beforeAll(async () => {
  ensureBuilt({ only: ['deadlines', 'notices'] });
  env = await freshEnv({ startAt: '2026-09-29T15:00:00Z', frozen: true });
  app = connectNodeSdk(env);
  await seedTownship(env, app);
  // Due at the end of Thu Oct 8 (24:00 Shanghai = Oct 8 16:00Z), the first working day after the holiday.
  await insertHandlingItem(app, { id: 'item-nd', assignedAt: '2026-09-08T02:00:00Z', dueAt: '2026-10-08T16:00:00Z' });
}, 60_000);

// Shanghai instants (UTC in the strings): each row is where the sweep first sees the threshold.
const LADDER = [
  // 2 working days before due: Oct 8 and, across the holiday, Wed Sep 30 → 00:00 Sep 30.
  {
    step: 'remind',
    at: '2026-09-29T16:00:00Z',
    event: 'remind',
    to: [
      [OPENIDS.handler, 'deadlineAlert'],
      [OPENIDS.leader, 'deadlineAlert'],
    ],
  },
  // At due: 24:00 Oct 8.
  {
    step: 'due',
    at: '2026-10-08T16:00:00Z',
    event: 'urge',
    to: [
      [OPENIDS.handler, 'deadlineAlert'],
      [OPENIDS.leader, 'deadlineAlert'],
      [OPENIDS.member, 'deadlineAlert'],
    ],
  },
  // +3 working days: Fri Oct 9, Sat Oct 10 (make-up), Mon Oct 12 → 24:00 Oct 12.
  {
    step: 'escalate',
    at: '2026-10-12T16:00:00Z',
    event: 'superviseNotice',
    to: [
      [OPENIDS.handler, 'deadlineAlert'],
      [OPENIDS.leader, 'deadlineAlert'],
      [OPENIDS.chair, 'deadlineAlert'],
    ],
  },
  // +5 working days: Tue Oct 13, Wed Oct 14 → 24:00 Oct 14.
  {
    step: 'circulate',
    at: '2026-10-14T16:00:00Z',
    event: 'superviseNotice',
    to: [
      [OPENIDS.handler, 'deadlineAlert'],
      [OPENIDS.leader, 'deadlineAlert'],
      [OPENIDS.staff, 'deadlineAlert'],
      [OPENIDS.chair, 'deadlineAlert'],
    ],
  },
] as const;

describe.each(LADDER)('$step at $at', ({ at, event, to }) => {
  let before: number;
  test('nothing happens ten minutes earlier', async () => {
    before = (await messages(env)).length;
    await env.advanceTo(Date.parse(at) - 10 * 60_000);
    const sent = (await messages(env)).slice(before);
    expect(sent.filter((m) => !m.templateId.startsWith('TPL-DIGEST'))).toEqual([]);
  }, 120_000);

  test('the sweep at that instant records the event once and tells each party once', async () => {
    const start = (await messages(env)).length;
    await env.advanceTo(at);
    const events = (await timeline(app, 'item-nd')).filter(
      (e) => new Date(e.at).toISOString() === new Date(at).toISOString(),
    );
    expect(events.map((e) => e.event)).toEqual([event]);
    const sent = (await messages(env)).slice(start).filter((m) => m.templateId !== TEMPLATE_IDS.dailyDigest);
    expect(sent.map((m) => [m.touser, m.templateId]).sort()).toEqual(to.map(([o, k]) => [o, TEMPLATE_IDS[k]]).sort());
    for (const m of sent) {
      expect(m.page).toBe(
        m.touser === OPENIDS.handler || m.touser === OPENIDS.leader
          ? 'packages/unit/pages/item/index?id=item-nd'
          : 'packages/presidium/pages/item/index?id=item-nd',
      );
      expect(m.time).toBe(new Date(at).toISOString());
    }
  }, 120_000);
});

test('after the ladder: overdue flag, one urge counted, every threshold handled, nothing left to check', async () => {
  const item = await readItem(app, 'item-nd');
  expect(item.overdue).toBe(true);
  expect(item.urgeCount).toBe(1);
  expect(item.nextCheckAt).toBeNull();
  expect(item.handledThresholds).toHaveLength(4);
});
