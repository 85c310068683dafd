// Deadlines at assignment on a pinned, frozen clock: Monday 28 September 2026, 09:00 Shanghai, just before
// National Day (Oct 1–7 off, Sat Oct 10 a make-up workday). The return window counts working days on the
// calendar; handling limits are capped by the statute; staff calendar overrides change the count.
import { assignForm, codeOf, createPresidiumWorld, ok, rid, type PresidiumWorld } from './presidium-world';

const MONDAY_BEFORE_NATIONAL_DAY = '2026-09-28T01:00:00.000Z';
let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld({ startAt: MONDAY_BEFORE_NATIONAL_DAY });
  // 5 working days to return a misassigned item (a province may set 5, domain.md §5).
  await w.db
    .collection('settings')
    .doc('tw1')
    .update({ timeRules: { dailySubmissionLimit: 100, returnWindowWorkingDays: 5 } });
}, 60_000);

test('5 working days from Sep 28 cross National Day: Sep 29, 30, Oct 8, 9 and Saturday Oct 10 (make-up)', async () => {
  const itemId = await w.registered();
  const res = ok(await w.call('presidium', 'assign', assignForm(itemId), 'staff', rid()));
  const item = await w.item(itemId);
  expect(item.assignment.returnWindowEndsAt.toISOString()).toBe('2026-10-10T16:00:00.000Z');
  // An opinion's default handling limit: 30 calendar days, ending 24:00 Shanghai.
  expect(res.dueAt).toBe('2026-10-28T16:00:00.000Z');
  expect(item.assignment.assignedAt.toISOString()).toBe(MONDAY_BEFORE_NATIONAL_DAY);
});

test('the preview shows what assign will set, and the ceiling', async () => {
  const preview = ok(await w.call('presidium', 'previewDueAt', { kind: 'opinion', dueDate: '2026-12-31' }, 'staff'));
  expect(preview).toMatchObject({
    defaultDueAt: '2026-10-28T16:00:00.000Z',
    dueAt: '2026-12-31T16:00:00.000Z',
    capAt: '2026-12-28T16:00:00.000Z',
    withinCap: false,
    returnWindowEndsAt: '2026-10-10T16:00:00.000Z',
  });
});

test('a picked date beyond the 3-month ceiling is refused with OPINION.DUE_EXCEEDS_CAP; nothing is written', async () => {
  const itemId = await w.registered();
  const before = await w.item(itemId);
  const res = await w.call('presidium', 'assign', assignForm(itemId, { dueDate: '2026-12-29' }), 'staff', rid());
  expect(codeOf(res)).toBe('OPINION.DUE_EXCEEDS_CAP');
  expect(await w.item(itemId)).toEqual(before);
  // The last day under the ceiling is accepted; a difficult item may run 6 months.
  ok(await w.call('presidium', 'assign', assignForm(itemId, { dueDate: '2026-12-28' }), 'staff', rid()));
  const difficult = await w.registered();
  const d = ok(
    await w.call(
      'presidium',
      'assign',
      assignForm(difficult, { dueDate: '2027-03-28', difficult: true }),
      'staff',
      rid(),
    ),
  );
  expect(d.dueAt).toBe('2027-03-28T16:00:00.000Z');
});

test('a date in the past is refused with OPINION.DUE_IN_PAST', async () => {
  const itemId = await w.registered();
  expect(
    codeOf(await w.call('presidium', 'assign', assignForm(itemId, { dueDate: '2026-09-27' }), 'staff', rid())),
  ).toBe('OPINION.DUE_IN_PAST');
});

test("a staff override (Oct 10 off after all) moves the next assignment's return window to Monday Oct 12", async () => {
  ok(
    await w.call(
      'presidium',
      'setCalendarOverride',
      { date: '2026-10-10', kind: 'holiday', note: '本镇调整' },
      'staff',
      rid(),
    ),
  );
  const listed = ok(await w.call('presidium', 'listCalendarOverrides', { year: 2026 }, 'staff'));
  expect(listed.overrides).toEqual([{ date: '2026-10-10', kind: 'holiday', note: '本镇调整' }]);
  const itemId = await w.registered();
  ok(await w.call('presidium', 'assign', assignForm(itemId), 'staff', rid()));
  expect((await w.item(itemId)).assignment.returnWindowEndsAt.toISOString()).toBe('2026-10-12T16:00:00.000Z');
  ok(await w.call('presidium', 'removeCalendarOverride', { date: '2026-10-10' }, 'staff', rid()));
  expect(ok(await w.call('presidium', 'listCalendarOverrides', { year: 2026 }, 'staff')).overrides).toEqual([]);
});

test('return window: the unit may return inside it; after it, OPINION.RETURN_WINDOW_CLOSED and staff take it back', async () => {
  const inside = await w.assigned();
  const late = await w.assigned();
  const returned = ok(
    await w.call('unit', 'returnMisassigned', { itemId: inside, reason: '不属本单位职责' }, 'unit', rid()),
  );
  expect(returned.status).toBe('registered');
  await w.env.advanceTo('2026-10-10T16:00:00.000Z'); // the window ends at 24:00 on Oct 10
  expect(
    codeOf(await w.call('unit', 'returnMisassigned', { itemId: late, reason: '不属本单位职责' }, 'unit', rid())),
  ).toBe('OPINION.RETURN_WINDOW_CLOSED');
  expect(ok(await w.call('presidium', 'takeBack', { itemId: late, reason: '交办有误' }, 'staff', rid())).status).toBe(
    'registered',
  );
  const again = ok(
    await w.call('presidium', 'assign', assignForm(late, { leadUnitId: 'u-water', coUnitIds: [] }), 'staff', rid()),
  );
  expect(again.status).toBe('assigned');
  // Re-assignment restarts the clock: the new unit gets a fresh return window from today.
  expect((await w.item(late)).assignment.returnWindowEndsAt.getTime()).toBeGreaterThan(
    Date.parse('2026-10-11T00:00:00Z'),
  );
  // Staff may also move an assignment straight to another unit.
  const moved = ok(
    await w.call(
      'presidium',
      'reassign',
      assignForm(late, { leadUnitId: 'u-office', reason: '改由农业农村办办理' }),
      'staff',
      rid(),
    ),
  );
  expect(moved.status).toBe('assigned');
}, 60_000);
