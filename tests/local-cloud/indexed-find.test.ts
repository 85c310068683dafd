// The indexes only narrow candidates: for any documents and any query, an indexed collection answers exactly what
// a brute-force evaluation (mingo over every document, then the same sort, skip and limit) answers — including
// documents whose indexed fields hold arrays, are missing, or have mixed types, and after updates and removals.
import fc from 'fast-check';
import { Query } from 'mingo';
import { CollectionState } from '../../local-cloud/db/collection';
import { sortComparator, type Doc, type SortSpec } from '../../local-cloud/db/values';

const indexes = [
  {
    name: 'a_b',
    unique: false,
    keys: [
      { field: 'a', direction: 1 as const },
      { field: 'b', direction: -1 as const },
    ],
  },
  { name: 'b', unique: false, keys: [{ field: 'b', direction: 1 as const }] },
  // A dotted path: through an object, an array of objects (multikey: kept aside), or a scalar (no value).
  { name: 'c_d', unique: false, keys: [{ field: 'c.d', direction: 1 as const }] },
];

const value = fc.oneof(
  fc.integer({ min: 0, max: 4 }),
  fc.constantFrom('x', 'y'),
  fc.constant(null),
  fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 2 }),
);
const nested = fc.oneof(
  value,
  fc.record({ d: value }, { requiredKeys: [] }),
  fc.array(fc.record({ d: value }), { maxLength: 2 }),
);
const doc = fc.record({ a: value, b: value, c: nested }, { requiredKeys: [] });
const scalar = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('x', 'y'));
const condition = fc.oneof(
  scalar,
  scalar.map((v) => ({ $gt: v })),
  scalar.map((v) => ({ $lte: v })),
  fc.tuple(scalar, scalar).map(([l, h]) => ({ $gte: l, $lt: h })),
  fc.array(scalar, { minLength: 1, maxLength: 3 }).map((vs) => ({ $in: vs })),
);
const filter = fc.record({ a: condition, b: condition, 'c.d': condition }, { requiredKeys: [] });
const sort: fc.Arbitrary<SortSpec> = fc.constantFrom<SortSpec>(
  [],
  [['b', 1]],
  [['b', -1]],
  [
    ['a', 1],
    ['b', -1],
  ],
  [['a', -1]],
);

test('indexed find equals brute force', () => {
  fc.assert(
    fc.property(
      fc.array(doc, { maxLength: 40 }),
      filter,
      sort,
      fc.nat(5),
      fc.integer({ min: 1, max: 10 }),
      fc.array(fc.nat(39), { maxLength: 5 }),
      (docs, f, s, offset, limit, removed) => {
        const withIds: Doc[] = docs.map((d, i) => ({ _id: `id${String(i).padStart(2, '0')}`, ...d }));
        const coll = new CollectionState('c', indexes);
        coll.load(withIds.slice(0, 20));
        withIds.slice(20).forEach((d, i) => coll.apply(String(d._id), d, i + 1));
        for (const r of removed) coll.apply(`id${String(r).padStart(2, '0')}`, undefined, 100);
        const live = withIds.filter((d) => !removed.some((r) => d._id === `id${String(r).padStart(2, '0')}`));
        const query = new Query(f as Doc, {});
        const matching = live.filter((d) => query.test(d)).sort(sortComparator(s));
        const expected = matching.slice(offset, offset + limit);
        const actual = coll.find(f as Doc, { sort: s, offset, limit });
        const ids = (list: Doc[]) => list.map((d) => String(d._id)).sort();
        if (s.length === 0) {
          // Without orderBy the order is unspecified (as in CloudBase): a page of the right size, of matches only.
          expect(actual).toHaveLength(expected.length);
          expect(new Set(ids(actual)).size).toBe(actual.length);
          for (const id of ids(actual)) expect(ids(matching)).toContain(id);
          return;
        }
        // Ties in the requested order may come back in any order (as in MongoDB): compare the sort keys, then the sets.
        const keyOf = (d: Doc) => JSON.stringify(s.map(([field]) => d[field] ?? null));
        expect(actual.map(keyOf)).toEqual(expected.map(keyOf));
        if (offset === 0 && limit >= matching.length) expect(ids(actual)).toEqual(ids(expected));
      },
    ),
    { numRuns: 400 },
  );
});

test('a bulk insert merged into the indexes answers as inserts one by one would', () => {
  // 256 documents or more, and at least 1/64 of the collection: CollectionState.applyInserts merges them.
  fc.assert(
    fc.property(
      fc.array(doc, { minLength: 600, maxLength: 600 }),
      fc.array(fc.tuple(filter, sort), { minLength: 5, maxLength: 5 }),
      (docs, queries) => {
        const withIds: Doc[] = docs.map((d, i) => ({ _id: `id${String(i).padStart(3, '0')}`, ...d }));
        const bulk = new CollectionState('c', indexes);
        const single = new CollectionState('c', indexes);
        bulk.applyInserts(withIds.slice(0, 300), 1);
        withIds.slice(300, 320).forEach((d) => bulk.apply(String(d._id), d, 2));
        bulk.applyInserts(withIds.slice(320), 3);
        withIds.forEach((d, i) => single.apply(String(d._id), d, i));
        for (const [f, s] of queries) {
          const options = { sort: s, offset: 0, limit: undefined };
          const ids = (list: Doc[]) => list.map((d) => String(d._id)).sort();
          expect(ids(bulk.find(f as Doc, options))).toEqual(ids(single.find(f as Doc, options)));
        }
        expect(bulk.indexes.map((ix) => ix.size())).toEqual(single.indexes.map((ix) => ix.size()));
      },
    ),
    { numRuns: 20 },
  );
});

test('a dotted path through an array of objects keeps the document aside, and the index still finds it', () => {
  for (const bulk of [false, true]) {
    const coll = new CollectionState('c', indexes);
    const docs: Doc[] = [
      { _id: 'array', c: [{ d: 1 }, { d: 2 }] },
      { _id: 'object', c: { d: 1 } },
      { _id: 'scalar', c: 1 },
      ...Array.from({ length: 300 }, (_, i) => ({ _id: `f${i}`, c: { d: 3 + (i % 5) } })),
    ];
    if (bulk) coll.applyInserts(docs, 1);
    else docs.forEach((d) => coll.apply(String(d._id), d, 1));
    expect(coll.plan({ 'c.d': 1 }, []).plan.kind).toBe('index');
    const ids = coll.find({ 'c.d': 1 }, { sort: [], offset: 0, limit: undefined }).map((d) => d._id);
    expect(ids.sort()).toEqual(['array', 'object']);
  }
});
