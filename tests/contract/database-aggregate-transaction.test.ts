// Contract: aggregation stages and transactions through the real wx-server-sdk (and @cloudbase/node-sdk for the
// concurrent writer), as CloudBase behaves: match/group/sort/limit/project/lookup, the 20-document default of
// aggregate().end(), transactions that commit atomically, roll back, read a snapshot, are retried by
// runTransaction on a write conflict, and refuse multi-document operations.
import { connectNodeSdk, connectWxServerSdk, freshEnv, type TestEnv, type UntypedDatabase } from '../support/cloud';

let env: TestEnv;
let cloud: ReturnType<typeof connectWxServerSdk>;
let db: UntypedDatabase;

const sales = Array.from({ length: 30 }, (_, i) => ({ category: 'agg', owner: `o${i % 3}`, amount: (i * 13) % 17, i }));

beforeAll(async () => {
  env = await freshEnv({ frozen: true, startAt: '2026-01-05T02:00:00.000Z' });
  cloud = connectWxServerSdk(env);
  db = cloud.database();
  for (const row of sales) await db.collection('contractItems').add({ data: row });
  for (const code of ['o0', 'o1', 'o2'])
    await db.collection('contractOwners').add({ data: { code, name: `Owner ${code}` } });
});

describe('aggregate', () => {
  test('match + group + sort: totals per owner, largest first', async () => {
    const $ = db.command.aggregate;
    const res = await db
      .collection('contractItems')
      .aggregate()
      .match({ category: 'agg' })
      .group({ _id: '$owner', total: $.sum('$amount'), count: $.sum(1) })
      .sort({ total: -1 })
      .end();
    const expected = ['o0', 'o1', 'o2']
      .map((owner) => {
        const rows = sales.filter((s) => s.owner === owner);
        return { _id: owner, total: rows.reduce((a, s) => a + s.amount, 0), count: rows.length };
      })
      .sort((a, b) => b.total - a.total);
    expect(res.list).toEqual(expected);
  });

  test('project + sort + limit', async () => {
    const res = await db
      .collection('contractItems')
      .aggregate()
      .match({ category: 'agg', amount: db.command.gt(10) })
      .project({ _id: 0, i: 1, double: db.command.aggregate.multiply(['$amount', 2]) })
      .sort({ i: 1 })
      .limit(3)
      .end();
    const expected = sales
      .filter((s) => s.amount > 10)
      .slice(0, 3)
      .map((s) => ({ i: s.i, double: s.amount * 2 }));
    expect(res.list).toEqual(expected);
  });

  test('lookup joins another collection of the same environment', async () => {
    const res = await db
      .collection('contractItems')
      .aggregate()
      .match({ category: 'agg', i: db.command.lt(3) })
      .lookup({ from: 'contractOwners', localField: 'owner', foreignField: 'code', as: 'ownerDocs' })
      .project({ _id: 0, i: 1, ownerName: db.command.aggregate.arrayElemAt(['$ownerDocs.name', 0]) })
      .sort({ i: 1 })
      .end();
    expect(res.list).toEqual(sales.slice(0, 3).map((s) => ({ i: s.i, ownerName: `Owner ${s.owner}` })));
  });

  test('end() without a limit stage answers 20 documents, as the cloud does', async () => {
    const unlimited = await db.collection('contractItems').aggregate().match({ category: 'agg' }).end();
    expect(unlimited.list).toHaveLength(20);
    const limited = await db.collection('contractItems').aggregate().match({ category: 'agg' }).limit(100).end();
    expect(limited.list).toHaveLength(sales.length);
  });
});

describe('transactions', () => {
  async function account(balance: number): Promise<string> {
    const { _id } = await db.collection('contractLedger').add({ data: { balance } });
    return _id as string;
  }
  const balance = async (id: string) => (await db.collection('contractLedger').doc(id).get()).data.balance as number;

  test('runTransaction commits every write together and returns the callback result', async () => {
    const [a, b] = [await account(100), await account(0)];
    const result = await db.runTransaction(async (t: UntypedDatabase) => {
      const from = (await t.collection('contractLedger').doc(a).get()).data as { balance: number };
      await t
        .collection('contractLedger')
        .doc(a)
        .update({ data: { balance: from.balance - 30 } });
      await t
        .collection('contractLedger')
        .doc(b)
        .update({ data: { balance: db.command.inc(30) } });
      const added = await t.collection('contractLedger').add({ data: { transfer: 30 } });
      return added._id;
    });
    expect([await balance(a), await balance(b)]).toEqual([70, 30]);
    expect((await db.collection('contractLedger').doc(String(result)).get()).data).toMatchObject({ transfer: 30 });
  });

  test('writes are invisible outside until commit; rollback discards them', async () => {
    const a = await account(10);
    const t = await db.startTransaction();
    await t
      .collection('contractLedger')
      .doc(a)
      .update({ data: { balance: 99 } });
    expect((await t.collection('contractLedger').doc(a).get()).data).toMatchObject({ balance: 99 });
    expect(await balance(a)).toBe(10);
    await t.rollback();
    expect(await balance(a)).toBe(10);
  });

  test('a transaction reads the snapshot from its start, not later commits', async () => {
    const a = await account(1);
    const t = await db.startTransaction();
    await t.collection('contractLedger').doc(a).get();
    await db
      .collection('contractLedger')
      .doc(a)
      .update({ data: { balance: 2 } });
    expect((await t.collection('contractLedger').doc(a).get()).data).toMatchObject({ balance: 1 });
    await t.rollback();
  });

  test('a write conflict fails the commit and runTransaction retries the callback', async () => {
    const a = await account(0);
    const other = connectNodeSdk(env).database();
    let attempts = 0;
    await db.runTransaction(async (t: UntypedDatabase) => {
      attempts += 1;
      const current = (await t.collection('contractLedger').doc(a).get()).data as { balance: number };
      // Another writer changes the document after this transaction started, on the first attempt only.
      if (attempts === 1)
        await other
          .collection('contractLedger')
          .doc(a)
          .update({ balance: other.command.inc(100) });
      await t
        .collection('contractLedger')
        .doc(a)
        .update({ data: { balance: current.balance + 1 } });
    });
    expect(attempts).toBe(2);
    expect(await balance(a)).toBe(101);
  });

  test('of two transactions writing the same document, the first to commit wins', async () => {
    const a = await account(0);
    const [t1, t2] = [await db.startTransaction(), await db.startTransaction()];
    await t1
      .collection('contractLedger')
      .doc(a)
      .update({ data: { balance: 1 } });
    await t2
      .collection('contractLedger')
      .doc(a)
      .update({ data: { balance: 2 } });
    await t1.commit();
    await expect(t2.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    expect(await balance(a)).toBe(1);
  });

  test('multi-document operations are refused inside a transaction', async () => {
    const t = await db.startTransaction();
    await expect(t.collection('contractLedger').where({ seq: 1 }).get()).rejects.toThrow(/single-document/);
    await t.rollback();
  });

  test('doc().set() and remove() inside a transaction', async () => {
    const a = await account(5);
    const created = `txn-set-${Date.now()}`;
    await db.runTransaction(async (t: UntypedDatabase) => {
      await t
        .collection('contractLedger')
        .doc(created)
        .set({ data: { balance: 7 } });
      await t.collection('contractLedger').doc(a).remove();
    });
    expect(await balance(created)).toBe(7);
    await expect(db.collection('contractLedger').doc(a).get()).rejects.toThrow('does not exist');
  });
});
