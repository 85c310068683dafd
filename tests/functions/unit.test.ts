// The unit function through the real bundle: my assignments by tab with counts, the hidden-identity detail, and
// the planned reply that goes to monitoring with its milestones.
import { createPresidiumWorld, ok, rid, type PresidiumWorld } from './presidium-world';

let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld();
}, 60_000);

test('tabs: toSign for the lead unit only, inProgress for lead and co-unit, counts agree', async () => {
  const toSign = await w.assigned();
  const signed = await w.signed();
  const lead = ok(await w.call('unit', 'assignments', { tab: 'toSign' }, 'unit'));
  expect(lead.rows.map((r: { itemId: string }) => r.itemId)).toContain(toSign);
  expect(ok(await w.call('unit', 'assignments', { tab: 'toSign' }, 'coUnit')).rows).toEqual([]);
  expect(
    ok(await w.call('unit', 'assignments', { tab: 'inProgress' }, 'coUnit')).rows.map(
      (r: { itemId: string }) => r.itemId,
    ),
  ).toContain(signed);
  expect(ok(await w.call('unit', 'assignments', { tab: 'all' }, 'otherUnit')).rows).toEqual([]);
  const counts = ok(await w.call('unit', 'counts', {}, 'unit'));
  expect(counts).toMatchObject({ toSign: lead.rows.length, overdue: 0 });
  expect(counts.inProgress).toBeGreaterThan(0);
}, 60_000);

test('hideIdentityFromUnit: the unit sees content, not the resident', async () => {
  const itemId = await w.assigned({ hideIdentityFromUnit: true });
  const seen = ok(await w.call('unit', 'detail', { itemId }, 'unit'));
  expect(seen.submitter).toMatchObject({ access: 'hidden', name: '柳塘村群众' });
  expect(seen.submitter.phone).toBeUndefined();
  expect(JSON.stringify(seen)).not.toContain('陈大爷');
  expect(ok(await w.call('presidium', 'detail', { itemId }, 'staff')).submitter.name).toBe('陈大爷');
});

test('a planned reply needs plan, milestones and date; after a good rating it is monitored to completion', async () => {
  const itemId = await w.signed();
  ok(
    await w.call(
      'unit',
      'submitReply',
      {
        itemId,
        text: '已列入明年道路改造计划',
        outcome: 'planned',
        plan: '2027年纳入村道硬化工程',
        milestones: [
          { stage: 'approval', expectedDate: '2026-06-30' },
          { stage: 'construction', expectedDate: '2027-05-31' },
        ],
        expectedDate: '2027-06-30',
      },
      'unit',
      rid(),
    ),
  );
  ok(await w.call('presidium', 'releaseReply', { itemId }, 'staff', rid()));
  ok(
    await w.call(
      'resident',
      'evaluate',
      { itemId, rating: 'basicallySatisfied', comment: '希望按计划推进' },
      'resident',
      rid(),
    ),
  );
  expect((await w.item(itemId)).status).toBe('monitoring');
  ok(await w.call('unit', 'progressUpdate', { itemId, note: '已立项', stage: 'approval' }, 'unit', rid()));
  expect((await w.item(itemId)).reply.milestones[0].doneAt).toBeTruthy();
  expect(ok(await w.call('unit', 'complete', { itemId, note: '道路已建成验收' }, 'unit', rid())).status).toBe('closed');
  expect((await w.item(itemId)).reply.outcome).toBe('resolved');
}, 60_000);
