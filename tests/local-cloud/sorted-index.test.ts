// The chunked sorted index on its own, with chunks of 2 to 4 entries so that every insert and remove crosses chunk
// splits and empties: after any sequence of inserts, bulk inserts (one merge) and removes, every scan (equality prefix, range on the next
// key, forwards and reversed) yields exactly what a brute-force sort and filter of the live documents yields.
import fc from 'fast-check';
import { compareValues, type Doc } from '../../local-cloud/db/values';
import { SortedIndex, type IndexDefinition, type Interval } from '../../local-cloud/db/sorted-index';

const def: IndexDefinition = {
  name: 'a_b',
  unique: false,
  keys: [
    { field: 'a', direction: 1 },
    { field: 'b', direction: -1 },
  ],
};

const scalar = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('x', 'y'), fc.constant(null));
const entry = fc.record({ id: fc.nat(30), a: scalar, b: scalar });
const op = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), id: fc.nat(30), a: scalar, b: scalar }),
  fc.record({ kind: fc.constant('remove' as const), id: fc.nat(30) }),
  // A bulk insert (insertMany: one sort and one merge), of documents not in the index yet.
  fc.record({
    kind: fc.constant('bulk' as const),
    docs: fc.uniqueArray(entry, { selector: (d) => d.id, maxLength: 12 }),
  }),
);
const interval: fc.Arbitrary<Interval | undefined> = fc.oneof(
  fc.constant(undefined),
  fc
    .record({ low: fc.option(scalar, { nil: undefined }), high: fc.option(scalar, { nil: undefined }) })
    .chain(({ low, high }) =>
      fc.record({ lowInclusive: fc.boolean(), highInclusive: fc.boolean() }).map((inc) => ({ low, high, ...inc })),
    ),
);

function inInterval(value: unknown, i: Interval | undefined): boolean {
  if (!i) return true;
  // Plain bounds compare in MongoDB's cross-type order (the planner adds type brackets itself).
  if (i.low !== undefined) {
    const c = compareValues(value, i.low);
    if (c < 0 || (c === 0 && !i.lowInclusive)) return false;
  }
  if (i.high !== undefined) {
    const c = compareValues(value, i.high);
    if (c > 0 || (c === 0 && !i.highInclusive)) return false;
  }
  return true;
}

test('a chunked index scans like a brute-force sort after any inserts, bulk inserts and removes', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 2 }),
      fc.array(op, { maxLength: 80 }),
      fc.option(scalar, { nil: undefined }),
      interval,
      fc.boolean(),
      (load, ops, equalA, range, reverse) => {
        const index = new SortedIndex(def, load);
        const live = new Map<string, Doc>();
        const idOf = (n: number) => `id${String(n).padStart(2, '0')}`;
        const drop = (id: string) => {
          const before = live.get(id);
          if (before) index.remove(before);
          live.delete(id);
        };
        for (const o of ops) {
          if (o.kind === 'bulk') {
            const docs: Doc[] = o.docs.map((d) => ({ _id: idOf(d.id), a: d.a, b: d.b }));
            for (const doc of docs) drop(String(doc._id));
            for (const doc of docs) live.set(String(doc._id), doc);
            index.insertMany(docs);
            continue;
          }
          const id = idOf(o.id);
          drop(id);
          if (o.kind === 'insert') {
            const doc: Doc = { _id: id, a: o.a, b: o.b };
            live.set(id, doc);
            index.insert(doc);
          }
        }
        expect(index.size()).toBe(live.size);
        const sorted = [...live.values()].sort((x, y) => {
          const c = compareValues(x.a, y.a) || -compareValues(x.b, y.b);
          return c !== 0 ? c : String(x._id) < String(y._id) ? -1 : 1;
        });
        const equal = equalA === undefined ? [] : [equalA];
        const expected = sorted
          .filter((d) => equalA === undefined || compareValues(d.a, equalA) === 0)
          .filter((d) => (equalA === undefined ? inInterval(d.a, range) : inInterval(d.b, range)))
          .map((d) => String(d._id));
        if (reverse) expected.reverse();
        expect([...index.scan(equal, range, reverse)]).toEqual(expected);
      },
    ),
    { numRuns: 500 },
  );
});
