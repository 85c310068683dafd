// Two staff acting on one item at once, and many registrations at once, through the real functions on
// local-cloud: one assignment wins, the other gets a clear coded error and nothing is half-written; registration
// numbers stay unique and consecutive.
import { assignForm, codeOf, createPresidiumWorld, ok, rid, type PresidiumWorld } from './presidium-world';

let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld();
}, 60_000);

test('two assignments of one item at once: one wins, the other is refused with a code, one timeline event', async () => {
  const itemId = await w.registered();
  const [a, b] = await Promise.all([
    w.call('presidium', 'assign', assignForm(itemId, { leadUnitId: 'u-office' }), 'staff', rid()),
    w.call('presidium', 'assign', assignForm(itemId, { leadUnitId: 'u-water', coUnitIds: [] }), 'chair', rid()),
  ]);
  const codes = [codeOf(a), codeOf(b)].sort();
  expect(codes[0]).toBe('OK');
  expect(['OPINION.TRANSITION_REFUSED', 'OPINION.VERSION_CONFLICT']).toContain(codes[1]);
  const winner = a.ok ? 'u-office' : 'u-water';
  const item = await w.item(itemId);
  expect(item.status).toBe('assigned');
  expect(item.assignment.leadUnitId).toBe(winner);
  expect(await w.count('itemEvents', { itemId, event: 'assign' })).toBe(1);
  expect(await w.count('outbox', { itemId, kind: 'assigned' })).toBe(1);
}, 60_000);

test('a stale expectedVersion is refused with OPINION.VERSION_CONFLICT and writes nothing', async () => {
  const itemId = await w.registered();
  const seen = (await w.item(itemId)).version;
  ok(await w.call('presidium', 'addNote', { itemId, note: '先看一下', expectedVersion: seen }, 'staff', rid()));
  const res = await w.call('presidium', 'assign', assignForm(itemId, { expectedVersion: seen }), 'staff', rid());
  expect(codeOf(res)).toBe('OPINION.VERSION_CONFLICT');
  expect((await w.item(itemId)).status).toBe('registered');
});

test('several registrations at once get distinct, consecutive numbers', async () => {
  const items: string[] = [];
  for (let i = 0; i < 6; i++) items.push(await w.forwarded({}, i % 2 ? 'resident' : 'otherResident'));
  const answers = await Promise.all(
    items.map((itemId, i) => w.call('presidium', 'register', { itemId }, i % 2 ? 'staff' : 'chair', rid())),
  );
  const numbers = answers.map((a) => ok(a).registrationNumber as string);
  const seqs = numbers.map((n) => Number(n.slice(5))).sort((x, y) => x - y);
  expect(new Set(numbers).size).toBe(6);
  expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
}, 60_000);

test('a retried register (same request id) returns the first number and consumes no other', async () => {
  const itemId = await w.forwarded();
  const requestId = rid();
  const first = ok(await w.call('presidium', 'register', { itemId }, 'staff', requestId));
  const again = ok(await w.call('presidium', 'register', { itemId }, 'staff', requestId));
  expect(again).toEqual(first);
  const next = ok(await w.call('presidium', 'register', { itemId: await w.forwarded() }, 'staff', rid()));
  expect(Number(next.registrationNumber.slice(5))).toBe(Number(first.registrationNumber.slice(5)) + 1);
});
