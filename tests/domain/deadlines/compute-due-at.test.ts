// Due instants per limit kind with the default rules on the official calendar, and the statutory ceiling.
// 24:00 Shanghai on day D is D T16:00Z. Holidays per chinese-days 2026 (see calendar.test.ts header).
import { createWorkingCalendar } from '../../../core/domain/calendar';
import {
  computeDueAt,
  dueAtForDate,
  handlingLimitKind,
  isWithinStatutoryCap,
  statutoryCapAt,
  type LimitKind,
} from '../../../core/domain/deadlines';
import { DEFAULT_TIME_RULES, resolveTimeRules, type TimeRules } from '../../../core/domain/time-rules';

const calendar = createWorkingCalendar();
const rules = resolveTimeRules(undefined);
const z = (iso: string) => new Date(iso);

describe('computeDueAt with default rules', () => {
  test.each<[LimitKind, string, string, string]>([
    ['triage', '2026-09-28T07:00:00Z', '2026-10-08T16:00:00Z', 'Mon 15:00 + 3 WD: Sep 29, 30, Oct 8'],
    ['pull', '2026-09-28T07:00:00Z', '2026-10-10T16:00:00Z', '+ 5 WD: … Oct 9, Sat 10 (make-up)'],
    ['villageReferral', '2026-09-28T07:00:00Z', '2026-10-05T16:00:00Z', '+ 7 calendar days, holidays count'],
    ['routing', '2026-02-12T01:00:00Z', '2026-02-26T16:00:00Z', 'Thu + 5 WD: 13, 14 (make-up), 24, 25, 26'],
    ['signOff', '2026-02-12T01:00:00Z', '2026-02-14T16:00:00Z', '+ 2 WD: Fri 13, Sat 14 (make-up)'],
    ['returnWindow', '2026-02-12T01:00:00Z', '2026-02-28T16:00:00Z', '+ 7 WD ending on make-up Sat 28'],
    ['opinionHandling', '2026-02-12T01:00:00Z', '2026-03-14T16:00:00Z', '+ 30 days: Feb 12 + 16 = 28, + 14'],
    ['suggestionHandling', '2026-03-04T02:00:00Z', '2026-06-04T16:00:00Z', '+ 3 months'],
    ['replyReview', '2026-09-30T02:00:00Z', '2026-10-10T16:00:00Z', 'Wed + 3 WD: Oct 8, 9, 10'],
    ['relay', '2026-09-29T02:00:00Z', '2026-10-04T16:00:00Z', '+ 5 calendar days'],
    ['evaluation', '2026-02-12T01:00:00Z', '2026-03-11T16:00:00Z', '+ 15 WD across Spring Festival'],
    ['reHandling', '2026-01-31T02:00:00Z', '2026-02-28T16:00:00Z', '+ 1 month, no Feb 31'],
    ['petitionRegister', '2026-03-04T02:00:00Z', '2026-03-19T16:00:00Z', '+ 15 calendar days'],
    [
      'petitionFinish',
      '2026-03-04T02:00:00Z',
      '2026-05-03T16:00:00Z',
      '+ 60 days: Mar 4 + 27 = 31, + 30 = Apr 30, + 3',
    ],
  ])('%s from %s is due %s (%s)', (kind, start, due) => {
    expect(computeDueAt(kind, z(start), rules, calendar).toISOString()).toBe(z(due).toISOString());
  });
});

describe('the statutory ceiling runs in calendar months from 交办', () => {
  const assignedAt = z('2026-03-04T02:00:00Z'); // 10:00 Shanghai, Wed Mar 4

  test('3 months, or 6 for wide-ranging or difficult items', () => {
    expect(statutoryCapAt(assignedAt, rules).toISOString()).toBe('2026-06-04T16:00:00.000Z');
    expect(statutoryCapAt(assignedAt, rules, { difficult: true }).toISOString()).toBe('2026-09-04T16:00:00.000Z');
  });

  test('a limit that would end later is clamped to the ceiling (rules not validated)', () => {
    const loose: TimeRules = { ...DEFAULT_TIME_RULES, opinionHandlingDays: 120, suggestionHandlingMonths: 6 };
    expect(computeDueAt('opinionHandling', assignedAt, loose, calendar).toISOString()).toBe('2026-06-04T16:00:00.000Z');
    expect(computeDueAt('suggestionHandling', assignedAt, loose, calendar).toISOString()).toBe(
      '2026-06-04T16:00:00.000Z',
    );
    expect(computeDueAt('suggestionHandling', assignedAt, loose, calendar, { difficult: true }).toISOString()).toBe(
      '2026-09-04T16:00:00.000Z',
    );
  });

  test('a tightened regional cap of 2 months clamps the default 3-month suggestion limit', () => {
    const regional = resolveTimeRules({ handlingCapMonths: 2 });
    expect(computeDueAt('suggestionHandling', assignedAt, regional, calendar).toISOString()).toBe(
      '2026-05-04T16:00:00.000Z',
    );
  });

  test('re-handling is a new clock and is not clamped to the first 交办', () => {
    const reHandleStart = z('2026-06-01T02:00:00Z');
    expect(computeDueAt('reHandling', reHandleStart, rules, calendar).toISOString()).toBe('2026-07-01T16:00:00.000Z');
  });

  test.each([
    ['2026-06-04', false, true],
    ['2026-06-05', false, false],
    ['2026-09-04', true, true],
    ['2026-09-05', true, false],
  ])('a due date of %s (difficult: %s) is within the ceiling: %s', (date, difficult, expected) => {
    expect(isWithinStatutoryCap(dueAtForDate(date), assignedAt, rules, { difficult })).toBe(expected);
  });

  test('staff-chosen dates end at 24:00 Shanghai', () => {
    expect(dueAtForDate('2026-10-09').toISOString()).toBe('2026-10-09T16:00:00.000Z');
  });

  test('handling limit per item kind', () => {
    expect(handlingLimitKind('opinion')).toBe('opinionHandling');
    expect(handlingLimitKind('suggestion')).toBe('suggestionHandling');
    expect(handlingLimitKind('petition')).toBe('petitionFinish');
  });
});
