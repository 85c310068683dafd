// Index reporting: a query that no declared index serves fails in strict mode with a message naming the collection
// and the fields (and is only logged as a warning otherwise); queries the rule counts as served go through.
// The rule (local-cloud/README.md): _id equality/$in, or the leading key of a declared index constrained by
// equality, $in or a range; an empty filter needs no orderBy or an orderBy on some index's leading key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from '../../local-cloud/server';
import { registerDatabase } from '../../local-cloud/db/register';
import { connectWxServerSdk, freshEnv, type UntypedDatabase } from '../support/cloud';

let db: UntypedDatabase;

beforeAll(async () => {
  db = connectWxServerSdk(await freshEnv()).database();
  await db.collection('contractItems').add({ data: { category: 'ix', score: 1, rank: 1, note: 'n' } });
});

describe('strict mode (the test server)', () => {
  const c = () => db.collection('contractItems');
  const _ = () => db.command;
  const served: [string, () => Promise<unknown>][] = [
    ['equality on a leading key', () => c().where({ category: 'ix' }).get()],
    ['equality + orderBy the next key', () => c().where({ category: 'ix' }).orderBy('score', 'desc').limit(20).get()],
    [
      'range on a leading key',
      () =>
        c()
          .where({ rank: _().gte(0) })
          .get(),
    ],
    [
      '$in on a leading key',
      () =>
        c()
          .where({ category: _().in(['ix', 'other']) })
          .get(),
    ],
    ['_id', () => c().where({ _id: 'whatever' }).get()],
    ['no filter, no order', () => c().limit(1).get()],
    ['no filter, ordered by a leading key', () => c().orderBy('rank', 'asc').limit(1).get()],
    ['count with an indexed filter', () => c().where({ owner: 'x' }).count()],
  ];
  test.each(served)('served: %s', async (_label, run) => {
    await expect(run()).resolves.toBeDefined();
  });

  const unserved: [string, () => Promise<unknown>, string[]][] = [
    ['only a non-leading key', () => c().where({ score: 1 }).get(), ['score']],
    ['an unindexed field', () => c().where({ note: 'n' }).get(), ['note']],
    [
      '$ne on a leading key',
      () =>
        c()
          .where({ category: _().neq('ix') })
          .get(),
      ['category'],
    ],
    ['no filter, ordered by a non-leading key', () => c().orderBy('score', 'asc').get(), []],
    [
      'update with an unindexed filter',
      () =>
        c()
          .where({ note: 'n' })
          .update({ data: { x: 1 } }),
      ['note'],
    ],
    ['remove with an unindexed filter', () => c().where({ note: 'zzz' }).remove(), ['note']],
    ['count with an unindexed filter', () => c().where({ note: 'n' }).count(), ['note']],
  ];
  test.each(unserved)('refused: %s', async (_label, run, fields) => {
    await expect(run()).rejects.toThrow(/no declared index serves the query on collection "contractItems"/);
    await expect(run()).rejects.toThrow(`filtering [${fields.join(', ')}]`);
  });
});

test('without strict mode an unserved query answers and is reported once as a warning', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-warn-'));
  const lines: string[] = [];
  const server = createServer({ port: 0 });
  const handle = await registerDatabase(server, {
    dataDir,
    databaseDir: path.resolve(__dirname, '..', '..', 'database'),
    strictIndexes: false,
    log: (line) => lines.push(line),
  });
  const running = await server.listen();
  try {
    const call = (query: object) =>
      fetch(`${running.url}/admin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          action: 'database.getDocument',
          envName: 'warn',
          collectionName: 'contractItems',
          queryType: 'WHERE',
          query: JSON.stringify(query),
        }),
      }).then((r) => r.json() as Promise<Record<string, unknown>>);
    const first = await call({ note: 'n' });
    await call({ note: 'other value, same shape' });
    expect(first.data).toEqual({ list: [], limit: 100, offset: 0 });
    expect(lines.filter((l) => l.includes('contractItems') && l.includes('[note]'))).toHaveLength(1);
  } finally {
    await running.close();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
