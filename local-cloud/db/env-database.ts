// The database of one CloudBase environment: its collections (declared ones plus those made by addCollection),
// writes and transactions. Guarantees:
// - Writes are serialised per environment and answered only after the store has committed them.
// - Reads see committed state; a transaction sees the state as of its start plus its own writes (snapshot), kept
//   by stashing a document's previous version for every open transaction when a commit changes it.
// - A transaction that writes a document someone else changed after it started fails at commit with
//   DATABASE_TRANSACTION_CONFLICT (first committer wins), which is the code runTransaction retries on.
import { randomBytes } from 'node:crypto';
import { update as applyModifier } from 'mingo';
import { CollectionState, type FindOptions } from './collection';
import { dbErrors } from './errors';
import type { IndexDefinition } from './sorted-index';
import { clone, type Doc } from './values';
import { encode } from '../ejson';
import type { DocumentStore, StoreChange } from '../store/lmdb-store';

export interface Change {
  collection: string;
  id: string;
  before: Doc | undefined;
  after: Doc | undefined;
}

export interface Transaction {
  readonly id: string;
  readonly startSeq: number;
  readonly startedAt: number;
  /** Pending writes by key; `after` undefined = delete. */
  readonly writes: Map<string, Change>;
  /** Committed versions as they were when the transaction started, for documents changed since. */
  readonly preimages: Map<string, Doc | undefined>;
}

export interface UpdateSpec {
  /** true: apply update operators (plain fields mean $set); false: replace the document. */
  merge: boolean;
  data: Doc;
}

const key = (collection: string, id: string): string => `${collection}\u0000${id}`;

let idCounter = randomBytes(3).readUIntBE(0, 3);
/** 32 hex characters like CloudBase's ids; a time prefix keeps insertion order close to _id order. */
export function newDocumentId(): string {
  idCounter = (idCounter + 1) % 0xffffff;
  const time = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0');
  return time + idCounter.toString(16).padStart(6, '0') + randomBytes(9).toString('hex');
}

export class EnvDatabase {
  private readonly collections = new Map<string, CollectionState>();
  private readonly transactions = new Map<string, Transaction>();
  private seq = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly env: string,
    private readonly store: DocumentStore,
    declared: { name: string; indexes: IndexDefinition[] }[],
  ) {
    for (const d of declared) this.collections.set(d.name, new CollectionState(d.name, d.indexes));
  }

  /** Start-up: documents and created collections from the store. */
  load(created: string[], docs: Map<string, Doc[]>): void {
    for (const name of created)
      if (!this.collections.has(name)) this.collections.set(name, new CollectionState(name, []));
    for (const [name, list] of docs) {
      // A stored collection that is no longer declared still holds data; keep it readable (CloudBase would too).
      if (!this.collections.has(name)) this.collections.set(name, new CollectionState(name, []));
      (this.collections.get(name) as CollectionState).load(list);
    }
  }

  collection(name: string): CollectionState {
    const c = this.collections.get(name);
    if (!c) throw dbErrors.collectionNotExist(name);
    return c;
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  async addCollection(name: string): Promise<void> {
    await this.serialised(async () => {
      if (this.collections.has(name)) throw dbErrors.collectionExists(name);
      await this.store.commit([{ kind: 'collection', env: this.env, collection: name }]);
      this.collections.set(name, new CollectionState(name, []));
    });
  }

  /** Runs writes one at a time in this environment (a failed write does not block the next). */
  serialised<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Commits changes to the store, then to memory (indexes, snapshots of open transactions). */
  async commit(changes: Change[]): Promise<void> {
    if (changes.length === 0) return;
    this.checkUnique(changes);
    const storeChanges: StoreChange[] = changes.map((c) =>
      c.after
        ? { kind: 'put', env: this.env, collection: c.collection, id: c.id, doc: c.after }
        : { kind: 'delete', env: this.env, collection: c.collection, id: c.id },
    );
    await this.store.commit(storeChanges);
    this.seq += 1;
    for (const change of changes) {
      const k = key(change.collection, change.id);
      for (const txn of this.transactions.values()) {
        if (!txn.preimages.has(k)) txn.preimages.set(k, change.before);
      }
    }
    // A batch made only of new documents in one collection (an insert) may go into the indexes in one merge.
    const first = changes[0] as Change;
    if (changes.every((c) => !c.before && c.after && c.collection === first.collection)) {
      this.collection(first.collection).applyInserts(
        changes.map((c) => c.after as Doc),
        this.seq,
      );
      return;
    }
    for (const change of changes) this.collection(change.collection).apply(change.id, change.after, this.seq);
  }

  /** Refuses a batch that would give two documents the same key in a unique index (against memory and itself). */
  private checkUnique(batch: Change[]): void {
    const byCollection = new Map<string, Change[]>();
    for (const c of batch) {
      const list = byCollection.get(c.collection);
      if (list) list.push(c);
      else byCollection.set(c.collection, [c]);
    }
    for (const [name, changes] of byCollection) {
      const coll = this.collection(name);
      const unique = coll.definitions().filter((d) => d.unique);
      if (unique.length === 0) continue;
      // Documents rewritten in this batch are judged by their new version, not the old one.
      const replaced = new Set(changes.map((c) => c.id));
      for (const index of unique) {
        const seen = new Set<string>();
        for (const change of changes) {
          if (!change.after) continue;
          const keyText = JSON.stringify(encode(index.keys.map(({ field }) => pick(change.after, field) ?? null)));
          if (seen.has(keyText)) throw dbErrors.duplicateKey(name, index.name, change.id);
          seen.add(keyText);
        }
      }
      for (const change of changes) {
        if (!change.after) continue;
        const first = coll.uniqueViolations(change.after, replaced)[0];
        if (first) throw dbErrors.duplicateKey(name, first.name, change.id);
      }
    }
  }

  // ---- single operations (outside transactions) -------------------------------------------------------------

  find(collection: string, filter: Doc, options: FindOptions): Doc[] {
    return this.collection(collection).find(filter, options);
  }

  async insert(collection: string, docs: Doc[]): Promise<string[]> {
    return this.serialised(async () => {
      const coll = this.collection(collection);
      const changes: Change[] = docs.map((doc) => {
        const id = doc._id === undefined ? newDocumentId() : String(doc._id);
        if (coll.docs.has(id)) throw dbErrors.duplicateKey(collection, '_id_', id);
        return { collection, id, before: undefined, after: { ...doc, _id: id } };
      });
      if (new Set(changes.map((c) => c.id)).size !== changes.length)
        throw dbErrors.duplicateKey(collection, '_id_', 'in batch');
      await this.commit(changes);
      return changes.map((c) => c.id);
    });
  }

  /** Updates (or replaces) the matching documents; with `upsert`, creates one when none matches. */
  async modify(
    collection: string,
    filter: Doc,
    spec: UpdateSpec,
    opts: { multi: boolean; upsert: boolean },
  ): Promise<{ updated: number; upsertedId?: string; after: Doc[] }> {
    return this.serialised(async () => {
      const coll = this.collection(collection);
      const matches = coll.find(filter, { sort: [], offset: 0, limit: opts.multi ? undefined : 1 });
      const changes: Change[] = [];
      for (const before of matches) {
        const after = applyUpdate(before, spec);
        if (!deepEqual(before, after)) changes.push({ collection, id: String(before._id), before, after });
      }
      if (matches.length === 0 && opts.upsert) {
        const seed = upsertSeed(filter);
        const id = seed._id === undefined ? newDocumentId() : String(seed._id);
        const after = applyUpdate({ ...seed, _id: id }, spec);
        await this.commit([{ collection, id, before: undefined, after }]);
        return { updated: 0, upsertedId: id, after: [after] };
      }
      await this.commit(changes);
      return { updated: changes.length, after: changes.map((c) => c.after as Doc) };
    });
  }

  async remove(collection: string, filter: Doc, multi: boolean): Promise<number> {
    return this.serialised(async () => {
      const coll = this.collection(collection);
      const matches = coll.find(filter, { sort: [], offset: 0, limit: multi ? undefined : 1 });
      await this.commit(matches.map((before) => ({ collection, id: String(before._id), before, after: undefined })));
      return matches.length;
    });
  }

  // ---- transactions ---------------------------------------------------------------------------------------

  startTransaction(now: number): Transaction {
    const id = randomBytes(16).toString('hex');
    const txn: Transaction = { id, startSeq: this.seq, startedAt: now, writes: new Map(), preimages: new Map() };
    this.transactions.set(id, txn);
    return txn;
  }

  transaction(id: string): Transaction {
    const txn = this.transactions.get(id);
    if (!txn) throw dbErrors.transactionNotExist(id);
    return txn;
  }

  /** The document as the transaction sees it: its own write, else the version at its start. */
  readInTransaction(txn: Transaction, collection: string, id: string): Doc | undefined {
    const coll = this.collection(collection);
    const k = key(collection, id);
    const own = txn.writes.get(k);
    if (own) return own.after;
    if (txn.preimages.has(k)) return txn.preimages.get(k);
    return coll.docs.get(id);
  }

  writeInTransaction(txn: Transaction, collection: string, id: string, after: Doc | undefined): void {
    this.collection(collection);
    const k = key(collection, id);
    const first = txn.writes.get(k);
    const before = first ? first.before : this.readCommittedAtStart(txn, collection, id);
    txn.writes.set(k, { collection, id, before, after });
  }

  private readCommittedAtStart(txn: Transaction, collection: string, id: string): Doc | undefined {
    const k = key(collection, id);
    return txn.preimages.has(k) ? txn.preimages.get(k) : this.collection(collection).docs.get(id);
  }

  async commitTransaction(id: string): Promise<void> {
    await this.serialised(async () => {
      const txn = this.transaction(id);
      this.transactions.delete(id);
      const changes: Change[] = [];
      for (const change of txn.writes.values()) {
        const coll = this.collection(change.collection);
        if ((coll.lastWrite.get(change.id) ?? 0) > txn.startSeq)
          throw dbErrors.transactionConflict(change.collection, change.id);
        // What is written replaces the current committed version (equal to the snapshot, as checked above).
        changes.push({ ...change, before: coll.docs.get(change.id) });
      }
      await this.commit(changes);
    });
  }

  abortTransaction(id: string): void {
    this.transaction(id);
    this.transactions.delete(id);
  }

  /** Drops transactions older than `maxAgeMs` (clients that died mid-transaction), like the cloud's timeout. */
  expireTransactions(now: number, maxAgeMs: number): void {
    for (const [id, txn] of this.transactions) if (now - txn.startedAt > maxAgeMs) this.transactions.delete(id);
  }
}

/** Applies an update spec to a copy of `doc`; `_id` never changes. */
export function applyUpdate(doc: Doc, spec: UpdateSpec): Doc {
  const id = doc._id;
  if (!spec.merge) {
    const { _id: _ignored, ...rest } = clone(spec.data);
    return { _id: id, ...rest };
  }
  const copy = clone(doc);
  const modifier: Record<string, Record<string, unknown>> = {};
  for (const [field, value] of Object.entries(spec.data)) {
    if (field.startsWith('$'))
      modifier[field] = { ...(modifier[field] ?? {}), ...(clone(value) as Record<string, unknown>) };
    else modifier.$set = { ...(modifier.$set ?? {}), [field]: clone(value) };
  }
  if (modifier.$set && '_id' in modifier.$set) delete modifier.$set._id;
  try {
    applyModifier(copy, modifier as Parameters<typeof applyModifier>[1], undefined, undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw dbErrors.requestFailed(`invalid update: ${error instanceof Error ? error.message : String(error)}`);
  }
  copy._id = id;
  return copy;
}

/** The document an upsert starts from: the filter's top-level equality fields (as MongoDB does). */
function upsertSeed(filter: Doc): Doc {
  const seed: Doc = {};
  for (const [field, cond] of Object.entries(filter)) {
    if (field.startsWith('$') || field.includes('.')) continue;
    if (cond && typeof cond === 'object' && !(cond instanceof Date) && !(cond instanceof RegExp)) {
      const ops = cond as Doc;
      if ('$eq' in ops) seed[field] = ops.$eq;
      continue;
    }
    seed[field] = cond;
  }
  return seed;
}

function pick(doc: Doc | undefined, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Doc)[part];
  }
  return current;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Doc);
  const kb = Object.keys(b as Doc);
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i] && deepEqual((a as Doc)[k], (b as Doc)[k]));
}
