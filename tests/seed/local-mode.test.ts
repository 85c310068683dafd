// What `npm start` adds to the demo township for local mode: local template ids in the settings (only when asked,
// as the CLI does against local-cloud) and the dev identities' app-side subscription credits (only for local-cloud).
import { DEV_OPENIDS, LOCAL_NOTICE_TEMPLATES } from '../../database/seed/dev-identities';
import { TOWNSHIP } from '../../database/seed/places';
import { connect, grantDevCredits, seedDemoTownship, type SeedTarget } from '../../database/seed/write-seed';
import { freshEnv } from '../support/cloud';

// Read back through @cloudbase/node-sdk, one app per environment (wx-server-sdk is one per process).
type Database = ReturnType<typeof connect>;

const quiet = { log: () => undefined };

async function setup() {
  const env = await freshEnv();
  const target: SeedTarget = { env: env.name, serviceUrl: env.adminUrl, secretId: 'x', secretKey: 'y' };
  const db = connect(target);
  return { target, db };
}

async function settingsOf(db: Database): Promise<Record<string, unknown>> {
  const { data } = await db.collection('settings').where({ _id: TOWNSHIP.id }).limit(1).get();
  return data[0] as Record<string, unknown>;
}

test('the local seed names local template ids; the plain seed leaves them out', async () => {
  const local = await setup();
  await seedDemoTownship(local.target, { ...quiet, localTemplates: true });
  expect((await settingsOf(local.db)).noticeTemplates).toEqual(LOCAL_NOTICE_TEMPLATES);
  const plain = await setup();
  await seedDemoTownship(plain.target, quiet);
  expect((await settingsOf(plain.db)).noticeTemplates).toBeUndefined();
}, 60_000);

test('dev credits: every dev identity gets the count for every template key, set again on the next start', async () => {
  const { target, db } = await setup();
  const keys = Object.keys(LOCAL_NOTICE_TEMPLATES);
  expect(await grantDevCredits(target, 100)).toBe(Object.keys(DEV_OPENIDS).length * keys.length);
  expect(await grantDevCredits(target, 100)).toBe(Object.keys(DEV_OPENIDS).length * keys.length);
  const { data } = await db.collection('subscriptionCredits').where({ openid: DEV_OPENIDS.deputy }).limit(100).get();
  const rows = data as { templateKey: string; credits: number }[];
  expect(rows.map((r) => r.templateKey).sort()).toEqual([...keys].sort());
  for (const row of rows) expect(row.credits).toBe(100);
  await expect(grantDevCredits({ env: 'real', secretId: 'a', secretKey: 'b' }, 1)).rejects.toThrow(/local-cloud only/);
}, 60_000);
