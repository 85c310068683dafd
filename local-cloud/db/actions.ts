// The `/admin` database actions, with the answer shapes @cloudbase/database reads (see its query.js, document.js,
// collection.js, aggregate.js, transaction/). Transaction operations arrive as the ordinary actions carrying a
// `transactionId` (current SDK) or as the *InTransaction actions (older SDKs); both are served.
import { Aggregator } from 'mingo';
import { stringifyEjson } from '../ejson';
import type { ActionHandler } from '../http-router';
import type { Doc, SortSpec } from './values';
import { dbErrors } from './errors';
import { applyUpdate, type EnvDatabase, newDocumentId, type Transaction } from './env-database';
import {
  AGGREGATE_DEFAULT_LIMIT,
  docId,
  parseField,
  parseFilter,
  parseLimit,
  parseOffset,
  parseOrder,
  parseProjection,
  project,
  toWireList,
} from './wire';

export interface ActionDeps {
  database(env: string): EnvDatabase;
  now(env: string): number;
  /** Called for every query no declared index serves; throws in strict mode. */
  reportUnindexed(env: string, collection: string, fields: string[], sort: SortSpec): void;
}

type Body = Record<string, unknown>;

export function databaseActions(deps: ActionDeps): Record<string, ActionHandler> {
  const ctxOf = (env: string) => ({ db: deps.database(env), now: deps.now(env) });
  const name = (body: Body): string => {
    const n = body.collectionName;
    if (typeof n !== 'string' || !n) throw dbErrors.invalidParam('collectionName is required');
    return n;
  };
  const txnOf = (db: EnvDatabase, body: Body): Transaction | undefined =>
    typeof body.transactionId === 'string' && body.transactionId ? db.transaction(body.transactionId) : undefined;
  /** Plans the query to report it when no index serves it (strict mode throws here, before any work). */
  const checkIndexed = (env: string, db: EnvDatabase, collection: string, filter: Doc, sort: SortSpec): void => {
    const { served, fields } = db.collection(collection).plan(filter, sort);
    if (!served) deps.reportUnindexed(env, collection, fields, sort);
  };

  const getDocument: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const filter = parseFilter(body.query, now);
    const projection = parseProjection(body.projection, now);
    const txn = txnOf(db, body);
    if (txn) {
      if (body.queryType !== 'DOC') throw dbErrors.notSingleDocument('where().get()');
      const doc = db.readInTransaction(txn, collection, docId(filter));
      return { data: { list: toWireList(project(doc ? [doc] : [], projection)) } };
    }
    const sort = parseOrder(body.order, now);
    const offset = parseOffset(body.offset);
    const limit = parseLimit(body.limit);
    checkIndexed(env, db, collection, filter, sort);
    const docs = db.find(collection, filter, { sort, offset, limit });
    return { data: { list: toWireList(project(docs, projection)), limit, offset } };
  };

  const insertDocument: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const raw = Array.isArray(body.data) ? body.data : [body.data];
    const docs = raw.map((d) => parseField(d, now, 'data') as Doc);
    if (docs.some((d) => !d || typeof d !== 'object' || Array.isArray(d)))
      throw dbErrors.invalidParam('data must be objects');
    const txn = txnOf(db, body);
    if (txn) {
      if (docs.length !== 1) throw dbErrors.notSingleDocument('add() of several documents');
      const doc = docs[0] as Doc;
      const id = doc._id === undefined ? newDocumentId() : String(doc._id);
      if (db.readInTransaction(txn, collection, id)) throw dbErrors.duplicateKey(collection, '_id_', id);
      db.writeInTransaction(txn, collection, id, { ...doc, _id: id });
      return { data: { insertedIds: [id] } };
    }
    const ids = await db.insert(collection, docs);
    return { data: { insertedIds: ids } };
  };

  const modifyDocument: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const filter = parseFilter(body.query, now);
    const data = parseField(body.data, now, 'data');
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw dbErrors.invalidParam('data must be an object');
    const spec = { merge: body.merge !== false, data: data as Doc };
    const upsert = body.upsert === true;
    const txn = txnOf(db, body);
    if (txn) {
      if (body.queryType !== 'DOC') throw dbErrors.notSingleDocument('where().update()');
      const id = docId(filter);
      const current = db.readInTransaction(txn, collection, id);
      if (!current && !upsert) return { data: { updated: 0 } };
      db.writeInTransaction(txn, collection, id, applyUpdate(current ?? { _id: id }, spec));
      return { data: current ? { updated: 1 } : { updated: 0, upsert_id: id } };
    }
    const multi = body.queryType === 'DOC' ? false : body.multi !== false;
    if (body.queryType !== 'DOC') checkIndexed(env, db, collection, filter, []);
    const result = await db.modify(collection, filter, spec, { multi, upsert });
    return { data: { updated: result.updated, ...(result.upsertedId ? { upsert_id: result.upsertedId } : {}) } };
  };

  const modifyAndReturnDoc: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    if (txnOf(db, body)) throw dbErrors.notSingleDocument('where().updateAndReturn()');
    const filter = parseFilter(body.query, now);
    const data = parseField(body.data, now, 'data');
    if (!data || typeof data !== 'object') throw dbErrors.invalidParam('data must be an object');
    checkIndexed(env, db, collection, filter, []);
    const result = await db.modify(
      collection,
      filter,
      { merge: true, data: data as Doc },
      { multi: false, upsert: false },
    );
    const doc = result.after[0];
    return { data: { updated: result.updated, doc: doc ? stringifyEjson(doc) : null } };
  };

  const removeDocument: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const filter = parseFilter(body.query, now);
    const txn = txnOf(db, body);
    if (txn) {
      if (body.queryType !== 'DOC') throw dbErrors.notSingleDocument('where().remove()');
      const id = docId(filter);
      const exists = db.readInTransaction(txn, collection, id) !== undefined;
      if (exists) db.writeInTransaction(txn, collection, id, undefined);
      return { data: { deleted: exists ? 1 : 0 } };
    }
    const multi = body.queryType === 'DOC' ? false : body.multi !== false;
    if (body.queryType !== 'DOC') checkIndexed(env, db, collection, filter, []);
    return { data: { deleted: await db.remove(collection, filter, multi) } };
  };

  const calculateDocument: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const filter = parseFilter(body.query, now);
    checkIndexed(env, db, collection, filter, []);
    return { data: { total: db.find(collection, filter, { sort: [], offset: 0, limit: undefined }).length } };
  };

  const aggregateDocuments: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const collection = name(body);
    const stages = Array.isArray(body.stages) ? (body.stages as Body[]) : [];
    const pipeline = stages.map((s) => {
      const stageKey = String(s.stageKey ?? '');
      return { [stageKey.startsWith('$') ? stageKey : `$${stageKey}`]: parseField(s.stageValue, now, stageKey) };
    });
    // A leading $match narrows the input through the indexes, like the cloud's query planner.
    const first = pipeline[0] as Body | undefined;
    const match = first && '$match' in first ? ((first.$match ?? {}) as Doc) : {};
    checkIndexed(env, db, collection, match, []);
    const input = db.find(collection, match, { sort: [], offset: 0, limit: undefined });
    const hasLimit = pipeline.some((s) => '$limit' in s);
    const aggregator = new Aggregator(pipeline, {
      idKey: '_id',
      collectionResolver: (other: string) => db.find(other, {}, { sort: [], offset: 0, limit: undefined }),
    });
    let out = aggregator.run(input) as Doc[];
    if (!hasLimit) out = out.slice(0, AGGREGATE_DEFAULT_LIMIT);
    return { data: { list: toWireList(out) } };
  };

  const addCollection: ActionHandler = async (body, { env }) => {
    await deps.database(env).addCollection(name(body));
    return {};
  };

  const startTransaction: ActionHandler = async (_body, { env }) => {
    const { db, now } = ctxOf(env);
    db.expireTransactions(now, 10 * 60_000);
    return { transactionId: db.startTransaction(now).id };
  };

  const commitTransaction: ActionHandler = async (body, { env }) => {
    await deps.database(env).commitTransaction(String(body.transactionId ?? ''));
    return {};
  };

  const abortTransaction: ActionHandler = async (body, { env }) => {
    deps.database(env).abortTransaction(String(body.transactionId ?? ''));
    return {};
  };

  // Older SDKs' transaction actions: `_id` at the top level, answers as EJSON strings.
  const getInTransaction: ActionHandler = async (body, { env }) => {
    const { db } = ctxOf(env);
    const txn = db.transaction(String(body.transactionId ?? ''));
    const doc = db.readInTransaction(txn, name(body), String(body._id));
    return { data: stringifyEjson(doc ?? null) };
  };

  const updateDocInTransaction: ActionHandler = async (body, { env }) => {
    const { db, now } = ctxOf(env);
    const txn = db.transaction(String(body.transactionId ?? ''));
    const collection = name(body);
    const id = String(body._id);
    const data = parseField(body.data, now, 'data') as Doc;
    const upsert = body.upsert === true;
    const current = db.readInTransaction(txn, collection, id);
    if (!current && !upsert) return { updated: stringifyEjson(0), upserted: null };
    db.writeInTransaction(txn, collection, id, applyUpdate(current ?? { _id: id }, { merge: !upsert, data }));
    return { updated: stringifyEjson(current ? 1 : 0), upserted: current ? null : JSON.stringify([{ _id: id }]) };
  };

  const deleteDocInTransaction: ActionHandler = async (body, { env }) => {
    const { db } = ctxOf(env);
    const txn = db.transaction(String(body.transactionId ?? ''));
    const collection = name(body);
    const id = String(body._id);
    const exists = db.readInTransaction(txn, collection, id) !== undefined;
    if (exists) db.writeInTransaction(txn, collection, id, undefined);
    return { deleted: stringifyEjson(exists ? 1 : 0) };
  };

  return {
    'database.getDocument': getDocument,
    'database.insertDocument': insertDocument,
    'database.modifyDocument': modifyDocument,
    'database.modifyAndReturnDoc': modifyAndReturnDoc,
    'database.removeDocument': removeDocument,
    'database.calculateDocument': calculateDocument,
    'database.aggregateDocuments': aggregateDocuments,
    'database.addCollection': addCollection,
    'database.startTransaction': startTransaction,
    'database.commitTransaction': commitTransaction,
    'database.abortTransaction': abortTransaction,
    'database.getInTransaction': getInTransaction,
    'database.updateDocInTransaction': updateDocInTransaction,
    'database.deleteDocInTransaction': deleteDocInTransaction,
  };
}
