// Reading the database request fields the SDKs send (EJSON strings for query, data, order, projection; numbers
// for offset and limit) and writing documents back as the SDKs expect them (a list of EJSON strings).
import { Query } from 'mingo';
import { decode, stringifyEjson } from '../ejson';
import { dbErrors } from './errors';
import type { Doc, SortSpec } from './values';

/** Server reads: default 100 documents, at most 1000 (CloudBase clamps the same way). */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
/** Aggregations without a $limit stage answer 20 documents, as the cloud does (community-verified). */
export const AGGREGATE_DEFAULT_LIMIT = 20;

export function parseField(raw: unknown, now: number, what: string): unknown {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return decode(raw, { now });
  try {
    return decode(JSON.parse(raw), { now });
  } catch {
    throw dbErrors.invalidParam(`${what} is not valid EJSON`);
  }
}

export function parseFilter(raw: unknown, now: number): Doc {
  const value = parseField(raw, now, 'query');
  if (value === undefined) return {};
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw dbErrors.invalidParam('query must be an object');
  return value as Doc;
}

/** `order` is `{field: 1|-1}` from this SDK, or `[{field, direction}]` from older ones. */
export function parseOrder(raw: unknown, now: number): SortSpec {
  const value = parseField(raw, now, 'order');
  if (value === undefined) return [];
  const dir = (d: unknown): 1 | -1 => (d === -1 || d === 'desc' ? -1 : 1);
  if (Array.isArray(value)) {
    return value.map((o) => [String((o as Doc).field), dir((o as Doc).direction)] as [string, 1 | -1]);
  }
  return Object.entries(value as Doc).map(([field, d]) => [field, dir(d)] as [string, 1 | -1]);
}

export function parseLimit(raw: unknown): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) return DEFAULT_LIMIT;
  return Math.min(Math.floor(n), MAX_LIMIT);
}

export function parseOffset(raw: unknown): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

export function parseProjection(raw: unknown, now: number): Doc | undefined {
  const value = parseField(raw, now, 'projection');
  if (value === undefined) return undefined;
  const projection = value as Doc;
  return Object.keys(projection).length > 0 ? projection : undefined;
}

export function project(docs: Doc[], projection: Doc | undefined): Doc[] {
  if (!projection) return docs;
  return new Query({}, { idKey: '_id' }).find<Doc>(docs, projection).all();
}

export function toWireList(docs: Doc[]): string[] {
  return docs.map((doc) => stringifyEjson(doc));
}

/** The `_id` of a DOC query (`{"_id":"..."}`). */
export function docId(filter: Doc): string {
  const id = filter._id;
  if (typeof id !== 'string' && typeof id !== 'number') throw dbErrors.invalidParam('a document query needs an _id');
  return String(id);
}
