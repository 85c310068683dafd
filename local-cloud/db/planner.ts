// Chooses how to answer a query: by _id, by a declared index, or by scanning the collection — and thereby decides
// whether the query is "served" (the index rule in README.md):
//   a query is served when its filter constrains the _id with equality/$in, or constrains the leading key of some
//   declared index with equality, $in or a range ($gt/$gte/$lt/$lte); a query with an empty filter is served when
//   it has no orderBy or its first orderBy field is the leading key of a declared index.
// Only top-level conditions (and those inside a top-level $and) count; $or, $nor, $not, $ne, $nin, $exists, regexes
// and conditions on sub-documents never serve a query on their own. mingo still evaluates the whole filter on every
// candidate, so a plan only has to return a superset of the answer.
import { TypeBound, type IndexDefinition, type Interval } from './sorted-index';
import { isScalar, type SortSpec } from './values';

export type Constraint =
  { kind: 'eq'; value: unknown } | { kind: 'in'; values: unknown[] } | { kind: 'range'; interval: Interval };

export type Plan =
  | { kind: 'ids'; ids: string[] }
  | {
      kind: 'index';
      index: IndexDefinition;
      equal: unknown[];
      /** Intervals over the key after the equality prefix (several for $in), or none. */
      intervals: Interval[] | undefined;
      /** Whether scanning gives the requested order; `reverse` says which way to walk. */
      ordered: boolean;
      reverse: boolean;
    }
  | { kind: 'scan' };

export interface PlanResult {
  plan: Plan;
  served: boolean;
  /** Fields the filter constrains at the top level (for the unindexed-query report). */
  fields: string[];
}

const OPERATORS_THAT_CONSTRAIN = new Set(['$eq', '$in', '$gt', '$gte', '$lt', '$lte']);

/** Top-level constraints usable by an index, one per field (the first usable form wins; mingo re-checks all). */
export function analyzeFilter(filter: Record<string, unknown>): {
  constraints: Map<string, Constraint>;
  fields: string[];
} {
  const constraints = new Map<string, Constraint>();
  const fields: string[] = [];
  const visit = (f: Record<string, unknown>): void => {
    for (const [field, cond] of Object.entries(f)) {
      if (field === '$and' && Array.isArray(cond)) {
        for (const part of cond) if (part && typeof part === 'object') visit(part as Record<string, unknown>);
        continue;
      }
      if (field.startsWith('$')) continue;
      fields.push(field);
      const c = constraintOf(cond);
      if (c && !constraints.has(field)) constraints.set(field, c);
    }
  };
  visit(filter);
  return { constraints, fields: [...new Set(fields)] };
}

function constraintOf(cond: unknown): Constraint | undefined {
  if (cond instanceof RegExp) return undefined;
  if (isScalar(cond)) return { kind: 'eq', value: cond ?? null };
  if (!cond || typeof cond !== 'object' || Array.isArray(cond)) return undefined;
  const ops = cond as Record<string, unknown>;
  const keys = Object.keys(ops);
  if (!keys.some((k) => OPERATORS_THAT_CONSTRAIN.has(k))) return undefined;
  if ('$eq' in ops && isScalar(ops.$eq) && !(ops.$eq instanceof RegExp)) return { kind: 'eq', value: ops.$eq ?? null };
  if ('$in' in ops && Array.isArray(ops.$in) && ops.$in.every((v) => isScalar(v) && !(v instanceof RegExp))) {
    const values = ops.$in.map((v) => v ?? null);
    return values.length === 1 ? { kind: 'eq', value: values[0] } : { kind: 'in', values };
  }
  const interval: Interval = { lowInclusive: true, highInclusive: true };
  let any = false;
  for (const op of ['$gt', '$gte'] as const) {
    if (op in ops && isScalar(ops[op]) && ops[op] !== null) {
      interval.low = ops[op];
      interval.lowInclusive = op === '$gte';
      any = true;
    }
  }
  for (const op of ['$lt', '$lte'] as const) {
    if (op in ops && isScalar(ops[op]) && ops[op] !== null) {
      interval.high = ops[op];
      interval.highInclusive = op === '$lte';
      any = true;
    }
  }
  if (!any) return undefined;
  // MongoDB compares within a type only: {$gt: 3} never matches a string, so bound the other side by the type.
  if (interval.low === undefined) {
    interval.low = new TypeBound(interval.high, 'min');
    interval.lowInclusive = true;
  }
  if (interval.high === undefined) {
    interval.high = new TypeBound(interval.low, 'max');
    interval.highInclusive = true;
  }
  return { kind: 'range', interval };
}

export function planQuery(filter: Record<string, unknown>, sort: SortSpec, indexes: IndexDefinition[]): PlanResult {
  const { constraints, fields } = analyzeFilter(filter);
  const idc = constraints.get('_id');
  if (idc?.kind === 'eq') return { plan: { kind: 'ids', ids: [String(idc.value)] }, served: true, fields };
  if (idc?.kind === 'in')
    return { plan: { kind: 'ids', ids: [...new Set(idc.values.map(String))] }, served: true, fields };

  let best: { plan: Plan & { kind: 'index' }; score: number } | undefined;
  for (const index of indexes) {
    const equal: unknown[] = [];
    let p = 0;
    for (; p < index.keys.length; p++) {
      const c = constraints.get((index.keys[p] as { field: string }).field);
      if (c?.kind !== 'eq') break;
      equal.push(c.value);
    }
    const next = p < index.keys.length ? constraints.get((index.keys[p] as { field: string }).field) : undefined;
    let intervals: Interval[] | undefined;
    if (next?.kind === 'range') intervals = [next.interval];
    else if (next?.kind === 'in')
      intervals = next.values.map((v) => ({ low: v, lowInclusive: true, high: v, highInclusive: true }));
    if (p === 0 && !intervals) continue; // the leading key is not constrained: this index does not serve
    const order = orderFromIndex(index, p, next?.kind === 'in', sort, constraints);
    const score = p * 4 + (intervals ? 2 : 0) + (order.ordered ? 1 : 0);
    if (!best || score > best.score) {
      best = { plan: { kind: 'index', index, equal, intervals, ...order }, score };
    }
  }
  if (best) return { plan: best.plan, served: true, fields };

  if (fields.length === 0) {
    const first = sort[0];
    if (!first) return { plan: { kind: 'scan' }, served: true, fields };
    const index = indexes.find((ix) => ix.keys[0]?.field === first[0]);
    if (index) {
      const order = orderFromIndex(index, 0, false, sort, constraints);
      return { plan: { kind: 'index', index, equal: [], intervals: undefined, ...order }, served: true, fields };
    }
    return { plan: { kind: 'scan' }, served: false, fields };
  }
  return { plan: { kind: 'scan' }, served: false, fields };
}

/** Whether walking the index (after `p` equal keys) yields the requested sort, and in which direction. */
function orderFromIndex(
  index: IndexDefinition,
  p: number,
  multiPoint: boolean,
  sort: SortSpec,
  constraints: Map<string, Constraint>,
): { ordered: boolean; reverse: boolean } {
  // Sorting by a field pinned to one value changes nothing, so such fields drop out of the requested order.
  const wanted = sort.filter(([field]) => constraints.get(field)?.kind !== 'eq');
  if (wanted.length === 0) return { ordered: true, reverse: false };
  if (multiPoint) return { ordered: false, reverse: false };
  const rest = index.keys.slice(p);
  if (wanted.length > rest.length) return { ordered: false, reverse: false };
  let reverse: boolean | undefined;
  for (let i = 0; i < wanted.length; i++) {
    const [field, direction] = wanted[i] as [string, 1 | -1];
    const key = rest[i] as { field: string; direction: 1 | -1 };
    if (key.field !== field) return { ordered: false, reverse: false };
    const flip = key.direction !== direction;
    if (reverse === undefined) reverse = flip;
    else if (reverse !== flip) return { ordered: false, reverse: false };
  }
  return { ordered: true, reverse: reverse ?? false };
}
