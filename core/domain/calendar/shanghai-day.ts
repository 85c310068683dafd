/**
 * Local days in Asia/Shanghai, whatever the runtime's time zone.
 *
 * Guarantees: every function here reads and writes instants only through UTC getters and a fixed +08:00 offset, so
 * results never depend on `process.env.TZ` (cloud functions run in UTC+0, laptops elsewhere). China has kept
 * UTC+8 without daylight saving since 1991, so a fixed offset is exact for every date this product handles and
 * avoids depending on the ICU zone data of the runtime.
 *
 * A `CalendarDate` is a 'YYYY-MM-DD' string naming a Shanghai day. A day runs from 00:00 to 24:00 local; "the end
 * of a day" is the instant 24:00, i.e. 00:00 of the next day, which is 16:00Z of the same date.
 */

export type CalendarDate = string;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' into its parts, rejecting impossible dates such as 2026-02-30. */
export function parseCalendarDate(date: CalendarDate): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`no such calendar date: ${date}`);
  }
  return { year, month, day };
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  try {
    parseCalendarDate(value);
    return true;
  } catch {
    return false;
  }
}

function formatParts(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Shanghai day containing the instant. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + SHANGHAI_OFFSET_MS);
  return formatParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * The Shanghai day an instant closes or falls in: a due instant at 24:00 belongs to the day that just ended, not
 * to the next one. Used when counting "N working days after due" so that 24:00 Monday counts from Monday.
 */
export function dayEndingAt(instant: Date): CalendarDate {
  return shanghaiDateOf(new Date(instant.getTime() - 1));
}

/** The Shanghai calendar year an instant falls in (2026-12-31T17:00Z is already 2027). */
export function shanghaiYearOf(instant: Date): number {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** 00:00 Shanghai at the start of the date. */
export function startOfDate(date: CalendarDate): Date {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS);
}

/** 24:00 Shanghai at the end of the date (= 00:00 of the next day). */
export function endOfDate(date: CalendarDate): Date {
  return new Date(startOfDate(date).getTime() + DAY_MS);
}

/** 24:00 Shanghai at the end of the day containing the instant. */
export function endOfDay(instant: Date): Date {
  return endOfDate(shanghaiDateOf(instant));
}

/** 00:00 Shanghai at the start of the day containing the instant. */
export function startOfDay(instant: Date): Date {
  return startOfDate(shanghaiDateOf(instant));
}

export function addDaysToDate(date: CalendarDate, days: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return formatParts(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole days from a to b (b − a); negative when b is earlier. */
export function daysBetweenDates(a: CalendarDate, b: CalendarDate): number {
  return Math.round((startOfDate(b).getTime() - startOfDate(a).getTime()) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as in the cron and JavaScript conventions. */
export function weekdayOf(date: CalendarDate): number {
  const { year, month, day } = parseCalendarDate(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * End of the n-th calendar day after the start day (the start day itself does not count): "7 days" from a
 * referral at 2026-03-02 10:00 ends at 24:00 on 2026-03-09. n = 0 gives the end of the start day.
 */
export function addCalendarDays(start: Date, n: number): Date {
  return endOfDate(addDaysToDate(shanghaiDateOf(start), n));
}

/**
 * The same date n months later: end of the corresponding day of the n-th month after the start day, or of that
 * month's last day when it has no such date (民法典 第201、202条: the start day does not count; the period ends on
 * the corresponding day of the final month, or its last day). Jan 31 + 1 month ends at 24:00 on Feb 28 (29).
 *
 * The 第203条 extension (a period ending on a holiday runs to the next working day) is deliberately not applied:
 * the result is used as a statutory ceiling, and an earlier ceiling can never breach the law.
 */
export function addCalendarMonths(start: Date, n: number): Date {
  const { year, month, day } = parseCalendarDate(shanghaiDateOf(start));
  const monthIndex = month - 1 + n;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return endOfDate(formatParts(targetYear, targetMonth, Math.min(day, lastDay)));
}
