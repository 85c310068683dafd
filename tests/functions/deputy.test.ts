// The deputy function through the real bundle: inbox tabs and counts, the staff-side detail with full submitter
// data, triage (answer, village referral and result, forward with the 登记卡), entry on a resident's behalf,
// the deputy's own suggestion and the duty record.
import { codeOf, createWorld, ok, opinion, rid, type World } from './lifecycle-world';

let w: World;
beforeAll(async () => {
  w = await createWorld();
}, 60_000);

const submit = async (world: World, who: 'resident' | 'otherResident' = 'resident', o: Record<string, unknown> = {}) =>
  ok(await world.call('resident', 'submit', opinion({ contactPhone: '13512345678', ...o }), who, rid()))
    .itemId as string;

test('inbox tabs and counts follow triage and the triage clock', async () => {
  const world = await createWorld();
  const a = await submit(world);
  const b = await submit(world, 'otherResident');
  let counts = ok(await world.call('deputy', 'counts', {}, 'deputy'));
  expect(counts).toEqual({ new: 2, inProgress: 0, dueSoon: 0, overdue: 0, awaitingRelay: 0 });
  expect(
    ok(await world.call('deputy', 'inbox', { tab: 'new' }, 'deputy'))
      .rows.map((r: { itemId: string }) => r.itemId)
      .sort(),
  ).toEqual([a, b].sort());
  // The other deputy's inbox is empty.
  expect(ok(await world.call('deputy', 'counts', {}, 'otherDeputy')).new).toBe(0);

  ok(
    await world.call(
      'deputy',
      'forwardToPresidium',
      { itemId: a, summary: '路灯损坏', deputyView: '建议尽快修复', urgent: true },
      'deputy',
      rid(),
    ),
  );
  counts = ok(await world.call('deputy', 'counts', {}, 'deputy'));
  expect(counts).toMatchObject({ new: 1, inProgress: 1 });

  // Monday 09:00 + 3 working days ends Thursday 24:00: on Wednesday morning it is due soon, on Friday overdue.
  await world.env.advanceTo('2026-03-04T01:00:00.000Z');
  expect(ok(await world.call('deputy', 'counts', {}, 'deputy'))).toMatchObject({ dueSoon: 1, overdue: 0 });
  await world.env.advanceTo('2026-03-06T01:00:00.000Z');
  expect(ok(await world.call('deputy', 'counts', {}, 'deputy'))).toMatchObject({ dueSoon: 0, overdue: 1 });
  expect(ok(await world.call('deputy', 'inbox', { tab: 'overdue' }, 'deputy')).rows[0].itemId).toBe(b);
}, 60_000);

test('detail shows the deputy the full submitter and the staff timeline; another deputy cannot open it', async () => {
  const itemId = await submit(w);
  const detail = ok(await w.call('deputy', 'detail', { itemId }, 'deputy'));
  expect(detail.submitter).toMatchObject({
    name: '陈大爷',
    phone: '13512345678',
    access: 'full',
    villageName: '柳塘村',
  });
  expect(detail.actions).toEqual(expect.arrayContaining(['answerOnSpot', 'referToVillage', 'forwardToPresidium']));
  expect(detail.timeline[0]).toMatchObject({ event: 'submit', actorLabel: '群众 陈大爷' });
  expect(codeOf(await w.call('deputy', 'detail', { itemId }, 'otherDeputy'))).toBe('OPINION.NOT_FOUND');
});

test('refer to the village committee, record its result; the resident sees who handled it', async () => {
  const itemId = await submit(w);
  expect(
    codeOf(await w.call('deputy', 'referToVillage', { itemId, unitId: 'u-office', note: '请处理' }, 'deputy', rid())),
  ).toBe('DIRECTORY.NOT_FOUND');
  expect(
    ok(await w.call('deputy', 'referToVillage', { itemId, unitId: 'u-v1', note: '请村委会更换灯泡' }, 'deputy', rid()))
      .status,
  ).toBe('referredToVillage');
  expect(
    ok(await w.call('deputy', 'recordVillageResult', { itemId, result: '村委会已更换路灯' }, 'deputy', rid())).status,
  ).toBe('awaitingEvaluation');
  const seen = ok(await w.call('resident', 'detail', { itemId }, 'resident'));
  expect(seen.timeline.map((e: { event: string }) => e.event)).toEqual([
    'submit',
    'referToVillage',
    'recordVillageResult',
  ]);
  expect(seen.timeline[1].text).toBe('已交柳塘村村委会办理');
  expect(seen.reply).toMatchObject({ text: '村委会已更换路灯', answeredBy: '柳塘村村委会' });
});

test('forwarding records the 登记卡 on the item', async () => {
  const itemId = await submit(w);
  ok(
    await w.call(
      'deputy',
      'forwardToPresidium',
      { itemId, summary: '路灯损坏', deputyView: '属实', suggestedUnitId: 'u-office' },
      'deputy',
      rid(),
    ),
  );
  const item = (await w.db.collection('items').doc(itemId).get()).data[0];
  expect(item.status).toBe('forwarded');
  expect(item.transferCard).toMatchObject({
    summary: '路灯损坏',
    deputyView: '属实',
    suggestedUnitId: 'u-office',
    urgent: false,
  });
});

test("enter on behalf of an offline resident: verbal consent, no account, in the deputy's own inbox", async () => {
  const data = ok(
    await w.call(
      'deputy',
      'enterOnBehalf',
      {
        ...opinion(),
        channel: 'receptionDay',
        submitterName: '张老汉',
        villageId: 'v1',
        submitterPhone: '13312345678',
      },
      'deputy',
      rid(),
    ),
  );
  expect(data.status).toBe('submitted');
  const item = (await w.db.collection('items').doc(data.itemId).get()).data[0];
  expect(item).toMatchObject({ channel: 'receptionDay', consentMode: 'verbal', relayMethod: 'phone', deputyId: 'd1' });
  expect(item.submitter).toMatchObject({ name: '张老汉', hasAccount: false, phone: '13312345678' });
  expect(item.enteredBy).toMatchObject({ role: 'deputy', id: 'd1' });
  expect(item.consent.recordedBy).toBe('d1');
  expect(
    codeOf(
      await w.call(
        'deputy',
        'enterOnBehalf',
        { ...opinion(), channel: 'online', submitterName: '张', villageId: 'v1' },
        'deputy',
        rid(),
      ),
    ),
  ).toBe('VALIDATION.INVALID');
  // Only the deputy who entered it may withdraw it.
  expect(
    ok(await w.call('deputy', 'withdraw', { itemId: data.itemId, reason: '群众撤回' }, 'deputy', rid())).status,
  ).toBe('withdrawn');
});

test("a deputy's own suggestion goes straight to the presidium", async () => {
  const data = ok(
    await w.call(
      'deputy',
      'submitOwnSuggestion',
      { title: '修建文化广场', content: '建议在柳塘村建设文化广场。', category: '城镇建设' },
      'deputy',
      rid(),
    ),
  );
  expect(data.status).toBe('forwarded');
});

test('my record counts received, answered, referred and forwarded items and the mean response time', async () => {
  const world = await createWorld();
  const a = await submit(world);
  const b = await submit(world, 'otherResident');
  await submit(world);
  await world.env.advance(2 * 3600_000);
  ok(await world.call('deputy', 'answerOnSpot', { itemId: a, text: '当场解释' }, 'deputy', rid()));
  await world.env.advance(2 * 3600_000);
  ok(
    await world.call(
      'deputy',
      'forwardToPresidium',
      { itemId: b, summary: '摘要', deputyView: '意见' },
      'deputy',
      rid(),
    ),
  );
  const record = ok(await world.call('deputy', 'myRecord', {}, 'deputy'));
  expect(record).toEqual({
    received: 3,
    answeredOnSpot: 1,
    referredToVillage: 0,
    forwarded: 1,
    averageResponseHours: 3,
  });
  expect(ok(await world.call('deputy', 'myRecord', {}, 'otherDeputy'))).toEqual({
    received: 0,
    answeredOnSpot: 0,
    referredToVillage: 0,
    forwarded: 0,
    averageResponseHours: null,
  });
}, 60_000);
