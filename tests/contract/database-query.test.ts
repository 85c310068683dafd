// Contract: reading the database through the real wx-server-sdk behaves as CloudBase does — command operators,
// ordering and paging, the server's 100/1000 limits, projection, ids, dates, missing documents and collections.
import { connectWxServerSdk, freshEnv, type TestEnv, type UntypedDatabase } from '../support/cloud';

type Row = {
  _id?: string;
  category: string;
  score: number;
  tags: string[];
  name: string;
  extra?: string;
  rank?: number;
};

let env: TestEnv;
let db: UntypedDatabase;
const fixture: Row[] = Array.from({ length: 24 }, (_, i) => ({
  category: 'ops',
  score: (i * 7) % 11,
  tags: i % 3 === 0 ? ['red', 'blue'] : i % 3 === 1 ? ['blue'] : [],
  name: `item-${String(i).padStart(2, '0')}${i % 4 === 0 ? '-Special' : ''}`,
  ...(i % 5 === 0 ? { extra: 'yes' } : {}),
}));

beforeAll(async () => {
  env = await freshEnv({ startAt: '2026-03-02T01:00:00.000Z', frozen: true });
  db = connectWxServerSdk(env).database();
  for (const row of fixture) {
    const { _id } = await db.collection('contractItems').add({ data: row });
    row._id = _id as string;
  }
});

const ids = (rows: { _id?: unknown }[]) => rows.map((r) => String(r._id)).sort();

describe('command operators select what their MongoDB meaning selects', () => {
  const _ = () => db.command;
  const cases: [string, () => object, (r: Row) => boolean][] = [
    ['gt', () => ({ score: _().gt(5) }), (r) => r.score > 5],
    ['gte', () => ({ score: _().gte(5) }), (r) => r.score >= 5],
    ['lt', () => ({ score: _().lt(3) }), (r) => r.score < 3],
    ['lte + gte (range)', () => ({ score: _().gte(2).and(_().lte(4)) }), (r) => r.score >= 2 && r.score <= 4],
    ['eq', () => ({ score: _().eq(4) }), (r) => r.score === 4],
    ['neq', () => ({ score: _().neq(4) }), (r) => r.score !== 4],
    ['in', () => ({ score: _().in([1, 2, 3]) }), (r) => [1, 2, 3].includes(r.score)],
    ['nin', () => ({ score: _().nin([1, 2, 3]) }), (r) => ![1, 2, 3].includes(r.score)],
    ['or (field level)', () => ({ score: _().lt(2).or(_().gt(9)) }), (r) => r.score < 2 || r.score > 9],
    ['exists true', () => ({ extra: _().exists(true) }), (r) => r.extra !== undefined],
    ['exists false', () => ({ extra: _().exists(false) }), (r) => r.extra === undefined],
    ['array contains (equality on an array field)', () => ({ tags: 'red' }), (r) => r.tags.includes('red')],
    ['all', () => ({ tags: _().all(['red', 'blue']) }), (r) => r.tags.includes('red') && r.tags.includes('blue')],
    ['size', () => ({ tags: _().size(0) }), (r) => r.tags.length === 0],
    ['elemMatch', () => ({ tags: _().elemMatch(_().eq('blue')) }), (r) => r.tags.includes('blue')],
    ['JS regex', () => ({ name: /special$/i }), (r) => /special$/i.test(r.name)],
    ['db.RegExp', () => ({ name: db.RegExp({ regexp: '^item-0', options: '' }) }), (r) => /^item-0/.test(r.name)],
  ];
  test.each(cases)('%s', async (_label, where, predicate) => {
    const res = await db
      .collection('contractItems')
      .where({ category: 'ops', ...where() })
      .limit(100)
      .get();
    const expected = fixture.filter(predicate);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(res.data as Row[])).toEqual(ids(expected));
  });

  test('and / or combinators at the top level', async () => {
    const c = db.command;
    const res = await db
      .collection('contractItems')
      .where(c.and([{ category: 'ops' }, c.or([{ score: c.lt(2) }, { tags: c.size(1) }])]))
      .get();
    expect(ids(res.data as Row[])).toEqual(ids(fixture.filter((r) => r.score < 2 || r.tags.length === 1)));
  });
});

describe('ordering and paging', () => {
  test.each([
    ['desc', 'desc' as const, 0, 7],
    ['asc with skip', 'asc' as const, 5, 6],
    ['desc past the end', 'desc' as const, 20, 10],
  ])('orderBy score %s, skip/limit', async (_label, direction, skip, limit) => {
    let q = db.collection('contractItems').where({ category: 'ops' }).orderBy('score', direction).limit(limit);
    if (skip) q = q.skip(skip);
    const res = await q.get();
    const scores = (res.data as Row[]).map((r) => r.score);
    const all = fixture.map((r) => r.score).sort((a, b) => (direction === 'asc' ? a - b : b - a));
    expect(scores).toEqual(all.slice(skip, skip + limit));
  });
});

describe('server read limits', () => {
  beforeAll(async () => {
    const rows = Array.from({ length: 1100 }, (_, i) => ({ category: 'bulk', rank: i }));
    // Inserting in batches of 100 through the raw action (the same action add() sends), to keep the test quick.
    for (let i = 0; i < rows.length; i += 100) {
      const body = {
        action: 'database.insertDocument',
        envName: env.name,
        collectionName: 'contractItems',
        data: rows
          .slice(i, i + 100)
          .map((r) => JSON.stringify({ category: r.category, rank: { $numberInt: String(r.rank) } })),
      };
      const res = await fetch(env.adminUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
    }
  });

  test('get() without limit answers 100 documents', async () => {
    const res = await db.collection('contractItems').where({ category: 'bulk' }).get();
    expect(res.data).toHaveLength(100);
  });

  test('limit above 1000 is clamped to 1000 by the SDK and by the server', async () => {
    const viaSdk = await db.collection('contractItems').where({ category: 'bulk' }).limit(5000).get();
    expect(viaSdk.data).toHaveLength(1000);
    const raw = await fetch(env.adminUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'database.getDocument',
        envName: env.name,
        collectionName: 'contractItems',
        queryType: 'WHERE',
        query: JSON.stringify({ category: 'bulk' }),
        limit: 5000,
      }),
    });
    const body = (await raw.json()) as { data: { list: string[] } };
    expect(body.data.list).toHaveLength(1000);
  });

  test('an empty filter ordered by an indexed field pages through everything in order', async () => {
    const res = await db
      .collection('contractItems')
      .where({ category: 'bulk' })
      .orderBy('rank', 'asc')
      .skip(990)
      .limit(20)
      .get();
    expect((res.data as Row[]).map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => 990 + i));
  });
});

describe('documents', () => {
  test('field() projects: only the named fields and _id come back', async () => {
    const res = await db.collection('contractItems').where({ category: 'ops' }).field({ score: true }).limit(3).get();
    for (const doc of res.data as Record<string, unknown>[]) expect(Object.keys(doc).sort()).toEqual(['_id', 'score']);
  });

  test('generated _ids are 32 hex characters and server writes get no _openid', async () => {
    const first = fixture[0] as Row;
    expect(first._id).toMatch(/^[0-9a-f]{32}$/);
    const { data } = await db
      .collection('contractItems')
      .doc(first._id as string)
      .get();
    expect(data).not.toHaveProperty('_openid');
    expect(data).toEqual({ ...first });
  });

  test('Dates round-trip as Dates and serverDate() is now on the environment clock', async () => {
    const at = new Date('2025-12-31T16:00:00.000Z');
    const { _id } = await db.collection('contractItems').add({
      data: { category: 'dates', at, stamped: db.serverDate(), later: db.serverDate({ offset: 60_000 }) },
    });
    const { data } = await db
      .collection('contractItems')
      .doc(_id as string)
      .get();
    const now = await env.now();
    expect(data.at).toBeInstanceOf(Date);
    expect((data.at as Date).getTime()).toBe(at.getTime());
    expect((data.stamped as Date).getTime()).toBe(now);
    expect((data.later as Date).getTime()).toBe(now + 60_000);
    const byDate = await db
      .collection('contractItems')
      .where({ category: 'dates', at: db.command.lte(at) })
      .get();
    expect(ids(byDate.data as Row[])).toEqual([_id]);
  });

  test('doc().get() of a missing document fails as in the cloud; throwOnNotFound:false gives null', async () => {
    await expect(db.collection('contractItems').doc('no-such-id').get()).rejects.toThrow(
      'document with _id no-such-id does not exist',
    );
    const cloud = connectWxServerSdk(env);
    const lenient: UntypedDatabase = (cloud.database as (config: object) => UntypedDatabase)({
      throwOnNotFound: false,
    });
    await expect(lenient.collection('contractItems').doc('no-such-id').get()).resolves.toMatchObject({ data: null });
  });

  test('an undeclared collection does not exist (-502005) until addCollection creates it', async () => {
    await expect(db.collection('contractUndeclared').where({ a: 1 }).get()).rejects.toMatchObject({ errCode: -502005 });
    await db.createCollection('contractCreated');
    const { _id } = await db.collection('contractCreated').add({ data: { a: 1 } });
    await expect(
      db
        .collection('contractCreated')
        .doc(_id as string)
        .get(),
    ).resolves.toMatchObject({ data: { a: 1 } });
    await expect(db.createCollection('contractCreated')).rejects.toBeDefined();
  });

  test('count() counts what where() selects', async () => {
    const { total } = await db
      .collection('contractItems')
      .where({ category: 'ops', score: db.command.gt(5) })
      .count();
    expect(total).toBe(fixture.filter((r) => r.score > 5).length);
  });
});
