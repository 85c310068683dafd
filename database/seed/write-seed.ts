// Writes the demo township into a CloudBase environment through @cloudbase/node-sdk: local-cloud (serviceUrl and
// dummy credentials) or a real environment (real credentials, default endpoint) — the same code path. Every
// document has a fixed _id and is written with `doc(_id).set()`, which replaces it, so seeding again rewrites the
// same documents instead of adding copies. Writes go in small concurrent batches with a progress line per batch.
import tcb from '@cloudbase/node-sdk';
import { DEMO_COLLECTIONS, generateDemoTownship, type DemoTownship } from './demo-township';
import { DEV_OPENIDS, LOCAL_NOTICE_TEMPLATES } from './dev-identities';

export { LOCAL_NOTICE_TEMPLATES };
import { TOWNSHIP } from './places';

export interface SeedTarget {
  /** The CloudBase environment id. */
  env: string;
  /** local-cloud's `/admin` URL; leave out for a real environment. */
  serviceUrl?: string;
  secretId: string;
  secretKey: string;
  sessionToken?: string;
}

export interface SeedOptions {
  /** Documents written concurrently; CloudBase's basic plans allow a few dozen connections. */
  batchSize?: number;
  /**
   * Put LOCAL_NOTICE_TEMPLATES into the township's settings, so notices also go out as subscription messages
   * (local-cloud accepts any template id). Only for local-cloud: a real environment needs its own template ids,
   * and an unknown id there would make every send fail.
   */
  localTemplates?: boolean;
  log?: (line: string) => void;
}

export type SeedCounts = Record<(typeof DEMO_COLLECTIONS)[number], number>;

type App = ReturnType<typeof tcb.init>;
type Database = ReturnType<App['database']>;

export function connect(target: SeedTarget): Database {
  // Off the cloud, @cloudbase/node-sdk probes Tencent's metadata server (metadata.tencentyun.com) before each
  // call to learn whether it runs on Tencent Cloud. Against local-cloud the endpoint is serviceUrl whatever the
  // answer, and where DNS cannot resolve that host the probes pile up in the resolver (hundreds pending after a
  // seed, holding the process open for minutes). TENCENTCLOUD=true answers the question without the probe; a
  // real environment (no serviceUrl) keeps the SDK's own detection.
  if (target.serviceUrl) process.env.TENCENTCLOUD = 'true';
  const app = tcb.init({
    env: target.env,
    secretId: target.secretId,
    secretKey: target.secretKey,
    ...(target.sessionToken ? { sessionToken: target.sessionToken } : {}),
    ...(target.serviceUrl ? { serviceUrl: target.serviceUrl } : {}),
  } as Parameters<typeof tcb.init>[0]);
  return app.database();
}

/** Whether the demo township is already there: the marker is its township document. */
export async function isDemoSeeded(db: Database): Promise<boolean> {
  const found = await db.collection('townships').where({ _id: TOWNSHIP.id }).limit(1).get();
  return (found.data?.length ?? 0) > 0;
}

/**
 * Creates the collection when the environment lacks it. In CloudBase a write to a missing collection fails; in
 * local-cloud declared collections already exist. "Already exists" is the expected answer and stays quiet.
 */
async function ensureCollection(db: Database, name: string, log: (line: string) => void): Promise<void> {
  try {
    await db.createCollection(name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown }).code;
    if (!/exist/i.test(`${String(code)} ${message}`))
      log(`  could not create collection ${name} (${message}); writing anyway`);
  }
}

export async function seedDemoTownship(target: SeedTarget, options: SeedOptions = {}): Promise<SeedCounts> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const batchSize = options.batchSize ?? 20;
  const db = connect(target);
  const demo: DemoTownship = generateDemoTownship();
  if (options.localTemplates) {
    demo.settings = demo.settings.map((settings) => ({ ...settings, noticeTemplates: LOCAL_NOTICE_TEMPLATES }));
  }
  const counts = {} as SeedCounts;
  log(`seeding ${TOWNSHIP.name} (${TOWNSHIP.id}) into environment ${target.env}`);
  for (const collection of DEMO_COLLECTIONS) {
    await ensureCollection(db, collection, log);
    const documents = demo[collection] as { _id: string }[];
    for (let start = 0; start < documents.length; start += batchSize) {
      const batch = documents.slice(start, start + batchSize);
      await Promise.all(
        batch.map(({ _id, ...fields }) =>
          db
            .collection(collection)
            .doc(_id)
            .set(fields as Record<string, unknown>),
        ),
      );
      log(`  ${collection.padEnd(14)} ${String(start + batch.length).padStart(3)}/${documents.length}`);
    }
    counts[collection] = documents.length;
  }
  log('seeding done');
  return counts;
}

/**
 * Local mode only: the dev identities' subscription credits on the app's side (`subscriptionCredits`, what
 * account.recordSubscriptions keeps when someone accepts wx.requestSubscribeMessage), set to `credits` for every
 * template key. The mini-program cannot ask for consent in local mode (it has no template ids), so `npm start`
 * tops these up on every start, and grants the matching WeChat-side credits in local-cloud (POST /_dev/subscriptions),
 * so that notices to dev identities also go out as subscription messages.
 */
export async function grantDevCredits(target: SeedTarget, credits: number): Promise<number> {
  if (!target.serviceUrl) throw new Error('dev credits are for local-cloud only (--service-url)');
  const db = connect(target);
  const writes: Promise<unknown>[] = [];
  for (const openid of Object.values(DEV_OPENIDS)) {
    for (const templateKey of Object.keys(LOCAL_NOTICE_TEMPLATES)) {
      writes.push(
        db
          .collection('subscriptionCredits')
          .doc(`${openid}-${templateKey}`)
          .set({ openid, templateKey, credits, updatedAt: new Date() }),
      );
    }
  }
  await Promise.all(writes);
  return writes.length;
}
