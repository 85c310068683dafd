/**
 * Due instants for every time limit of `TimeRules`, and the statutory ceiling on handling.
 *
 * Guarantees: a due instant is always 24:00 Shanghai at the end of a day (limits end at 24:00 local, domain.md
 * §5); the start day never counts; handling limits (opinion, suggestion) never end after the statutory ceiling,
 * which runs in calendar months from 交办 (`assignedAt`), 3 months or 6 for wide-ranging or difficult items.
 */
import { addCalendarDays, addCalendarMonths, endOfDate, type CalendarDate, type WorkingCalendar } from '../calendar';
import type { TimeRules } from '../time-rules';

export type LimitKind =
  | 'triage'
  | 'pull'
  | 'villageReferral'
  | 'routing'
  | 'signOff'
  | 'returnWindow'
  | 'opinionHandling'
  | 'suggestionHandling'
  | 'replyReview'
  | 'relay'
  | 'evaluation'
  | 'reHandling'
  | 'petitionRegister'
  | 'petitionFinish';

type LimitUnit = 'workingDays' | 'calendarDays' | 'calendarMonths';

/** Which setting each limit reads and in what unit: one table so a unit can never be misread. */
export const LIMIT_TABLE: Readonly<Record<LimitKind, { field: keyof TimeRules; unit: LimitUnit; capped: boolean }>> = {
  triage: { field: 'triageWorkingDays', unit: 'workingDays', capped: false },
  pull: { field: 'pullAfterWorkingDays', unit: 'workingDays', capped: false },
  villageReferral: { field: 'villageReferralDays', unit: 'calendarDays', capped: false },
  routing: { field: 'routingWorkingDays', unit: 'workingDays', capped: false },
  signOff: { field: 'signOffWorkingDays', unit: 'workingDays', capped: false },
  returnWindow: { field: 'returnWindowWorkingDays', unit: 'workingDays', capped: false },
  opinionHandling: { field: 'opinionHandlingDays', unit: 'calendarDays', capped: true },
  suggestionHandling: { field: 'suggestionHandlingMonths', unit: 'calendarMonths', capped: true },
  replyReview: { field: 'replyReviewWorkingDays', unit: 'workingDays', capped: false },
  relay: { field: 'relayDays', unit: 'calendarDays', capped: false },
  evaluation: { field: 'evaluationWorkingDays', unit: 'workingDays', capped: false },
  // Re-handling starts a new clock after 不满意 (domain.md §5); the 交办 ceiling does not apply to it.
  reHandling: { field: 'reHandlingMonths', unit: 'calendarMonths', capped: false },
  petitionRegister: { field: 'petitionRegisterDays', unit: 'calendarDays', capped: false },
  petitionFinish: { field: 'petitionFinishDays', unit: 'calendarDays', capped: false },
};

export interface DueOptions {
  /** Wide-ranging or difficult (6-month ceiling instead of 3). */
  difficult?: boolean;
}

/** The statutory ceiling: end of the corresponding day `handlingCapMonths` (or the difficult cap) after 交办. */
export function statutoryCapAt(assignedAt: Date, rules: TimeRules, options: DueOptions = {}): Date {
  return addCalendarMonths(assignedAt, options.difficult ? rules.difficultHandlingCapMonths : rules.handlingCapMonths);
}

/**
 * When a limit of this kind, started at `start`, runs out. For the handling kinds `start` is `assignedAt` (交办)
 * and the result is the earlier of the limit and the statutory ceiling.
 */
export function computeDueAt(
  kind: LimitKind,
  start: Date,
  rules: TimeRules,
  calendar: WorkingCalendar,
  options: DueOptions = {},
): Date {
  const { field, unit, capped } = LIMIT_TABLE[kind];
  const amount = rules[field];
  const due =
    unit === 'workingDays'
      ? calendar.addWorkingDays(start, amount)
      : unit === 'calendarDays'
        ? addCalendarDays(start, amount)
        : addCalendarMonths(start, amount);
  if (!capped) return due;
  const cap = statutoryCapAt(start, rules, options);
  return due.getTime() <= cap.getTime() ? due : cap;
}

/** The handling limit for an item's `kind` (`opinion` 视同建议 → 30-day target; `suggestion` → months). */
export function handlingLimitKind(itemKind: 'opinion' | 'suggestion' | 'petition'): LimitKind {
  return itemKind === 'opinion'
    ? 'opinionHandling'
    : itemKind === 'suggestion'
      ? 'suggestionHandling'
      : 'petitionFinish';
}

/** A due date chosen by staff (交办 or extension) as a day: it ends at 24:00 Shanghai that day. */
export function dueAtForDate(date: CalendarDate): Date {
  return endOfDate(date);
}

/** Whether a chosen or extended `dueAt` respects the ceiling counted from 交办 (extensions included: no pause). */
export function isWithinStatutoryCap(
  dueAt: Date,
  assignedAt: Date,
  rules: TimeRules,
  options: DueOptions = {},
): boolean {
  return dueAt.getTime() <= statutoryCapAt(assignedAt, rules, options).getTime();
}
