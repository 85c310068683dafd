// Ordering and field access shared by sorting and the index structures, so that an index scan and an in-memory
// sort put documents in the same order. The order is MongoDB's cross-type order (missing/null < numbers < strings
// < objects < arrays < booleans < dates < regexes); within a type, natural order (strings by UTF-16 code unit, as
// MongoDB's default binary comparison does for the BMP).
export type Doc = Record<string, unknown>;

const RANK_NULL = 1;
const RANK_NUMBER = 2;
const RANK_STRING = 3;
const RANK_OBJECT = 4;
const RANK_ARRAY = 5;
const RANK_BOOLEAN = 6;
const RANK_DATE = 7;
const RANK_REGEX = 8;

export function typeRank(value: unknown): number {
  if (value === null || value === undefined) return RANK_NULL;
  if (typeof value === 'number') return RANK_NUMBER;
  if (typeof value === 'string') return RANK_STRING;
  if (typeof value === 'boolean') return RANK_BOOLEAN;
  if (value instanceof Date) return RANK_DATE;
  if (value instanceof RegExp) return RANK_REGEX;
  if (Array.isArray(value)) return RANK_ARRAY;
  return RANK_OBJECT;
}

/** Values an index can hold as a key: everything but objects and arrays (those documents are kept aside). */
export function isScalar(value: unknown): boolean {
  const rank = typeRank(value);
  return rank !== RANK_OBJECT && rank !== RANK_ARRAY;
}

export function compareValues(a: unknown, b: unknown): number {
  // The common cases of index keys first: the same value (a township id shared by every key), two strings.
  if (a === b) return 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case RANK_NULL:
      return 0;
    case RANK_NUMBER:
    case RANK_BOOLEAN:
      return cmp(Number(a), Number(b));
    case RANK_STRING:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case RANK_DATE:
      return cmp((a as Date).getTime(), (b as Date).getTime());
    case RANK_REGEX: {
      const [x, y] = [String(a), String(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case RANK_ARRAY: {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const c = compareValues(x[i], y[i]);
        if (c !== 0) return c;
      }
      return cmp(x.length, y.length);
    }
    default: {
      const ex = Object.entries(a as Doc);
      const ey = Object.entries(b as Doc);
      for (let i = 0; i < Math.min(ex.length, ey.length); i++) {
        const [kx, vx] = ex[i] as [string, unknown];
        const [ky, vy] = ey[i] as [string, unknown];
        if (kx !== ky) return kx < ky ? -1 : 1;
        const c = compareValues(vx, vy);
        if (c !== 0) return c;
      }
      return cmp(ex.length, ey.length);
    }
  }
}

function cmp(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : -1; // MongoDB sorts NaN below every other number
  if (Number.isNaN(b)) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads a dotted path through nested objects; arrays are not traversed (an index on them is multikey, see README). */
export function getPath(doc: unknown, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Doc)[part];
  }
  return current;
}

/** Whether a path crosses an array anywhere (then the document cannot be placed in an ordered index). */
export function pathCrossesArray(doc: unknown, path: string): boolean {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(current)) return true;
    if (current === null || typeof current !== 'object') return false;
    current = (current as Doc)[part];
  }
  return Array.isArray(current);
}

export type SortSpec = [field: string, direction: 1 | -1][];

/** Comparator for an orderBy; `_id` breaks ties so that skip/limit pages are stable. */
export function sortComparator(spec: SortSpec): (a: Doc, b: Doc) => number {
  return (a, b) => {
    for (const [field, direction] of spec) {
      const c = compareValues(getPath(a, field), getPath(b, field));
      if (c !== 0) return c * direction;
    }
    return compareValues(a._id, b._id);
  };
}

/** Deep copy that keeps Dates and RegExps (documents leave the engine as copies, never as live references). */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return value.map(clone) as T;
  const out: Doc = {};
  for (const [k, v] of Object.entries(value as Doc)) out[k] = clone(v);
  return out as T;
}
