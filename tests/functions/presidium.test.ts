// The presidium function through the real bundle on local-cloud: registration, merge, not accepting, returning to
// the deputy, assignment with its deadline and cap, extension decisions, reply review, re-handling, settings.
import { OPENID, UNITS, assignForm, codeOf, createPresidiumWorld, ok, rid, type PresidiumWorld } from './presidium-world';

let w: PresidiumWorld;
beforeAll(async () => {
  w = await createPresidiumWorld();
}, 60_000);

describe('register', () => {
  test('gives the item the next number of the year, {year}-{seq}', async () => {
    const first = await w.forwarded();
    const second = await w.forwarded();
    const a = ok(await w.call('presidium', 'register', { itemId: first, isKey: true }, 'staff', rid()));
    const b = ok(await w.call('presidium', 'register', { itemId: second, category: '环境卫生' }, 'staff', rid()));
    expect(a).toMatchObject({ itemId: first, status: 'registered' });
    expect(a.registrationNumber).toMatch(/^2026-\d{4}$/);
    expect(Number(b.registrationNumber.slice(5))).toBe(Number(a.registrationNumber.slice(5)) + 1);
    expect(await w.item(second)).toMatchObject({ category: '环境卫生', registrationNumber: b.registrationNumber });
    expect((await w.item(first)).isKey).toBe(true);
  });

  test('a category outside the township list is refused and consumes no number', async () => {
    const itemId = await w.forwarded();
    const res = await w.call('presidium', 'register', { itemId, category: '不存在的类别' }, 'staff', rid());
    expect(codeOf(res)).toBe('VALIDATION.INVALID');
    expect((await w.item(itemId)).status).toBe('forwarded');
  });
});
