// Plugs the database into local-cloud: reads the collection declarations, opens the store, loads every stored
// environment into memory (the store is the truth at start), and registers the `database.*` actions. Each
// environment gets its own EnvDatabase on first use, with every declared collection present and empty.
import { readDeclarations, type CollectionDeclaration } from '../../database/declarations';
import { CloudError, type Router } from '../http-router';
import type { Environments } from '../environments';
import { DocumentStore } from '../store/lmdb-store';
import { databaseActions } from './actions';
import { EnvDatabase } from './env-database';
import type { IndexDefinition } from './sorted-index';
import type { Doc, SortSpec } from './values';

export interface DatabaseOptions {
  dataDir: string;
  /** The folder holding `collections/*.json` (the project's `database/`). */
  databaseDir: string;
  /** Fail queries no declared index serves (CloudError), instead of logging a warning. */
  strictIndexes: boolean;
  log: (line: string) => void;
}

export interface DatabaseHandle {
  /** The database of one environment (created, with the declared collections, on first use). */
  database(env: string): EnvDatabase;
  readonly declarations: CollectionDeclaration[];
  close(): Promise<void>;
}

export async function registerDatabase(
  server: { router: Router; environments: Environments },
  opts: DatabaseOptions,
): Promise<DatabaseHandle> {
  const declarations = readDeclarations(opts.databaseDir);
  const declared = declarations.map((d) => ({
    name: d.name,
    indexes: d.indexes.map((ix): IndexDefinition => ({ name: ix.name, unique: ix.unique ?? false, keys: ix.keys })),
  }));
  const store = DocumentStore.open(opts.dataDir);

  // Start-up: group what the store holds by environment, then build each environment's memory in one go.
  const stored = new Map<string, { created: string[]; docs: Map<string, Doc[]> }>();
  const slot = (env: string) => {
    let s = stored.get(env);
    if (!s) stored.set(env, (s = { created: [], docs: new Map() }));
    return s;
  };
  for (const { env, collection } of store.createdCollections()) slot(env).created.push(collection);
  for (const { env, collection, doc } of store.documents()) {
    const docs = slot(env).docs;
    let list = docs.get(collection);
    if (!list) docs.set(collection, (list = []));
    list.push(doc);
  }

  const databases = new Map<string, EnvDatabase>();
  const database = (env: string): EnvDatabase => {
    let db = databases.get(env);
    if (!db) {
      db = new EnvDatabase(env, store, declared);
      const s = stored.get(env);
      if (s) {
        db.load(s.created, s.docs);
        stored.delete(env);
      }
      databases.set(env, db);
    }
    return db;
  };
  for (const env of [...stored.keys()]) database(env);

  const warned = new Set<string>();
  const reportUnindexed = (env: string, collection: string, fields: string[], sort: SortSpec): void => {
    const what =
      `query on collection "${collection}" filtering [${fields.join(', ')}]` +
      (sort.length ? ` ordered by [${sort.map(([f, d]) => `${f} ${d === 1 ? 'asc' : 'desc'}`).join(', ')}]` : '');
    const message = `no declared index serves the ${what}; declare one in database/collections/${collection}.json`;
    if (opts.strictIndexes) throw new CloudError('DATABASE_REQUEST_FAILED', `[local-cloud strict indexes] ${message}`);
    const key = `${env}|${what}`;
    if (!warned.has(`${collection}|${what}`)) {
      warned.add(`${collection}|${what}`);
      opts.log(`warning (${key}): ${message}`);
    }
  };

  const clocks = server.environments;
  const actions = databaseActions({ database, now: (env) => clocks.get(env).clock.now(), reportUnindexed });
  for (const [action, handler] of Object.entries(actions)) server.router.registerAction(action, handler);

  return {
    database,
    declarations,
    close: () => store.close(),
  };
}
