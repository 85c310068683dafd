// The committed state of one collection in one environment: documents by _id, the declared indexes over them,
// and a per-document commit sequence number (transactions use it to detect that a document changed under them).
// Reads go through `find`, which plans with planner.ts and then lets mingo decide each candidate, so the index
// only ever narrows the candidates and never changes an answer.
import { Query } from 'mingo';
import { planQuery, type PlanResult } from './planner';
import { SortedIndex, type IndexDefinition } from './sorted-index';
import { sortComparator, type Doc, type SortSpec } from './values';

/**
 * When a batch of inserts is merged into the indexes instead of inserted one by one: at least BULK_MIN documents,
 * and at least 1/BULK_RATIO of the collection (one insert costs about a binary search and a chunk shift; a merge
 * costs a pass over the whole index).
 */
const BULK_MIN = 256;
const BULK_RATIO = 64;

export interface FindOptions {
  sort: SortSpec;
  offset: number;
  /** Undefined = all matches (updates, removes, counts). */
  limit: number | undefined;
}

export class CollectionState {
  readonly docs = new Map<string, Doc>();
  readonly lastWrite = new Map<string, number>();
  readonly indexes: SortedIndex[];

  constructor(
    readonly name: string,
    definitions: IndexDefinition[],
  ) {
    this.indexes = definitions.map((def) => new SortedIndex(def));
  }

  definitions(): IndexDefinition[] {
    return this.indexes.map((ix) => ix.def);
  }

  /** Loads documents in bulk (start-up) and builds the indexes once. */
  load(docs: Doc[]): void {
    for (const doc of docs) this.docs.set(String(doc._id), doc);
    for (const index of this.indexes) index.build(this.docs.values());
  }

  /** Applies a committed change: `doc` undefined removes the document. */
  apply(id: string, doc: Doc | undefined, seq: number): void {
    const before = this.docs.get(id);
    if (before) for (const index of this.indexes) index.remove(before);
    if (doc) {
      this.docs.set(id, doc);
      for (const index of this.indexes) index.insert(doc);
    } else {
      this.docs.delete(id);
    }
    this.lastWrite.set(id, seq);
  }

  /**
   * Applies committed inserts of new documents. A batch that is large next to the collection (a bulk insert, an
   * import, a benchmark's fill) is merged into each index in one pass; a small one goes in one by one as `apply`.
   */
  applyInserts(docs: Doc[], seq: number): void {
    const bulk = docs.length >= BULK_MIN && docs.length * BULK_RATIO >= this.docs.size;
    if (!bulk || docs.some((doc) => this.docs.has(String(doc._id)))) {
      for (const doc of docs) this.apply(String(doc._id), doc, seq);
      return;
    }
    for (const doc of docs) {
      this.docs.set(String(doc._id), doc);
      this.lastWrite.set(String(doc._id), seq);
    }
    for (const index of this.indexes) index.insertMany(docs);
  }

  /** The unique indexes `doc` would violate (ignoring documents in `except`, e.g. ones being replaced). */
  uniqueViolations(doc: Doc, except: Set<string> = new Set()): IndexDefinition[] {
    const violated: IndexDefinition[] = [];
    for (const index of this.indexes) {
      if (!index.def.unique) continue;
      if (index.duplicatesOf(doc).some((id) => !except.has(id))) violated.push(index.def);
    }
    return violated;
  }

  plan(filter: Record<string, unknown>, sort: SortSpec): PlanResult {
    return planQuery(filter, sort, this.definitions());
  }

  /** Matching documents (live references: callers copy before handing them out or changing them). */
  find(filter: Record<string, unknown>, options: FindOptions, planned?: PlanResult): Doc[] {
    const { plan } = planned ?? this.plan(filter, options.sort);
    const query = new Query(filter, { idKey: '_id' });
    const wanted = options.limit === undefined ? Infinity : options.offset + options.limit;
    const matches: Doc[] = [];
    // Several $in intervals or ids may name the same document twice; each appears once in the answer.
    const seen = new Set<string>();
    const take = (ids: Iterable<string>, stopEarly: boolean): boolean => {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        const doc = this.docs.get(id);
        if (doc && query.test(doc)) {
          matches.push(doc);
          if (stopEarly && matches.length >= wanted) return true;
        }
      }
      return false;
    };
    let ordered = options.sort.length === 0;
    if (plan.kind === 'ids') {
      take(plan.ids, false);
    } else if (plan.kind === 'index') {
      const index = this.indexes.find((ix) => ix.def === plan.index) as SortedIndex;
      const single = !plan.intervals || plan.intervals.length === 1;
      const inOrder = plan.ordered && single && !index.hasUnordered();
      const intervals = plan.intervals ?? [undefined];
      let done = false;
      for (const interval of intervals) {
        if (done) break;
        done = take(index.scan(plan.equal, interval, plan.reverse), inOrder);
      }
      if (!done) take(index.unorderedIds(), false);
      ordered = ordered || inOrder;
    } else {
      take(this.docs.keys(), ordered);
    }
    if (!ordered) matches.sort(sortComparator(options.sort));
    return options.limit === undefined ? matches.slice(options.offset) : matches.slice(options.offset, wanted);
  }
}
