// Writes the demo township into a CloudBase environment through @cloudbase/node-sdk: local-cloud (serviceUrl and
// dummy credentials) or a real environment (real credentials, default endpoint) — the same code path. Every
// document has a fixed _id and is written with `doc(_id).set()`, which replaces it, so seeding again rewrites the
// same documents instead of adding copies. Writes go in small concurrent batches with a progress line per batch.
import tcb from '@cloudbase/node-sdk';
import { DEMO_COLLECTIONS, generateDemoTownship, type DemoTownship } from './demo-township';
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
  log?: (line: string) => void;
}

export type SeedCounts = Record<(typeof DEMO_COLLECTIONS)[number], number>;

type App = ReturnType<typeof tcb.init>;
type Database = ReturnType<App['database']>;

export function connect(target: SeedTarget): Database {
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
