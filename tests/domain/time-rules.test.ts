// Township time rules: defaults from domain.md §5 / issue 3, and statutory ceilings settings may not loosen.
import { DomainError } from '../../core/domain/errors';
import { minDaysInMonths, resolveTimeRules, type TimeRules } from '../../core/domain/time-rules';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : `not a DomainError: ${String(e)}`;
  }
  return undefined;
}

describe('defaults', () => {
  const rules = resolveTimeRules(undefined);
  test.each<[keyof TimeRules, number]>([
    ['triageWorkingDays', 3],
    ['pullAfterWorkingDays', 5],
    ['villageReferralDays', 7],
    ['routingWorkingDays', 5],
    ['signOffWorkingDays', 2],
    ['returnWindowWorkingDays', 7],
    ['opinionHandlingDays', 30],
    ['suggestionHandlingMonths', 3],
    ['handlingCapMonths', 3],
    ['difficultHandlingCapMonths', 6],
    ['maxExtensionRequests', 1],
    ['remindBeforeDueWorkingDays', 2],
    ['escalateAfterDueWorkingDays', 3],
    ['circulateAfterDueWorkingDays', 5],
    ['replyReviewWorkingDays', 3],
    ['relayDays', 5],
    ['evaluationWorkingDays', 15],
    ['reHandlingMonths', 1],
    ['maxReHandlingRounds', 1],
    ['dailySubmissionLimit', 5],
    ['petitionRegisterDays', 15],
    ['petitionFinishDays', 60],
    ['petitionExtensionDays', 30],
  ])('%s defaults to %i', (field, value) => {
    expect(rules[field]).toBe(value);
  });

  test('null and empty documents give the defaults; explicit undefined keeps a default', () => {
    expect(resolveTimeRules(null)).toEqual(rules);
    expect(resolveTimeRules({})).toEqual(rules);
    expect(resolveTimeRules({ triageWorkingDays: undefined }).triageWorkingDays).toBe(3);
  });
});

describe('stored settings merge over the defaults', () => {
  test('a tighter value is kept and the others stay default', () => {
    const rules = resolveTimeRules({ triageWorkingDays: 2, handlingCapMonths: 2, opinionHandlingDays: 20 });
    expect(rules).toMatchObject({ triageWorkingDays: 2, handlingCapMonths: 2, opinionHandlingDays: 20 });
    expect(rules.routingWorkingDays).toBe(5);
  });
});

describe('statutory ceilings (SETTINGS.EXCEEDS_CAP)', () => {
  test.each<[string, Partial<TimeRules>]>([
    ['handling cap beyond 3 months (代表法 第51条)', { handlingCapMonths: 4 }],
    ['difficult cap beyond 6 months', { difficultHandlingCapMonths: 7 }],
    ['a second extension request', { maxExtensionRequests: 2 }],
    ['suggestion handling longer than the cap', { suggestionHandlingMonths: 4 }],
    // Jan 31 + 3 months = Apr 30 is only 89 days, so 90 days could end after the cap.
    ['opinion target of 90 days', { opinionHandlingDays: 90 }],
    ['信访 finish beyond 60 days (第34条)', { petitionFinishDays: 61 }],
    ['信访 registration beyond 15 days', { petitionRegisterDays: 16 }],
    ['信访 extension beyond 30 days', { petitionExtensionDays: 31 }],
  ])('refuses %s', (_, stored) => {
    expect(codeOf(() => resolveTimeRules(stored))).toBe('SETTINGS.EXCEEDS_CAP');
  });

  test.each<[string, Partial<TimeRules>]>([
    ['opinion target of 89 days', { opinionHandlingDays: 89 }],
    ['no extension at all', { maxExtensionRequests: 0 }],
    // The default 3-month suggestion limit is then clamped to 2 months by computeDueAt (see deadlines tests).
    ['a 2-month regional cap (重庆 第16条) alone', { handlingCapMonths: 2 }],
  ])('accepts %s', (_, stored) => {
    expect(codeOf(() => resolveTimeRules(stored))).toBeUndefined();
  });

  test('the error names the field and its ceiling', () => {
    try {
      resolveTimeRules({ handlingCapMonths: 4 });
      throw new Error('expected a refusal');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).message).toContain('handlingCapMonths');
      expect((e as DomainError).details).toEqual({
        violations: [{ field: 'handlingCapMonths', value: 4, cap: 3 }],
      });
    }
  });

  test.each([
    [2, 59],
    [3, 89],
    [6, 181], // Aug 31 → Feb 28
  ])('the shortest span of %i months is %i days', (months, days) => {
    expect(minDaysInMonths(months)).toBe(days);
  });
});

describe('malformed settings (VALIDATION.INVALID)', () => {
  test.each<[string, unknown]>([
    ['a fraction', { triageWorkingDays: 2.5 }],
    ['zero triage days', { triageWorkingDays: 0 }],
    ['a negative reminder', { remindBeforeDueWorkingDays: -1 }],
    ['a string', { relayDays: '5' }],
    ['an unknown key (typo)', { triageWorkDays: 2 }],
  ])('refuses %s', (_, stored) => {
    expect(codeOf(() => resolveTimeRules(stored as Partial<TimeRules>))).toBe('VALIDATION.INVALID');
  });
});
