// The sweep's bounded batches and time budget (issue 4, "The deadlines timer function"), through the real
// CloudBase adapters (wx-server-sdk against local-cloud): more due items than one batch are taken batch after
// batch; a run that spends its budget stops cleanly and the next run resumes from the index; every item is acted
// on exactly once across runs. The budget is driven by a fake process clock that ticks once per transaction, so
// nothing depends on the machine's speed.
import { connectNodeSdk, connectWxServerSdk, freshEnv, type NodeSdkApp, type TestEnv } from '../support/cloud';
import { createSchedulerPorts } from '../../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../../core/adapters/cloudbase/sdk';
import { runSweep } from '../../core/app/scheduler/sweep';
import type { SchedulerPorts } from '../../core/app/scheduler/ports';
import type { Transactor } from '../../core/ports/transactor';
import { insertHandlingItem, readItem, seedTownship, timeline } from './scheduler-fixture';

let env: TestEnv;
let app: NodeSdkApp;
let scheduler: SchedulerPorts;
const quiet = { info: () => undefined, error: () => undefined };

// Due at the end of Fri Mar 6 2026 (2026-03-06T16:00Z): at that instant each item owes exactly one threshold (the
// 催办 at due; its reminder of Mar 5 00:00 passed unseen and is recorded as superseded, not acted on).
const AT_DUE = new Date('2026-03-06T16:00:00Z');

async function insertDue(prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`);
  for (const id of ids)
    await insertHandlingItem(app, { id, assignedAt: '2026-02-02T02:00:00Z', dueAt: AT_DUE.toISOString() });
  return ids;
}

async function urgesOf(ids: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const id of ids) out[id] = (await timeline(app, id)).map((e) => e.event);
  return out;
}

/** The same ports, with a process clock that advances one tick per transaction the sweep runs. */
function ticking(): { ports: SchedulerPorts; clockMs: () => number } {
  let ticks = 0;
  const transactor: Transactor = {
    async run(key, work) {
      ticks += 1;
      return scheduler.transactor.run(key, work);
    },
  };
  return { ports: { ...scheduler, transactor }, clockMs: () => ticks };
}

beforeAll(async () => {
  env = await freshEnv({ startAt: AT_DUE.toISOString(), frozen: true });
  app = connectNodeSdk(env);
  scheduler = createSchedulerPorts(connectWxServerSdk(env) as unknown as WxCloud, quiet);
  await seedTownship(env, app, { credits: 0 });
}, 60_000);

test('5 due items in batches of 2: three batch queries (2, 2, 1), each item urged once', async () => {
  const ids = await insertDue('batch', 5);
  const report = await runSweep(scheduler, { now: AT_DUE, batchSize: 2 });
  expect(report).toMatchObject({ batches: 3, itemsSeen: 5, thresholdsActed: 5, failed: 0, stoppedEarly: false });
  // Two outbox rows per item: the 催办 to the lead unit and the alert to the supervising member.
  expect(report.outboxIds).toHaveLength(10);
  expect(await urgesOf(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, ['urge']])));
  for (const id of ids) expect((await readItem(app, id)).nextCheckAt).toEqual(new Date('2026-03-11T16:00:00Z'));
  // Nothing left at that instant.
  expect(await runSweep(scheduler, { now: AT_DUE, batchSize: 2 })).toMatchObject({ batches: 1, itemsSeen: 0 });
}, 60_000);

test('a run that spends its budget stops cleanly; the next run resumes; every item is acted on exactly once', async () => {
  const ids = await insertDue('budget', 5);
  // The budget runs out after three transactions: items 1 and 2 (first batch), item 3 (second batch), then stop.
  const first = ticking();
  const r1 = await runSweep(first.ports, { now: AT_DUE, batchSize: 2, deadline: 3, clockMs: first.clockMs });
  expect(r1).toMatchObject({ batches: 2, itemsSeen: 3, thresholdsActed: 3, failed: 0, stoppedEarly: true });
  const acted = Object.values(await urgesOf(ids)).filter((events) => events.length > 0);
  expect(acted).toEqual([['urge'], ['urge'], ['urge']]);

  // The next run (a fresh budget) resumes from the index: only the two left (a full batch of 2, then an empty
  // query that ends the run).
  const second = ticking();
  const r2 = await runSweep(second.ports, { now: AT_DUE, batchSize: 2, deadline: 100, clockMs: second.clockMs });
  expect(r2).toMatchObject({ batches: 2, itemsSeen: 2, thresholdsActed: 2, stoppedEarly: false });
  expect(await urgesOf(ids)).toEqual(Object.fromEntries(ids.map((id) => [id, ['urge']])));
  for (const id of ids) expect(await readItem(app, id)).toMatchObject({ overdue: true, urgeCount: 1, version: 6 });

  // A third run finds nothing; a run whose budget is already spent reads nothing at all.
  expect(await runSweep(scheduler, { now: AT_DUE, batchSize: 2 })).toMatchObject({ itemsSeen: 0, thresholdsActed: 0 });
  const spent = await runSweep(scheduler, { now: AT_DUE, deadline: 0, clockMs: () => 1 });
  expect(spent).toMatchObject({ batches: 0, itemsSeen: 0, stoppedEarly: true });
}, 60_000);
