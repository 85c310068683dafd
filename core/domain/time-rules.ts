/**
 * Township time rules (`timeRules`, domain.md §5, issue 3): every time limit is a setting with a default, and
 * statutory limits are ceilings that settings may tighten but never loosen.
 *
 * Guarantees:
 * - `DEFAULT_TIME_RULES` holds the product defaults; `resolveTimeRules(stored)` merges a stored partial document
 *   over them and validates the result, so callers always get a complete, lawful `TimeRules`.
 * - A value beyond a statutory cap is refused with `SETTINGS.EXCEEDS_CAP` (naming the field); any other malformed
 *   value with `VALIDATION.INVALID`. Unknown keys are refused too, so a typo never silently keeps the default.
 * - Units are in the field names: `…WorkingDays` counts working days on the calendar, `…Days` calendar days,
 *   `…Months` calendar months; all from the start day, which never counts (see calendar/working-calendar.ts).
 */
import { z } from 'zod';
import { DomainError } from './errors';

/** Ceilings fixed by law; settings may only be stricter. */
export const STATUTORY_CAPS = {
  /** 代表法 第51条: suggestions handed over by the presidium answered within 3 months of 交办. */
  handlingCapMonths: 3,
  /** 代表法 第51条: wide-ranging or difficult items within 6 months. */
  difficultHandlingCapMonths: 6,
  /** One extension request, approved by the chair; the total stays within the cap (Law + Prop). */
  maxExtensionRequests: 1,
  /** 信访工作条例 (2022) 第22条: register and route within 15 days. */
  petitionRegisterDays: 15,
  /** 信访工作条例 (2022) 第34条: finish within 60 days of acceptance. */
  petitionFinishDays: 60,
  /** 信访工作条例 (2022) 第34条: an extension of at most 30 days. */
  petitionExtensionDays: 30,
} as const;

export interface TimeRules {
  /** Deputy's first response (triage) to a resident's item. */
  triageWorkingDays: number;
  /** Presidium staff may pull an untriaged item after this. */
  pullAfterWorkingDays: number;
  /** Village committee result on a referred small matter. */
  villageReferralDays: number;
  /** Presidium routing: forwarded → assigned. */
  routingWorkingDays: number;
  /** Unit signs (or returns) an assignment. */
  signOffWorkingDays: number;
  /** Unit may return a misassigned item within this window from 交办. */
  returnWindowWorkingDays: number;
  /** Target handling time for a voter opinion forwarded by a deputy (视同代表建议), capped by the statute. */
  opinionHandlingDays: number;
  /** Handling time for a deputy's suggestion; by default the statutory 3 months. */
  suggestionHandlingMonths: number;
  /** Statutory ceiling in force (a province may tighten it, e.g. 2 months). */
  handlingCapMonths: number;
  /** Ceiling for wide-ranging or difficult items. */
  difficultHandlingCapMonths: number;
  maxExtensionRequests: number;
  remindBeforeDueWorkingDays: number;
  /** 督办 to the chair this long after due. */
  escalateAfterDueWorkingDays: number;
  /** 通报 this long after due. */
  circulateAfterDueWorkingDays: number;
  /** Staff review of a unit's written reply. */
  replyReviewWorkingDays: number;
  /** Deputy relay of a released reply (`viaDeputy`), then automatic release. */
  relayDays: number;
  /** Evaluation window, then `notRated`. */
  evaluationWorkingDays: number;
  /** Re-handling after 不满意. */
  reHandlingMonths: number;
  maxReHandlingRounds: number;
  /** Items a resident may submit per Shanghai day. */
  dailySubmissionLimit: number;
  /** Subscription-notice delivery attempts before the outbox row is marked dead. */
  noticeMaxAttempts: number;
  petitionRegisterDays: number;
  petitionFinishDays: number;
  petitionExtensionDays: number;
}

export const DEFAULT_TIME_RULES: Readonly<TimeRules> = Object.freeze({
  triageWorkingDays: 3,
  pullAfterWorkingDays: 5,
  villageReferralDays: 7,
  routingWorkingDays: 5,
  signOffWorkingDays: 2,
  returnWindowWorkingDays: 7,
  opinionHandlingDays: 30,
  suggestionHandlingMonths: 3,
  handlingCapMonths: STATUTORY_CAPS.handlingCapMonths,
  difficultHandlingCapMonths: STATUTORY_CAPS.difficultHandlingCapMonths,
  maxExtensionRequests: 1,
  remindBeforeDueWorkingDays: 2,
  escalateAfterDueWorkingDays: 3,
  circulateAfterDueWorkingDays: 5,
  replyReviewWorkingDays: 3,
  relayDays: 5,
  evaluationWorkingDays: 15,
  reHandlingMonths: 1,
  maxReHandlingRounds: 1,
  dailySubmissionLimit: 5,
  noticeMaxAttempts: 5,
  petitionRegisterDays: STATUTORY_CAPS.petitionRegisterDays,
  petitionFinishDays: STATUTORY_CAPS.petitionFinishDays,
  petitionExtensionDays: STATUTORY_CAPS.petitionExtensionDays,
});

/**
 * The fewest calendar days any span of `months` calendar months can have (Jan 31 + 3 months = Apr 30 is 89 days).
 * A day limit above this could end after the month-based cap for some start date, so it loosens the cap.
 */
export function minDaysInMonths(months: number): number {
  let min = Infinity;
  // Every start day over a 4-year leap cycle covers every month-length combination.
  for (let d = Date.UTC(2024, 0, 1); d < Date.UTC(2028, 0, 1); d += 86_400_000) {
    const start = new Date(d);
    const y = start.getUTCFullYear();
    const m = start.getUTCMonth() + months;
    const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const end = Date.UTC(y, m, Math.min(start.getUTCDate(), lastDay));
    min = Math.min(min, Math.round((end - d) / 86_400_000));
  }
  return min;
}

const count = (min: number, max: number) => z.number().int().min(min).max(max);

// Generous sanity bounds (not statutory): they catch typos such as 300 working days for a triage.
const timeRulesShape = z
  .object({
    triageWorkingDays: count(1, 30),
    pullAfterWorkingDays: count(1, 60),
    villageReferralDays: count(1, 60),
    routingWorkingDays: count(1, 60),
    signOffWorkingDays: count(1, 30),
    returnWindowWorkingDays: count(1, 30),
    opinionHandlingDays: count(1, 200),
    suggestionHandlingMonths: count(1, 12),
    handlingCapMonths: count(1, 12),
    difficultHandlingCapMonths: count(1, 12),
    maxExtensionRequests: count(0, 5),
    remindBeforeDueWorkingDays: count(0, 30),
    escalateAfterDueWorkingDays: count(1, 60),
    circulateAfterDueWorkingDays: count(1, 90),
    replyReviewWorkingDays: count(1, 30),
    relayDays: count(1, 60),
    evaluationWorkingDays: count(1, 60),
    reHandlingMonths: count(1, 6),
    maxReHandlingRounds: count(0, 5),
    dailySubmissionLimit: count(1, 100),
    noticeMaxAttempts: count(1, 50),
    petitionRegisterDays: count(1, 60),
    petitionFinishDays: count(1, 200),
    petitionExtensionDays: count(0, 120),
  })
  .strict();

export interface CapViolation {
  field: keyof TimeRules;
  value: number;
  cap: number;
}

/** Every way the rules loosen a statutory ceiling (empty when lawful). */
export function capViolations(rules: TimeRules): CapViolation[] {
  const violations: CapViolation[] = [];
  const over = (field: keyof TimeRules, cap: number) => {
    if (rules[field] > cap) violations.push({ field, value: rules[field], cap });
  };
  over('handlingCapMonths', STATUTORY_CAPS.handlingCapMonths);
  over('difficultHandlingCapMonths', STATUTORY_CAPS.difficultHandlingCapMonths);
  over('maxExtensionRequests', STATUTORY_CAPS.maxExtensionRequests);
  over('petitionRegisterDays', STATUTORY_CAPS.petitionRegisterDays);
  over('petitionFinishDays', STATUTORY_CAPS.petitionFinishDays);
  over('petitionExtensionDays', STATUTORY_CAPS.petitionExtensionDays);
  // Handling limits must fit inside the statute for every start date. A tighter regional cap
  // (`handlingCapMonths` < 3) is not checked here: computeDueAt clamps to it, so tightening the cap alone works.
  over('suggestionHandlingMonths', STATUTORY_CAPS.handlingCapMonths);
  over('opinionHandlingDays', minDaysInMonths(STATUTORY_CAPS.handlingCapMonths));
  return violations;
}

/** Validates a complete settings document; throws a DomainError, never returns unlawful rules. */
export function parseTimeRules(input: unknown): TimeRules {
  const parsed = timeRulesShape.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('VALIDATION.INVALID', '时限设置填写有误', {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  const violations = capViolations(parsed.data);
  if (violations.length > 0) {
    const first = violations[0]!;
    throw new DomainError('SETTINGS.EXCEEDS_CAP', `设置超过法定时限上限：${first.field} 最多为 ${first.cap}`, {
      violations,
    });
  }
  return parsed.data;
}

/** Stored settings (possibly partial, possibly absent) merged over the defaults, then validated. */
export function resolveTimeRules(stored?: Partial<TimeRules> | null): TimeRules {
  // An explicit `undefined` in a stored document means "not set", not "erase the default".
  const set = Object.entries(stored ?? {}).filter(([, value]) => value !== undefined);
  return parseTimeRules({ ...DEFAULT_TIME_RULES, ...Object.fromEntries(set) });
}

/** The schema of a stored partial settings document, for the settings command's payload validation. */
export const storedTimeRulesSchema = timeRulesShape.partial();
