// The durable store under local-cloud's database: one LMDB file set in `<dataDir>/db`. Keys are ordered tuples
// (['d', env, collection, _id] for documents, ['c', env, collection] for collections made by addCollection), values
// are canonical EJSON strings (so Dates, regexes and number kinds survive a restart). A batch of changes is one
// LMDB write transaction: all of it or none of it lands, and `commit` resolves only once LMDB has committed it,
// which is what makes an answered write survive `kill -9`. The store is the truth at start; memory is a cache.
import fs from 'node:fs';
import path from 'node:path';
import { open, type RootDatabase } from 'lmdb';
import { parseEjson, stringifyEjson } from '../ejson';

export type StoredDoc = Record<string, unknown>;

export type StoreChange =
  | { kind: 'put'; env: string; collection: string; id: string; doc: StoredDoc }
  | { kind: 'delete'; env: string; collection: string; id: string }
  | { kind: 'collection'; env: string; collection: string };

export class DocumentStore {
  private constructor(private readonly db: RootDatabase<string, (string | number)[]>) {}

  static open(dataDir: string): DocumentStore {
    const dir = path.join(dataDir, 'db');
    fs.mkdirSync(dir, { recursive: true });
    // Default sync settings: a commit is durable against process death as soon as its promise resolves.
    const db = open<string, (string | number)[]>({ path: dir, encoding: 'string' });
    return new DocumentStore(db);
  }

  /** Every stored document, in key order (environment, collection, _id). */
  *documents(): Generator<{ env: string; collection: string; id: string; doc: StoredDoc }> {
    for (const { key, value } of this.db.getRange({ start: ['d'], end: ['d\u0000'] })) {
      const [, env, collection, id] = key as [string, string, string, string];
      // Stored values carry no server dates, so the clock is irrelevant here.
      yield { env, collection, id, doc: parseEjson(value, { now: 0 }) as StoredDoc };
    }
  }

  /** Collections created with addCollection, per environment. */
  *createdCollections(): Generator<{ env: string; collection: string }> {
    for (const { key } of this.db.getRange({ start: ['c'], end: ['c\u0000'] })) {
      const [, env, collection] = key as [string, string, string];
      yield { env, collection };
    }
  }

  /** Writes the batch atomically and resolves once it is committed. */
  async commit(changes: StoreChange[]): Promise<void> {
    if (changes.length === 0) return;
    await this.db.transaction(() => {
      for (const change of changes) {
        if (change.kind === 'put')
          this.db.put(['d', change.env, change.collection, change.id], stringifyEjson(change.doc));
        else if (change.kind === 'delete') this.db.remove(['d', change.env, change.collection, change.id]);
        else this.db.put(['c', change.env, change.collection], '1');
      }
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
