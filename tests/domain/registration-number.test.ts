// Registration numbers {year}-{seq}: format, parse, and the Shanghai year of registration.
import {
  compareRegistrationNumbers,
  formatRegistrationNumber,
  parseRegistrationNumber,
  registrationYearOf,
} from '../../core/domain/registration-number';

test.each([
  [2026, 1, '2026-0001'],
  [2026, 42, '2026-0042'],
  [2026, 9999, '2026-9999'],
  [2026, 10000, '2026-10000'],
])('format(%i, %i) = %s and parses back', (year, seq, text) => {
  expect(formatRegistrationNumber(year, seq)).toBe(text);
  expect(parseRegistrationNumber(text)).toEqual({ year, seq });
});

test.each(['2026-42', '2026-0000', '2026-00042', '26-0042', '2026_0042', ' 2026-0042', '2026-0042a', ''])(
  'parse refuses %j',
  (text) => {
    expect(parseRegistrationNumber(text)).toBeNull();
  },
);

test.each([
  [0, 2026],
  [1.5, 2026],
  [-3, 2026],
])('format refuses sequence %d', (seq, year) => {
  expect(() => formatRegistrationNumber(year, seq)).toThrow(RangeError);
});

test.each([
  ['2026-12-31T15:59:59Z', 2026], // 23:59:59 on Dec 31 in Shanghai
  ['2026-12-31T16:00:00Z', 2027], // 00:00 on Jan 1 in Shanghai
  ['2026-12-31T17:00:00Z', 2027],
  ['2026-01-01T00:00:00Z', 2026],
])('registered at %s belongs to %i', (iso, year) => {
  expect(registrationYearOf(new Date(iso))).toBe(year);
});

test('ordering is by year then sequence, not by string', () => {
  const numbers = ['2027-0001', '2026-10000', '2026-9999'].map((t) => parseRegistrationNumber(t)!);
  expect(numbers.sort(compareRegistrationNumbers).map((n) => formatRegistrationNumber(n.year, n.seq))).toEqual([
    '2026-9999',
    '2026-10000',
    '2027-0001',
  ]);
});
