// One declared index of one collection in one environment, kept in memory: a sorted array of (key tuple, _id)
// entries, ordered as the declaration says (direction per key) with `_id` last. Lookups are binary searches, so an
// indexed query touches only the entries in its range. Documents whose indexed field holds an array (or crosses
// one) are not placed in the order: they sit in `unordered`, and every scan of this index returns them too, so a
// query's answer never depends on whether the index could hold a document.
import { compareValues, getPath, pathCrossesArray, isScalar, typeRank, type Doc } from './values';

export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

export interface IndexDefinition {
  name: string;
  unique: boolean;
  keys: IndexKey[];
}

interface Entry {
  key: unknown[];
  id: string;
}

/** Type-bracketing bounds: MIN/MAX of the type rank of a value (MongoDB's $gt/$lt only match the same type). */
export class TypeBound {
  constructor(
    readonly of: unknown,
    readonly side: 'min' | 'max',
  ) {}
}

export function compareKeyPart(value: unknown, bound: unknown): number {
  if (!(bound instanceof TypeBound)) return compareValues(value, bound);
  const rv = typeRank(value);
  const rb = typeRank(bound.of);
  if (rv !== rb) return rv < rb ? -1 : 1;
  // Same type: the bound lies beyond every value of that type.
  return bound.side === 'max' ? -1 : 1;
}

/** An interval over the key at one position, in value space (not yet turned by the key's direction). */
export interface Interval {
  low?: unknown;
  lowInclusive: boolean;
  high?: unknown;
  highInclusive: boolean;
}

export class SortedIndex {
  private entries: Entry[] = [];
  private readonly unordered = new Set<string>();

  constructor(readonly def: IndexDefinition) {}

  /** Builds from scratch in one sort (start-up), rather than inserting one by one. */
  build(docs: Iterable<Doc>): void {
    this.entries = [];
    this.unordered.clear();
    for (const doc of docs) {
      const key = this.keyOf(doc);
      if (key) this.entries.push({ key, id: String(doc._id) });
      else this.unordered.add(String(doc._id));
    }
    this.entries.sort((a, b) => this.compareEntries(a, b));
  }

  insert(doc: Doc): void {
    const key = this.keyOf(doc);
    const id = String(doc._id);
    if (!key) {
      this.unordered.add(id);
      return;
    }
    const entry = { key, id };
    const at = this.search((e) => this.compareEntries(e, entry) >= 0);
    this.entries.splice(at, 0, entry);
  }

  remove(doc: Doc): void {
    const id = String(doc._id);
    if (this.unordered.delete(id)) return;
    const key = this.keyOf(doc);
    if (!key) return;
    const probe = { key, id };
    const at = this.search((e) => this.compareEntries(e, probe) >= 0);
    if (this.entries[at]?.id === id) this.entries.splice(at, 1);
  }

  /** Ids of documents holding the same full key as `doc` (for unique indexes), excluding `doc` itself. */
  duplicatesOf(doc: Doc): string[] {
    const key = this.keyOf(doc);
    if (!key) return [];
    const ids: string[] = [];
    for (const id of this.scan(key, undefined)) if (id !== String(doc._id)) ids.push(id);
    return ids;
  }

  hasUnordered(): boolean {
    return this.unordered.size > 0;
  }

  unorderedIds(): Iterable<string> {
    return this.unordered;
  }

  /**
   * Ids whose first `equal.length` keys equal `equal` and whose next key lies in `interval` (if given), in index
   * order (or reversed). Unordered documents are not included: callers add `unorderedIds()`.
   */
  *scan(equal: unknown[], interval: Interval | undefined, reverse = false): Generator<string> {
    const p = equal.length;
    const dirs = this.def.keys.map((k) => k.direction);
    // Work in index space: a descending key turns the interval around.
    let low: unknown = undefined;
    let lowInc = true;
    let high: unknown = undefined;
    let highInc = true;
    let hasLow = false;
    let hasHigh = false;
    if (interval) {
      const descending = dirs[p] === -1;
      const [l, li, h, hi] = descending
        ? [interval.high, interval.highInclusive, interval.low, interval.lowInclusive]
        : [interval.low, interval.lowInclusive, interval.high, interval.highInclusive];
      hasLow = l !== undefined;
      hasHigh = h !== undefined;
      low = l;
      lowInc = li;
      high = h;
      highInc = hi;
    }
    const cmpPrefix = (e: Entry): number => {
      for (let i = 0; i < p; i++) {
        const c = compareValues(e.key[i], equal[i]) * (dirs[i] ?? 1);
        if (c !== 0) return c;
      }
      return 0;
    };
    const start = this.search((e) => {
      const c = cmpPrefix(e);
      if (c !== 0) return c > 0;
      if (!hasLow) return true;
      const d = compareKeyPart(e.key[p], low) * (dirs[p] ?? 1);
      return lowInc ? d >= 0 : d > 0;
    });
    const end = this.search((e) => {
      const c = cmpPrefix(e);
      if (c !== 0) return c > 0;
      if (!hasHigh) return false;
      const d = compareKeyPart(e.key[p], high) * (dirs[p] ?? 1);
      return highInc ? d > 0 : d >= 0;
    });
    if (reverse) for (let i = end - 1; i >= start; i--) yield (this.entries[i] as Entry).id;
    else for (let i = start; i < end; i++) yield (this.entries[i] as Entry).id;
  }

  private keyOf(doc: Doc): unknown[] | undefined {
    const key: unknown[] = [];
    for (const { field } of this.def.keys) {
      if (pathCrossesArray(doc, field)) return undefined;
      const value = getPath(doc, field);
      if (!isScalar(value)) return undefined;
      key.push(value ?? null);
    }
    return key;
  }

  private compareEntries(a: Entry, b: Entry): number {
    const keys = this.def.keys;
    for (let i = 0; i < keys.length; i++) {
      const c = compareValues(a.key[i], b.key[i]) * (keys[i] as IndexKey).direction;
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  }

  /** First position where `pred` holds (pred is false then true along the array). */
  private search(pred: (e: Entry) => boolean): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pred(this.entries[mid] as Entry)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
