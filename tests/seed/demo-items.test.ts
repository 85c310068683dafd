// The demo items npm start makes through the real cloud functions: one in each state a township office sees every
// week, the statistics counting them, and a second run adding nothing.
import { DEV_OPENIDS } from '../../database/seed/dev-identities';
import { hasNoItems, localFunctions, seedDemoItems, type FunctionCaller } from '../../database/seed/demo-items';
import { seedDemoTownship } from '../../database/seed/write-seed';
import { freshEnv, type TestEnv } from '../support/cloud';

let env: TestEnv;
let call: FunctionCaller;
const lines: string[] = [];

beforeAll(async () => {
  env = await freshEnv();
  await seedDemoTownship(
    { env: env.name, serviceUrl: env.adminUrl, secretId: 'local-cloud', secretKey: 'local-cloud' },
    { log: () => undefined },
  );
  call = localFunctions(env.url, env.name);
}, 60_000);

test('the demo items cover the loop, from the deputy inbox to a rated answer', async () => {
  expect(await hasNoItems(call)).toBe(true);
  expect(await seedDemoItems(call, (line) => lines.push(line))).toBe(5);
  expect(lines).toHaveLength(5);

  const queue = await call('presidium', 'queue', { limit: 20 }, DEV_OPENIDS.staff);
  expect(queue.countsByStatus).toMatchObject({
    submitted: 1,
    forwarded: 1,
    registered: 1,
    inProgress: 1,
    closed: 1,
  });
  const inbox = await call('deputy', 'counts', {}, DEV_OPENIDS.deputy);
  expect(inbox).toMatchObject({ new: 1 });
  const unit = await call('unit', 'counts', {}, DEV_OPENIDS.unitHandler);
  expect(unit).toMatchObject({ inProgress: 1 });

  // The items were made at the environment's now: the statistics of its year (in Beijing) count them.
  const year = new Date((await env.now()) + 8 * 3600_000).getUTCFullYear();
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const stats = await call('presidium', 'statistics', period, DEV_OPENIDS.staff);
  const report = stats.report as Record<string, unknown>;
  expect(report.received).toBe(5);
  expect(report.assignedCount).toBe(2);
  expect(report.satisfactionRate).toMatchObject({ numerator: 1, denominator: 1 });
}, 60_000);

test('a township with items gets none added', async () => {
  expect(await hasNoItems(call)).toBe(false);
});

test('a refused call names its step', async () => {
  const refusing = localFunctions(env.url, 'no-such-env');
  await expect(refusing('presidium', 'queue', { limit: 1 }, DEV_OPENIDS.staff)).rejects.toThrow(
    /demo item: presidium\.queue was refused/,
  );
});
