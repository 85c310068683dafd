// The collection the query benchmark fills: shaped like `items` (township, deputy, status, dates, a title and some
// text), with one declared index serving "a deputy's items, newest first" — the inbox query of the product.
// Deterministic (no Math.random) so two runs measure the same data.

export const BENCH_COLLECTION = 'benchItems';
/** 200 deputies → about 500 documents each at 100,000: the query reads 20 of them through the index. */
export const BENCH_DEPUTIES = 200;

export const BENCH_COLLECTION_DECLARATION = {
  name: BENCH_COLLECTION,
  description: 'Bench only (npm run bench): synthetic items for the query latency figure.',
  indexes: [
    {
      name: 'deputySubmitted',
      keys: [
        { field: 'deputyId', direction: 1 },
        { field: 'submittedAt', direction: -1 },
      ],
    },
  ],
  rules: { read: false, write: false },
};

const STATUSES = ['submitted', 'accepted', 'assigned', 'answered', 'closed'] as const;
const CATEGORIES = ['道路交通', '环境卫生', '教育医疗', '农业农村', '社会保障', '其他'] as const;
const BODY = '村口道路坑洼积水，雨天出行不便，老人孩子上学看病都受影响，希望尽快修补并完善排水。';

export function deputyId(i: number): string {
  return `dep-${String(i % BENCH_DEPUTIES).padStart(4, '0')}`;
}

/** The i-th document: about 400 bytes of EJSON, like a real item without its timeline. */
export function benchDocument(i: number, origin: number): Record<string, unknown> {
  return {
    _id: `bench-${String(i).padStart(8, '0')}`,
    townshipId: 'town-qinghe',
    deputyId: deputyId(i),
    villageId: `village-${i % 23}`,
    status: STATUSES[i % STATUSES.length],
    category: CATEGORIES[i % CATEGORIES.length],
    title: `第${i}号意见：${CATEGORIES[i % CATEGORIES.length]}`,
    body: BODY,
    // Spread over about a year, with distinct instants so the order is total.
    submittedAt: new Date(origin - i * 317_000),
    dueAt: new Date(origin - i * 317_000 + 15 * 86_400_000),
    version: 1,
  };
}
