// Contract: writing through the real wx-server-sdk behaves as CloudBase does — update operators, doc().set /
// update / remove, batch update/remove with where(), unique indexes, updateAndReturn, and no invented _openid.
import { connectNodeSdk, connectWxServerSdk, freshEnv, type TestEnv, type UntypedDatabase } from '../support/cloud';

let env: TestEnv;
let cloud: ReturnType<typeof connectWxServerSdk>;
let db: UntypedDatabase;

beforeAll(async () => {
  env = await freshEnv({ startAt: '2026-05-06T00:00:00.000Z', frozen: true });
  cloud = connectWxServerSdk(env);
  db = cloud.database();
});

async function fresh(data: Record<string, unknown>): Promise<string> {
  const { _id } = await db.collection('contractItems').add({ data: { category: 'write', ...data } });
  return _id as string;
}

async function read(id: string): Promise<Record<string, unknown>> {
  const {
    _id: _ignored,
    category: _c,
    ...rest
  } = (await db.collection('contractItems').doc(id).get()).data as Record<string, unknown>;
  return rest;
}

describe('update operators change a document as MongoDB does', () => {
  const _ = () => db.command;
  const cases: [string, Record<string, unknown>, () => Record<string, unknown>, Record<string, unknown>][] = [
    ['inc', { n: 5 }, () => ({ n: _().inc(3) }), { n: 8 }],
    ['inc creates a missing field', {}, () => ({ n: _().inc(2) }), { n: 2 }],
    ['mul', { n: 5 }, () => ({ n: _().mul(4) }), { n: 20 }],
    ['min keeps the smaller', { n: 5 }, () => ({ n: _().min(3) }), { n: 3 }],
    ['max keeps the larger', { n: 5 }, () => ({ n: _().max(3) }), { n: 5 }],
    ['set replaces a sub-document', { o: { a: 1, b: 2 } }, () => ({ o: _().set({ c: 3 }) }), { o: { c: 3 } }],
    [
      'plain object merges into a sub-document',
      { o: { a: 1, b: 2 } },
      () => ({ o: { c: 3 } }),
      { o: { a: 1, b: 2, c: 3 } },
    ],
    ['dotted path', { o: { a: 1 } }, () => ({ 'o.a': 9 }), { o: { a: 9 } }],
    ['remove', { n: 1, m: 2 }, () => ({ n: _().remove() }), { m: 2 }],
    ['rename', { n: 1 }, () => ({ n: _().rename('k') }), { k: 1 }],
    ['push (several)', { a: [1] }, () => ({ a: _().push([2, 3]) }), { a: [1, 2, 3] }],
    ['push with position', { a: [1, 4] }, () => ({ a: _().push({ each: [2, 3], position: 1 }) }), { a: [1, 2, 3, 4] }],
    ['pop', { a: [1, 2, 3] }, () => ({ a: _().pop() }), { a: [1, 2] }],
    ['shift', { a: [1, 2, 3] }, () => ({ a: _().shift() }), { a: [2, 3] }],
    ['unshift', { a: [2, 3] }, () => ({ a: _().unshift([0, 1]) }), { a: [0, 1, 2, 3] }],
    ['pull (value)', { a: [1, 2, 1, 3] }, () => ({ a: _().pull(1) }), { a: [2, 3] }],
    ['pull (condition)', { a: [1, 5, 7, 2] }, () => ({ a: _().pull(_().gt(4)) }), { a: [1, 2] }],
    ['pullAll', { a: [1, 2, 3, 2] }, () => ({ a: _().pullAll([2, 3]) }), { a: [1] }],
    ['addToSet skips present values', { a: [1, 2] }, () => ({ a: _().addToSet(2) }), { a: [1, 2] }],
    ['addToSet each', { a: [1] }, () => ({ a: _().addToSet({ $each: [1, 2, 3] }) }), { a: [1, 2, 3] }],
  ];
  test.each(cases)('%s', async (_label, initial, update, expected) => {
    const id = await fresh(initial);
    const res = await db.collection('contractItems').doc(id).update({ data: update() });
    // `updated` counts documents that changed (MongoDB's nModified): an update that changes nothing counts 0.
    expect(res.stats.updated).toBe(JSON.stringify(initial) === JSON.stringify(expected) ? 0 : 1);
    expect(await read(id)).toEqual(expected);
  });

  test('serverDate in an update is now on the environment clock', async () => {
    const id = await fresh({});
    await env.advance(5_000);
    await db
      .collection('contractItems')
      .doc(id)
      .update({ data: { touchedAt: db.serverDate() } });
    expect(((await read(id)).touchedAt as Date).getTime()).toBe(await env.now());
  });
});

describe('doc() writes', () => {
  test('set() replaces the whole document (fields not given are gone) and reports no creation', async () => {
    const id = await fresh({ a: 1, b: 2 });
    const res = await db
      .collection('contractItems')
      .doc(id)
      .set({ data: { category: 'write', c: 3 } });
    expect(res.stats).toEqual({ updated: 1, created: 0 });
    expect(await read(id)).toEqual({ c: 3 });
  });

  test('set() on a missing id creates the document with that id', async () => {
    const id = `set-${Date.now()}`;
    const res = await db
      .collection('contractItems')
      .doc(id)
      .set({ data: { category: 'write', c: 1 } });
    expect(res.stats).toEqual({ updated: 0, created: 1 });
    expect(await read(id)).toEqual({ c: 1 });
  });

  test('update() of a missing document changes nothing and reports 0', async () => {
    const res = await db
      .collection('contractItems')
      .doc('missing-doc')
      .update({ data: { a: 1 } });
    expect(res.stats.updated).toBe(0);
    await expect(db.collection('contractItems').doc('missing-doc').get()).rejects.toThrow('does not exist');
  });

  test('update() that changes nothing reports 0 updated (MongoDB nModified)', async () => {
    const id = await fresh({ a: 1 });
    const res = await db
      .collection('contractItems')
      .doc(id)
      .update({ data: { a: 1 } });
    expect(res.stats.updated).toBe(0);
  });

  test('remove() deletes one document and reports it', async () => {
    const id = await fresh({});
    expect((await db.collection('contractItems').doc(id).remove()).stats.removed).toBe(1);
    expect((await db.collection('contractItems').doc(id).remove()).stats.removed).toBe(0);
  });

  test('add() with an existing _id fails; no write gets an _openid', async () => {
    const id = await fresh({ a: 1 });
    await expect(db.collection('contractItems').add({ data: { _id: id, category: 'write' } })).rejects.toThrow(
      /duplicate key/,
    );
    const doc = (await db.collection('contractItems').doc(id).get()).data;
    expect(doc).not.toHaveProperty('_openid');
  });
});

describe('batch writes with where()', () => {
  test('update() changes every match and remove() removes every match', async () => {
    const owner = `owner-${Date.now()}`;
    for (let i = 0; i < 5; i++) await fresh({ owner, i });
    const updated = await db
      .collection('contractItems')
      .where({ owner, i: db.command.gte(2) })
      .update({ data: { flag: true } });
    expect(updated.stats.updated).toBe(3);
    const flagged = await db.collection('contractItems').where({ owner, flag: true }).count();
    expect(flagged.total).toBe(3);
    const removed = await db.collection('contractItems').where({ owner }).remove();
    expect(removed.stats.removed).toBe(5);
    expect((await db.collection('contractItems').where({ owner }).count()).total).toBe(0);
  });

  test('a unique index refuses a second document with the same key', async () => {
    const code = `code-${Date.now()}`;
    await db.collection('contractOwners').add({ data: { code, name: 'a' } });
    await expect(db.collection('contractOwners').add({ data: { code, name: 'b' } })).rejects.toThrow(/duplicate key/);
    expect((await db.collection('contractOwners').where({ code }).count()).total).toBe(1);
  });

  test('updateAndReturn (node-sdk) updates one match and returns it as updated', async () => {
    const app = connectNodeSdk(env);
    const ndb = app.database();
    const owner = `ret-${Date.now()}`;
    await fresh({ owner, n: 1 });
    const res = (await ndb
      .collection('contractItems')
      .where({ owner })
      .updateAndReturn({ n: ndb.command.inc(1) })) as unknown as { updated: number; doc: Record<string, unknown> };
    expect(res.updated).toBe(1);
    expect(res.doc).toMatchObject({ owner, n: 2 });
  });
});
