/**
 * An item's deadline thresholds as data, and the single instant the `deadlines` timer indexes (`nextCheckAt`).
 *
 * Guarantees:
 * - `thresholdsFor` lists, for the item's current status and responsible party, every threshold with its instant,
 *   ordered by instant (ties in ladder order). Terminal and unknown statuses have none.
 * - A threshold's `id` is `key@instant`. The timer records handled ids on the item; because the id carries the
 *   instant, a restarted clock (re-assignment, extension, re-handling, return to the deputy) yields new ids and
 *   fires again, while a re-run over the same clock finds everything handled and does nothing twice.
 * - `nextCheckAt` is the earliest threshold not yet handled, or null when nothing is left; `dueThresholds` splits
 *   the passed ones into those to act on and stale ones to record without acting (a reminder whose due instant
 *   has also passed, e.g. after the timer was down).
 *
 * Clocks: triage and every status-based limit run from `statusSince` (the instant the item entered its status);
 * routing from `forwardedAt`; the handling ladder (remind, due, escalate, circulate) from `dueAt`, which already
 * reflects re-assignment, extensions and re-handling; the relay limit from `repliedAt` (release). Threshold
 * instants are day boundaries (00:00 or 24:00 Shanghai): holding notices to office hours is the notices' job.
 */
import {
  addCalendarDays,
  dayEndingAt,
  endOfDate,
  startOfDate,
  type CalendarDate,
  type WorkingCalendar,
} from '../calendar';
import type { TimeRules } from '../time-rules';
import { computeDueAt } from './compute-due-at';

export type ThresholdKey =
  | 'triageLate'
  | 'pullAvailable'
  | 'villageLate'
  | 'routingLate'
  | 'signLate'
  | 'remind'
  | 'due'
  | 'escalate'
  | 'circulate'
  | 'reviewLate'
  | 'relayTimeout'
  | 'evaluationTimeout'
  | 'reHandleDecisionLate';

/** Who hears of a threshold; the notices layer maps these to people. */
export type ThresholdAudience = 'deputy' | 'staff' | 'unit' | 'unitLeader' | 'leaderInCharge' | 'supervisor' | 'chair';

/**
 * `notice`: tell the audience. `overdue`: set the overdue flag and urge (催办, a timeline event counted in
 * statistics). `transition`: the system moves the item (`relayTimeout`, `evaluationTimeout`).
 */
export type ThresholdEffect = 'notice' | 'overdue' | 'transition';

export interface Threshold {
  readonly key: ThresholdKey;
  readonly at: Date;
  readonly id: string;
  readonly audience: readonly ThresholdAudience[];
  readonly effect: ThresholdEffect;
}

/** The fields of an item the deadline policy reads (structural, so any Item shape with these fields fits). */
export interface DeadlineSubject {
  readonly status: string;
  readonly submittedAt: Date;
  /** When the item entered its current status. */
  readonly statusSince: Date;
  readonly forwardedAt?: Date | null;
  readonly assignment?: { readonly assignedAt: Date } | null;
  /** Current handling due instant (after extensions; the re-handling round's due while re-handling). */
  readonly dueAt?: Date | null;
  /** When the reply was released. */
  readonly repliedAt?: Date | null;
  /** Threshold ids (`key@ISO`) the timer has already handled. */
  readonly handledThresholds?: readonly string[];
}

export function thresholdId(key: ThresholdKey, at: Date): string {
  return `${key}@${at.toISOString()}`;
}

const SPEC: Readonly<Record<ThresholdKey, { audience: readonly ThresholdAudience[]; effect: ThresholdEffect }>> = {
  triageLate: { audience: ['staff', 'deputy'], effect: 'notice' },
  pullAvailable: { audience: ['staff'], effect: 'notice' },
  villageLate: { audience: ['deputy'], effect: 'notice' },
  routingLate: { audience: ['staff', 'chair'], effect: 'notice' },
  signLate: { audience: ['unit', 'staff'], effect: 'notice' },
  remind: { audience: ['unit'], effect: 'notice' },
  due: { audience: ['unit', 'supervisor'], effect: 'overdue' },
  escalate: { audience: ['chair', 'unitLeader', 'leaderInCharge'], effect: 'notice' },
  circulate: { audience: ['staff', 'chair'], effect: 'notice' },
  reviewLate: { audience: ['staff'], effect: 'notice' },
  relayTimeout: { audience: ['deputy'], effect: 'transition' },
  evaluationTimeout: { audience: [], effect: 'transition' },
  reHandleDecisionLate: { audience: ['staff', 'chair'], effect: 'notice' },
};

/** Ladder order, used to break ties between thresholds at the same instant. */
const ORDER: readonly ThresholdKey[] = Object.keys(SPEC) as ThresholdKey[];

function threshold(key: ThresholdKey, at: Date): Threshold {
  return { key, at, id: thresholdId(key, at), ...SPEC[key] };
}

const HANDLING_STATUSES = new Set(['assigned', 'inProgress', 'reHandling']);

/**
 * 00:00 Shanghai on the first of the last `n` working days up to the due day: "2 working days before a due at
 * the end of Friday" is 00:00 Thursday. A due day that is not a working day counts from the working day before.
 */
export function remindAt(dueAt: Date, n: number, calendar: WorkingCalendar): Date | null {
  if (n <= 0) return null;
  const dueDay: CalendarDate = dayEndingAt(dueAt);
  const lastWorking = calendar.isWorkingDay(dueDay) ? dueDay : calendar.nthWorkingDayBefore(dueDay, 1);
  return startOfDate(calendar.nthWorkingDayBefore(lastWorking, n - 1));
}

/** End of the n-th working day after the due day (24:00 Monday + 3 → end of Thursday, in a plain week). */
export function workingDaysAfterDue(dueAt: Date, n: number, calendar: WorkingCalendar): Date {
  return endOfDate(calendar.nthWorkingDayAfter(dayEndingAt(dueAt), n));
}

function handlingLadder(dueAt: Date, rules: TimeRules, calendar: WorkingCalendar): Threshold[] {
  const list: Threshold[] = [];
  const remind = remindAt(dueAt, rules.remindBeforeDueWorkingDays, calendar);
  // A due set so close that the reminder instant is already past the due makes no sense; drop it.
  if (remind && remind.getTime() < dueAt.getTime()) list.push(threshold('remind', remind));
  list.push(threshold('due', dueAt));
  list.push(threshold('escalate', workingDaysAfterDue(dueAt, rules.escalateAfterDueWorkingDays, calendar)));
  list.push(threshold('circulate', workingDaysAfterDue(dueAt, rules.circulateAfterDueWorkingDays, calendar)));
  return list;
}

export function thresholdsFor(subject: DeadlineSubject, rules: TimeRules, calendar: WorkingCalendar): Threshold[] {
  const list: Threshold[] = [];
  const since = subject.statusSince;
  switch (subject.status) {
    case 'submitted':
      list.push(threshold('triageLate', computeDueAt('triage', since, rules, calendar)));
      list.push(threshold('pullAvailable', computeDueAt('pull', since, rules, calendar)));
      break;
    case 'referredToVillage':
      list.push(threshold('villageLate', computeDueAt('villageReferral', since, rules, calendar)));
      break;
    case 'forwarded':
    case 'registered':
      list.push(threshold('routingLate', computeDueAt('routing', subject.forwardedAt ?? since, rules, calendar)));
      break;
    case 'replyReview':
      list.push(threshold('reviewLate', computeDueAt('replyReview', since, rules, calendar)));
      break;
    case 'replied':
      list.push(threshold('relayTimeout', addCalendarDays(subject.repliedAt ?? since, rules.relayDays)));
      break;
    case 'awaitingEvaluation':
      list.push(threshold('evaluationTimeout', computeDueAt('evaluation', since, rules, calendar)));
      break;
    case 'reHandleReview':
      list.push(threshold('reHandleDecisionLate', computeDueAt('replyReview', since, rules, calendar)));
      break;
    default:
      break;
  }
  if (subject.status === 'assigned' && subject.assignment) {
    list.push(threshold('signLate', computeDueAt('signOff', subject.assignment.assignedAt, rules, calendar)));
  }
  if (HANDLING_STATUSES.has(subject.status) && subject.dueAt) {
    list.push(...handlingLadder(subject.dueAt, rules, calendar));
  }
  return list.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER.indexOf(a.key) - ORDER.indexOf(b.key));
}

function unhandled(subject: DeadlineSubject, rules: TimeRules, calendar: WorkingCalendar): Threshold[] {
  const handled = new Set(subject.handledThresholds ?? []);
  return thresholdsFor(subject, rules, calendar).filter((t) => !handled.has(t.id));
}

/** The instant the timer should next look at this item, or null when no threshold is left. */
export function nextCheckAt(subject: DeadlineSubject, rules: TimeRules, calendar: WorkingCalendar): Date | null {
  return unhandled(subject, rules, calendar)[0]?.at ?? null;
}

/**
 * Thresholds passed at `now` and not yet handled. `act`: do their effect, in order. `skip`: record as handled
 * without acting, because a later threshold supersedes them (a reminder once the due itself has passed).
 */
export function dueThresholds(
  subject: DeadlineSubject,
  now: Date,
  rules: TimeRules,
  calendar: WorkingCalendar,
): { act: Threshold[]; skip: Threshold[] } {
  const passed = unhandled(subject, rules, calendar).filter((t) => t.at.getTime() <= now.getTime());
  const dueHasPassed = subject.dueAt != null && subject.dueAt.getTime() <= now.getTime();
  const act: Threshold[] = [];
  const skip: Threshold[] = [];
  for (const t of passed) (t.key === 'remind' && dueHasPassed ? skip : act).push(t);
  return { act, skip };
}
