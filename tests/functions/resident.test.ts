// The resident function through the real bundle on local-cloud: submit (content check, daily limit, idempotency),
// list mine with a cursor, the resident-safe detail, withdraw and evaluate.
import { OPENID, codeOf, createWorld, ok, opinion, rid, type World } from './lifecycle-world';

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

async function setContentRules(words: string[]): Promise<void> {
  const res = await fetch(`${w.env.url}/_dev/content-rules`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ env: w.env.name, words }),
  });
  expect(res.ok).toBe(true);
}

describe('submit', () => {
  test('creates a submitted item addressed to the linked deputy, with its first timeline event and the deputy notice', async () => {
    const data = ok(await w.call('resident', 'submit', opinion(), 'resident', rid()));
    expect(data.status).toBe('submitted');
    const item = (await w.db.collection('items').doc(data.itemId).get()).data[0];
    expect(item).toMatchObject({
      deputyId: 'd1',
      stationId: 'st1',
      villageId: 'v1',
      version: 1,
      channel: 'online',
      publishConsent: false,
    });
    expect(item.submitter).toMatchObject({ residentId: 'r-oid-res-1', hasAccount: true, name: '陈大爷' });
    expect(item.triageDueAt).toBeTruthy();
    expect(await w.count('itemEvents', { itemId: data.itemId })).toBe(1);
    expect(await w.count('outbox', { itemId: data.itemId })).toBe(1);
  });

  test('the same request id 50 times makes one item and answers the same', async () => {
    const requestId = rid();
    const before = await w.count('items', { townshipId: 'tw1', 'submitter.residentId': 'r-oid-res-2' });
    const answers = [];
    for (let i = 0; i < 50; i++)
      answers.push(await w.call('resident', 'submit', opinion({ title: '幂等测试' }), 'otherResident', requestId));
    const first = ok(answers[0]!);
    for (const a of answers) expect(ok(a)).toEqual(first);
    expect(await w.count('items', { townshipId: 'tw1', 'submitter.residentId': 'r-oid-res-2' })).toBe(before + 1);
    expect(await w.count('itemEvents', { itemId: first.itemId })).toBe(1);
  }, 60_000);

  test('risky content is refused with CONTENT.RISKY and nothing is stored', async () => {
    await setContentRules(['赌博']);
    const before = await w.count('items', { townshipId: 'tw1', 'submitter.residentId': 'r-oid-res-1' });
    const res = await w.call('resident', 'submit', opinion({ content: '村里有人聚众赌博，请处理' }), 'resident', rid());
    expect(codeOf(res)).toBe('CONTENT.RISKY');
    expect(await w.count('items', { townshipId: 'tw1', 'submitter.residentId': 'r-oid-res-1' })).toBe(before);
    await setContentRules([]);
  });

  test('the daily limit (default 5 per Shanghai day) refuses the sixth with RATE.DAILY_LIMIT, and the next day works again', async () => {
    const world = await createWorld();
    for (let i = 0; i < 5; i++)
      ok(await world.call('resident', 'submit', opinion({ title: `第${i + 1}条` }), 'resident', rid()));
    const sixth = await world.call('resident', 'submit', opinion({ title: '第6条' }), 'resident', rid());
    expect(codeOf(sixth)).toBe('RATE.DAILY_LIMIT');
    expect(await world.count('items', { townshipId: 'tw1', 'submitter.residentId': 'r-oid-res-1' })).toBe(5);
    await world.env.advance(24 * 3600_000);
    ok(await world.call('resident', 'submit', opinion({ title: '次日' }), 'resident', rid()));
  }, 60_000);

  test('a category outside the township list is a validation error', async () => {
    expect(codeOf(await w.call('resident', 'submit', opinion({ category: '乱写的' }), 'resident', rid()))).toBe(
      'VALIDATION.INVALID',
    );
  });
});

describe('list mine, detail, withdraw, evaluate', () => {
  test("listMine pages with a cursor, one page per call, never showing another resident's items", async () => {
    const world = await createWorld();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(ok(await world.call('resident', 'submit', opinion({ title: `事项${i}` }), 'resident', rid())).itemId);
    ok(await world.call('resident', 'submit', opinion(), 'otherResident', rid()));
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = ok(
        await world.call('resident', 'listMine', { limit: 2, ...(cursor ? { cursor } : {}) }, 'resident'),
      );
      expect(page.rows.length).toBeLessThanOrEqual(2);
      seen.push(...page.rows.map((r: { itemId: string }) => r.itemId));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(codeOf(await world.call('resident', 'listMine', { cursor: 'garbage!' }, 'resident'))).toBe(
      'VALIDATION.INVALID',
    );
  }, 60_000);

  test('detail shows the resident-safe timeline and the actions; another resident gets OPINION.NOT_FOUND', async () => {
    const { itemId } = ok(await w.call('resident', 'submit', opinion(), 'resident', rid()));
    const detail = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
    expect(detail.timeline).toEqual([
      expect.objectContaining({ seq: 1, event: 'submit', actorLabel: '您', status: 'submitted' }),
    ]);
    expect(detail.actions).toEqual(['withdraw']);
    expect(detail.submitter).toMatchObject({ name: '陈大爷', access: 'full' });
    expect(codeOf(await w.call('resident', 'detail', { itemId }, 'otherResident'))).toBe('OPINION.NOT_FOUND');
  });

  test('withdraw works while submitted; evaluate before an answer is refused', async () => {
    const { itemId } = ok(await w.call('resident', 'submit', opinion(), 'resident', rid()));
    expect(codeOf(await w.call('resident', 'evaluate', { itemId, rating: 'satisfied' }, 'resident', rid()))).toBe(
      'OPINION.TRANSITION_REFUSED',
    );
    expect(codeOf(await w.call('resident', 'withdraw', { itemId }, 'otherResident', rid()))).toBe('OPINION.NOT_FOUND');
    expect(ok(await w.call('resident', 'withdraw', { itemId, reason: '已自行解决' }, 'resident', rid())).status).toBe(
      'withdrawn',
    );
    expect(codeOf(await w.call('resident', 'withdraw', { itemId }, 'resident', rid()))).toBe(
      'OPINION.TRANSITION_REFUSED',
    );
  });

  test('evaluate after the deputy answered on the spot closes the item', async () => {
    const { itemId } = ok(await w.call('resident', 'submit', opinion(), 'resident', rid()));
    ok(await w.call('deputy', 'answerOnSpot', { itemId, text: '已联系供电所，本周内修复。' }, 'deputy', rid()));
    const detail = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
    expect(detail.reply).toMatchObject({ text: '已联系供电所，本周内修复。', answeredBy: '王建国代表' });
    expect(detail.actions).toEqual(['rate']);
    expect(
      ok(await w.call('resident', 'evaluate', { itemId, rating: 'satisfied', comment: '修好了' }, 'resident', rid()))
        .status,
    ).toBe('closed');
  });
});

test('visitors are not registered', async () => {
  expect(codeOf(await w.call('resident', 'listMine', {}, { openid: OPENID.visitor }))).toBe('AUTH.NOT_REGISTERED');
});
