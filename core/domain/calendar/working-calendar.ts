/**
 * The working-day calendar: official holidays and 调休 make-up workdays, weekends, and staff overrides.
 *
 * Guarantees:
 * - A date is a working day when an override says so; otherwise when it is an official make-up workday; otherwise
 *   when it is Monday–Friday and not an official holiday. Overrides always win (they patch years the library does
 *   not know yet, such as 2027, and local decisions).
 * - All day logic is in Asia/Shanghai (see shanghai-day.ts), independent of the runtime time zone.
 * - Counting rule: the start day never counts, whatever the time of day and whether or not it is a working day.
 *   `addWorkingDays(start, n)` is 24:00 Shanghai at the end of the n-th working day strictly after the start's
 *   day: an item assigned at 15:00 on a working day with a 5-working-day limit is due at the end of the 5th
 *   following working day. `workingDaysBetween(a, b)` counts working days d with day(a) < d ≤ day(b), so
 *   `workingDaysBetween(a, addWorkingDays(a, n) − 1 ms) = n`.
 */
import { officialSchedule, type HolidaySchedule } from './holiday-data';
import { addDaysToDate, endOfDate, isCalendarDate, shanghaiDateOf, weekdayOf, type CalendarDate } from './shanghai-day';

export type CalendarOverrideKind = 'workday' | 'holiday';

/** Stored by presidium staff; `note` explains the decision (e.g. "2027年国庆调休上班"). */
export interface CalendarOverride {
  readonly date: CalendarDate;
  readonly kind: CalendarOverrideKind;
  readonly note?: string;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday' | 'overrideWorkday' | 'overrideHoliday';

export interface DayInfo {
  readonly date: CalendarDate;
  readonly kind: DayKind;
  readonly isWorkingDay: boolean;
  /** Holiday or override note, when there is one. */
  readonly name?: string;
}

export interface WorkingCalendar {
  dayInfo(date: CalendarDate | Date): DayInfo;
  isWorkingDay(date: CalendarDate | Date): boolean;
  /** End (24:00 Shanghai) of the n-th working day after the start's day; n ≥ 0, n = 0 gives the start day's end. */
  addWorkingDays(start: Date, n: number): Date;
  /** The n-th working day strictly after `date` (n ≥ 1), or `date` itself when n = 0. */
  nthWorkingDayAfter(date: CalendarDate, n: number): CalendarDate;
  /** The n-th working day strictly before `date` (n ≥ 1), or `date` itself when n = 0. */
  nthWorkingDayBefore(date: CalendarDate, n: number): CalendarDate;
  /** Working days d with day(a) < d ≤ day(b); negative (mirrored) when b is before a. */
  workingDaysBetween(a: Date, b: Date): number;
  /** Whether the official schedule covers the year; when not, only weekends and overrides apply. */
  hasOfficialSchedule(year: number): boolean;
}

// A safety net: even a calendar overridden into all holidays must not loop forever. 3 years of consecutive
// non-working days cannot be a real calendar.
const MAX_SCAN_DAYS = 366 * 3;

function toDate(date: CalendarDate | Date): CalendarDate {
  return date instanceof Date ? shanghaiDateOf(date) : date;
}

export function createWorkingCalendar(
  overrides: readonly CalendarOverride[] = [],
  schedule: HolidaySchedule = officialSchedule,
): WorkingCalendar {
  const overrideByDate = new Map<CalendarDate, CalendarOverride>();
  for (const override of overrides) {
    if (!isCalendarDate(override.date)) throw new RangeError(`override date is not YYYY-MM-DD: ${override.date}`);
    // Later entries win so that an edit appended to the list replaces the earlier decision.
    overrideByDate.set(override.date, override);
  }

  function dayInfo(input: CalendarDate | Date): DayInfo {
    const date = toDate(input);
    const override = overrideByDate.get(date);
    if (override) {
      const base = { date, ...(override.note !== undefined ? { name: override.note } : {}) };
      return override.kind === 'workday'
        ? { ...base, kind: 'overrideWorkday', isWorkingDay: true }
        : { ...base, kind: 'overrideHoliday', isWorkingDay: false };
    }
    const makeup = schedule.makeupWorkdays.get(date);
    if (makeup !== undefined) return { date, kind: 'makeupWorkday', isWorkingDay: true, name: makeup };
    const holiday = schedule.holidays.get(date);
    if (holiday !== undefined) return { date, kind: 'holiday', isWorkingDay: false, name: holiday };
    const weekday = weekdayOf(date);
    return weekday === 0 || weekday === 6
      ? { date, kind: 'weekend', isWorkingDay: false }
      : { date, kind: 'workday', isWorkingDay: true };
  }

  const isWorkingDay = (date: CalendarDate | Date): boolean => dayInfo(date).isWorkingDay;

  function step(date: CalendarDate, n: number, direction: 1 | -1): CalendarDate {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`working-day count must be a whole number ≥ 0: ${n}`);
    let current = date;
    let found = 0;
    let scanned = 0;
    while (found < n) {
      current = addDaysToDate(current, direction);
      if (isWorkingDay(current)) {
        found += 1;
        scanned = 0;
      } else if (++scanned > MAX_SCAN_DAYS) {
        throw new RangeError(`no working day within ${MAX_SCAN_DAYS} days of ${current}`);
      }
    }
    return current;
  }

  const nthWorkingDayAfter = (date: CalendarDate, n: number): CalendarDate => step(date, n, 1);
  const nthWorkingDayBefore = (date: CalendarDate, n: number): CalendarDate => step(date, n, -1);

  function workingDaysBetween(a: Date, b: Date): number {
    const from = shanghaiDateOf(a);
    const to = shanghaiDateOf(b);
    if (to < from) return -workingDaysBetween(b, a);
    let count = 0;
    for (let d = addDaysToDate(from, 1); d <= to; d = addDaysToDate(d, 1)) {
      if (isWorkingDay(d)) count += 1;
    }
    return count;
  }

  return {
    dayInfo,
    isWorkingDay,
    addWorkingDays: (start, n) => endOfDate(nthWorkingDayAfter(shanghaiDateOf(start), n)),
    nthWorkingDayAfter,
    nthWorkingDayBefore,
    workingDaysBetween,
    hasOfficialSchedule: (year) => schedule.coveredYears.has(year),
  };
}
