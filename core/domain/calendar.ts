/**
 * Public entry of the working-day calendar and Shanghai day arithmetic. See calendar/working-calendar.ts for the
 * counting rules and calendar/shanghai-day.ts for the time-zone guarantee.
 */
export {
  type CalendarDate,
  addCalendarDays,
  addCalendarMonths,
  addDaysToDate,
  dayEndingAt,
  daysBetweenDates,
  endOfDate,
  endOfDay,
  isCalendarDate,
  parseCalendarDate,
  shanghaiDateOf,
  shanghaiYearOf,
  startOfDate,
  startOfDay,
  weekdayOf,
} from './calendar/shanghai-day';
export {
  type CalendarOverride,
  type CalendarOverrideKind,
  type DayInfo,
  type DayKind,
  type WorkingCalendar,
  createWorkingCalendar,
} from './calendar/working-calendar';
export { type HolidaySchedule, officialSchedule, scheduleFromChineseDays } from './calendar/holiday-data';
