// Working-day calendar and Shanghai day arithmetic, specified by pinned dates.
// Official data cited from chinese-days 1.5.7 dist/chinese-days.json (State Council notices for 2026):
//   Spring Festival: holidays 2026-02-15 (Sun) … 02-23 (Mon); make-up workdays Sat 02-14 and Sat 02-28.
//   Mid-autumn 09-25 (Fri) … 09-27; National Day 10-01 (Thu) … 10-07 (Wed); make-up workdays Sun 09-20, Sat 10-10.
// Instants are written in UTC; Shanghai is UTC+8, so 24:00 Shanghai on day D is D T16:00Z.
import {
  addCalendarDays,
  addCalendarMonths,
  createWorkingCalendar,
  dayEndingAt,
  endOfDay,
  shanghaiDateOf,
  startOfDay,
  type CalendarOverride,
} from '../../core/domain/calendar';

const z = (iso: string) => new Date(iso);
const official = createWorkingCalendar();

describe('official 2026 schedule as shipped by chinese-days', () => {
  test.each([
    ['2026-02-13', true, 'Friday before Spring Festival'],
    ['2026-02-14', true, 'Saturday make-up workday'],
    ['2026-02-15', false, 'Spring Festival (Sunday)'],
    ['2026-02-16', false, 'Spring Festival (Monday)'],
    ['2026-02-23', false, 'last Spring Festival day (Monday)'],
    ['2026-02-24', true, 'first Tuesday back'],
    ['2026-02-28', true, 'Saturday make-up workday'],
    ['2026-03-01', false, 'ordinary Sunday'],
    ['2026-09-19', false, 'ordinary Saturday'],
    ['2026-09-20', true, 'Sunday make-up workday for National Day'],
    ['2026-09-25', false, 'Mid-autumn (Friday)'],
    ['2026-09-30', true, 'Wednesday before National Day'],
    ['2026-10-01', false, 'National Day (Thursday)'],
    ['2026-10-07', false, 'last National Day holiday (Wednesday)'],
    ['2026-10-08', true, 'Thursday back at work'],
    ['2026-10-10', true, 'Saturday make-up workday'],
    ['2026-10-11', false, 'ordinary Sunday'],
  ])('%s is a working day: %s (%s)', (date, expected) => {
    expect(official.isWorkingDay(date)).toBe(expected);
  });

  test('day kinds name the reason', () => {
    expect(official.dayInfo('2026-10-10')).toEqual({
      date: '2026-10-10',
      kind: 'makeupWorkday',
      isWorkingDay: true,
      name: '国庆节',
    });
    expect(official.dayInfo('2026-02-17')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(official.dayInfo('2026-03-07')).toEqual({ date: '2026-03-07', kind: 'weekend', isWorkingDay: false });
    expect(official.dayInfo('2026-03-09')).toEqual({ date: '2026-03-09', kind: 'workday', isWorkingDay: true });
  });

  test('an instant is judged by its Shanghai day, not its UTC day', () => {
    // 2026-09-30T17:00Z is 01:00 on Oct 1 in Shanghai (holiday) although still Sep 30 (a workday) in UTC.
    expect(official.isWorkingDay(z('2026-09-30T17:00:00Z'))).toBe(false);
    expect(official.isWorkingDay(z('2026-09-30T15:59:59Z'))).toBe(true);
  });

  test('the library data stops at 2026; 2027 is known only through overrides', () => {
    expect(official.hasOfficialSchedule(2026)).toBe(true);
    expect(official.hasOfficialSchedule(2027)).toBe(false);
  });
});

describe('addWorkingDays: the start day never counts; due at 24:00 Shanghai of the n-th following working day', () => {
  test.each([
    // start (UTC)              n  due (UTC)                  worked out
    ['2026-03-04T07:00:00Z', 5, '2026-03-11T16:00:00Z'], // Wed 15:00 → Thu 5, Fri 6, Mon 9, Tue 10, Wed 11
    ['2026-03-06T08:00:00Z', 2, '2026-03-10T16:00:00Z'], // Fri 16:00 → Mon 9, Tue 10
    ['2026-03-07T02:00:00Z', 1, '2026-03-09T16:00:00Z'], // Sat → Mon 9
    ['2026-09-28T07:00:00Z', 5, '2026-10-10T16:00:00Z'], // Mon 15:00 → Sep 29, 30, Oct 8, 9, Sat 10 (make-up)
    ['2026-09-18T02:00:00Z', 3, '2026-09-22T16:00:00Z'], // Fri → Sun 20 (make-up), Mon 21, Tue 22
    ['2026-10-03T01:00:00Z', 3, '2026-10-10T16:00:00Z'], // on a holiday → Oct 8, 9, 10
    ['2026-09-29T16:30:00Z', 1, '2026-10-08T16:00:00Z'], // 00:30 Sep 30 Shanghai (Sep 29 in UTC) → Oct 8
    ['2026-02-12T01:00:00Z', 3, '2026-02-24T16:00:00Z'], // Thu → Fri 13, Sat 14 (make-up), Tue 24
    ['2026-02-12T01:00:00Z', 7, '2026-02-28T16:00:00Z'], // … Wed 25, Thu 26, Fri 27, Sat 28 (make-up)
    ['2026-02-12T01:00:00Z', 15, '2026-03-11T16:00:00Z'], // … Mar 2, 3, 4, 5, 6 (8–12), 9, 10, 11 (13–15)
    ['2026-03-04T07:00:00Z', 0, '2026-03-04T16:00:00Z'], // n = 0: end of the start day
  ])('%s + %i working days → %s', (start, n, due) => {
    expect(official.addWorkingDays(z(start), n).toISOString()).toBe(new Date(due).toISOString());
  });

  test('negative or fractional counts are refused', () => {
    expect(() => official.addWorkingDays(z('2026-03-04T07:00:00Z'), -1)).toThrow(RangeError);
    expect(() => official.addWorkingDays(z('2026-03-04T07:00:00Z'), 1.5)).toThrow(RangeError);
  });
});

describe('nthWorkingDayBefore', () => {
  test.each([
    ['2026-10-09', 2, '2026-09-30'], // Fri Oct 9 → Thu Oct 8 (1), Wed Sep 30 (2)
    ['2026-03-02', 1, '2026-02-28'], // Mon → make-up Saturday
    ['2026-03-11', 2, '2026-03-09'],
  ])('%s − %i working days = %s', (date, n, expected) => {
    expect(official.nthWorkingDayBefore(date, n)).toBe(expected);
  });
});

describe('workingDaysBetween counts working days after a’s day up to and including b’s day', () => {
  test.each([
    ['2026-09-28T07:00:00Z', '2026-10-10T04:00:00Z', 5],
    ['2026-09-30T01:00:00Z', '2026-10-08T01:00:00Z', 1],
    ['2026-09-30T01:00:00Z', '2026-10-07T01:00:00Z', 0],
    ['2026-03-04T01:00:00Z', '2026-03-04T09:00:00Z', 0], // same day
    ['2026-10-10T04:00:00Z', '2026-09-28T07:00:00Z', -5], // mirrored
  ])('%s → %s = %i', (a, b, expected) => {
    expect(official.workingDaysBetween(z(a), z(b))).toBe(expected);
  });
});

describe('overrides win over the library data and fill years it lacks', () => {
  // Illustrative 2027 decisions entered by staff (not the official notice, which is not in the data yet).
  const overrides2027: CalendarOverride[] = [
    ...['01', '02', '03', '04', '05', '06', '07'].map((d): CalendarOverride => ({
      date: `2027-10-${d}`,
      kind: 'holiday',
      note: '国庆节',
    })),
    { date: '2027-09-25', kind: 'workday', note: '国庆调休上班' },
    { date: '2027-10-09', kind: 'workday', note: '国庆调休上班' },
  ];

  test('without overrides 2027-10-01 (a Friday) is an ordinary working day', () => {
    expect(official.isWorkingDay('2027-10-01')).toBe(true);
    // Thu Sep 30 2027 + 2 → Fri Oct 1, Mon Oct 4
    expect(official.addWorkingDays(z('2027-09-30T02:00:00Z'), 2).toISOString()).toBe('2027-10-04T16:00:00.000Z');
  });

  test('with overrides the National Day week 2027 is skipped and the make-up Saturday counts', () => {
    const calendar = createWorkingCalendar(overrides2027);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-09-25')).toBe(true);
    expect(calendar.dayInfo('2027-10-09')).toMatchObject({ kind: 'overrideWorkday', name: '国庆调休上班' });
    // Thu Sep 30 2027 + 2 → Fri Oct 8 (1), Sat Oct 9 make-up (2)
    expect(calendar.addWorkingDays(z('2027-09-30T02:00:00Z'), 2).toISOString()).toBe('2027-10-09T16:00:00.000Z');
    // Fri Sep 24 2027 + 1 → Sat Sep 25 (make-up)
    expect(calendar.addWorkingDays(z('2027-09-24T02:00:00Z'), 1).toISOString()).toBe('2027-09-25T16:00:00.000Z');
  });

  test('an override can cancel an official make-up day or holiday', () => {
    const calendar = createWorkingCalendar([
      { date: '2026-10-10', kind: 'holiday', note: '本镇不调休' },
      { date: '2026-10-07', kind: 'workday', note: '值班' },
    ]);
    expect(calendar.isWorkingDay('2026-10-10')).toBe(false);
    expect(calendar.isWorkingDay('2026-10-07')).toBe(true);
    // Mon Sep 28 + 5 → Sep 29, 30, Oct 7 (override), 8, 9
    expect(calendar.addWorkingDays(z('2026-09-28T07:00:00Z'), 5).toISOString()).toBe('2026-10-09T16:00:00.000Z');
  });

  test('the later of two overrides for a date wins, and malformed dates are refused', () => {
    const calendar = createWorkingCalendar([
      { date: '2026-03-09', kind: 'holiday' },
      { date: '2026-03-09', kind: 'workday' },
    ]);
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true);
    expect(() => createWorkingCalendar([{ date: '2026-02-30', kind: 'holiday' }])).toThrow(RangeError);
    expect(() => createWorkingCalendar([{ date: '2026/03/09', kind: 'holiday' }])).toThrow(RangeError);
  });
});

describe('Shanghai day boundaries', () => {
  test.each([
    ['2026-03-01T15:59:59Z', '2026-03-01', '2026-02-28T16:00:00.000Z', '2026-03-01T16:00:00.000Z'],
    ['2026-03-01T16:00:00Z', '2026-03-02', '2026-03-01T16:00:00.000Z', '2026-03-02T16:00:00.000Z'],
    ['2026-12-31T17:00:00Z', '2027-01-01', '2026-12-31T16:00:00.000Z', '2027-01-01T16:00:00.000Z'],
  ])('%s is on %s, from %s to %s', (instant, date, start, end) => {
    expect(shanghaiDateOf(z(instant))).toBe(date);
    expect(startOfDay(z(instant)).toISOString()).toBe(start);
    expect(endOfDay(z(instant)).toISOString()).toBe(end);
  });

  test('a 24:00 instant closes the day before it', () => {
    expect(dayEndingAt(z('2026-10-09T16:00:00Z'))).toBe('2026-10-09');
    expect(dayEndingAt(z('2026-10-09T16:00:00.001Z'))).toBe('2026-10-10');
  });
});

describe('calendar days and months (statutory caps run in calendar months from 交办)', () => {
  test.each([
    ['2026-03-02T02:00:00Z', 7, '2026-03-09T16:00:00Z'], // Mon 10:00 + 7 days → end of Mon Mar 9
    ['2026-09-29T16:30:00Z', 5, '2026-10-05T16:00:00Z'], // Sep 30 Shanghai + 5 → Oct 5, holidays count
  ])('%s + %i calendar days → %s', (start, n, end) => {
    expect(addCalendarDays(z(start), n).toISOString()).toBe(new Date(end).toISOString());
  });

  test.each([
    ['2026-03-15T02:00:00Z', 3, '2026-06-15T16:00:00Z'], // corresponding day
    ['2026-11-30T02:00:00Z', 3, '2027-02-28T16:00:00Z'], // no Feb 30 → last day of February
    ['2027-11-30T02:00:00Z', 3, '2028-02-29T16:00:00Z'], // leap year
    ['2026-01-31T02:00:00Z', 1, '2026-02-28T16:00:00Z'],
    ['2026-08-31T02:00:00Z', 6, '2027-02-28T16:00:00Z'], // 6 months for difficult items
    ['2026-03-31T17:00:00Z', 1, '2026-05-01T16:00:00Z'], // 01:00 Apr 1 Shanghai (Mar 31 in UTC) → May 1
    ['2026-12-15T02:00:00Z', 1, '2027-01-15T16:00:00Z'], // across the year end
  ])('%s + %i months → %s', (start, n, end) => {
    expect(addCalendarMonths(z(start), n).toISOString()).toBe(new Date(end).toISOString());
  });
});
