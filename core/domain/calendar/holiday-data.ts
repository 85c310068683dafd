/**
 * The official State Council holiday schedule, as published by chinese-days (dist/chinese-days.json).
 *
 * Guarantees: `holidays` are the declared rest days (including weekend days inside a holiday block), and
 * `makeupWorkdays` the 调休 weekend days declared as working days; `coveredYears` are the years the data
 * announces, so a calendar can tell "no holidays that year" from "not published yet". We read the JSON rather
 * than call chinese-days' functions because those parse dates through the runtime's local time zone.
 *
 * 2026 as shipped in chinese-days 1.5.7: Spring Festival holidays 02-15..02-23 with make-up workdays 02-14 (Sat)
 * and 02-28 (Sat); National Day + Mid-autumn 10-01..10-07 with make-up workdays 09-20 (Sun) and 10-10 (Sat).
 */
import chineseDaysData from 'chinese-days/dist/chinese-days.json';
import type { CalendarDate } from './shanghai-day';

export interface HolidaySchedule {
  readonly holidays: ReadonlyMap<CalendarDate, string>;
  readonly makeupWorkdays: ReadonlyMap<CalendarDate, string>;
  readonly coveredYears: ReadonlySet<number>;
}

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** chinese-days names look like "National Day,国庆节,3": keep the Chinese name for display. */
function chineseName(raw: string): string {
  const parts = raw.split(',');
  return parts[1] ?? raw;
}

export function scheduleFromChineseDays(data: ChineseDaysJson): HolidaySchedule {
  const holidays = new Map<CalendarDate, string>();
  const makeupWorkdays = new Map<CalendarDate, string>();
  const coveredYears = new Set<number>();
  for (const [date, name] of Object.entries(data.holidays)) {
    holidays.set(date, chineseName(name));
    coveredYears.add(Number(date.slice(0, 4)));
  }
  for (const [date, name] of Object.entries(data.workdays)) {
    makeupWorkdays.set(date, chineseName(name));
    coveredYears.add(Number(date.slice(0, 4)));
  }
  return { holidays, makeupWorkdays, coveredYears };
}

export const officialSchedule: HolidaySchedule = scheduleFromChineseDays(chineseDaysData as ChineseDaysJson);
