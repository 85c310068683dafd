// Statistics definitions (domain.md §7) on a small hand-built cohort. Every expected figure is worked out in the
// comments from the events below; P = natural year 2026 in Shanghai, T = 24:00 on 2026-12-31 Shanghai.
// Limits (default rules): triage 3 WD, sign-off 2 WD, relay 5 days. Weekdays: 2026-03-02, 06-01 are Mondays.
import { createWorkingCalendar } from '../../../core/domain/calendar';
import {
  calendarYearPeriod,
  median,
  percentile,
  rate,
  townshipReport,
  type StatsEvent,
  type StatsItem,
} from '../../../core/domain/statistics';
import { resolveTimeRules } from '../../../core/domain/time-rules';

const z = (iso: string) => new Date(iso);
const item = (id: string, deputyId: string, submittedAt: string, channel = 'online'): StatsItem => ({
  id,
  kind: 'opinion',
  channel,
  deputyId,
  submittedAt: z(submittedAt),
});
const ev = (
  itemId: string,
  type: string,
  at: string,
  extra: Partial<Omit<StatsEvent, 'at' | 'dueAt'>> & { dueAt?: string } = {},
) => {
  const { dueAt, ...rest } = extra;
  return { itemId, type, at: z(at), ...rest, ...(dueAt ? { dueAt: z(dueAt) } : {}) } as StatsEvent;
};

const items: StatsItem[] = [
  item('A1', 'D1', '2026-03-02T01:00:00Z'),
  item('A2', 'D1', '2026-03-02T01:00:00Z'),
  item('A3', 'D2', '2026-06-01T01:00:00Z'),
  item('A4', 'D2', '2026-09-01T01:00:00Z'),
  item('A5', 'D1', '2026-12-01T01:00:00Z'),
  item('A6', 'D1', '2025-12-10T01:00:00Z'), // assigned in 2025: outside cohort A
  item('M1', 'D1', '2026-03-02T03:00:00Z'), // merged
  item('W1', 'D2', '2026-06-01T02:00:00Z'), // withdrawn
  item('S1', 'D1', '2026-05-05T02:00:00Z', 'deputyOwn'), // the deputy's own suggestion
  item('V1', 'D2', '2026-06-01T01:00:00Z'), // answered on the spot
  item('V2', 'D2', '2026-06-01T01:00:00Z'), // pulled by staff, not accepted
];

const events: StatsEvent[] = [
  // A1: forwarded in 25 h; U1 signs in time; replied 16 days after 交办, before due; planned, completed → resolved.
  ev('A1', 'forwardToPresidium', '2026-03-03T02:00:00Z'),
  ev('A1', 'assign', '2026-03-04T02:00:00Z', { unitId: 'U1', dueAt: '2026-04-03T16:00:00Z' }),
  ev('A1', 'sign', '2026-03-05T02:00:00Z', { unitId: 'U1' }), // limit: Thu 5, Fri 6 → on time
  ev('A1', 'releaseReply', '2026-03-20T02:00:00Z', { outcome: 'planned' }),
  ev('A1', 'relay', '2026-03-21T02:00:00Z'), // within 5 days
  ev('A1', 'rate', '2026-03-22T02:00:00Z', { rating: 'satisfied' }),
  ev('A1', 'complete', '2026-11-01T02:00:00Z'),
  // A2: triage late (Mon Mar 9 > end of Thu Mar 5); signed late (Fri 13 > end of Thu 12); extended to May 9;
  // replied Apr 20 (on time with the extension, late without); not relayed; 不满意 → re-handled → 基本满意.
  ev('A2', 'forwardToPresidium', '2026-03-09T02:00:00Z'),
  ev('A2', 'assign', '2026-03-10T02:00:00Z', { unitId: 'U1', dueAt: '2026-04-09T16:00:00Z' }),
  ev('A2', 'sign', '2026-03-13T02:00:00Z', { unitId: 'U1' }),
  ev('A2', 'approveExtension', '2026-04-01T02:00:00Z', { dueAt: '2026-05-09T16:00:00Z' }),
  ev('A2', 'releaseReply', '2026-04-20T02:00:00Z', { outcome: 'cannotResolve' }),
  ev('A2', 'rate', '2026-04-28T02:00:00Z', { rating: 'unsatisfied' }),
  ev('A2', 'reHandle', '2026-04-30T02:00:00Z', { unitId: 'U1', dueAt: '2026-05-31T16:00:00Z' }),
  ev('A2', 'releaseReply', '2026-05-20T02:00:00Z', { outcome: 'planned' }),
  ev('A2', 'rate', '2026-05-25T02:00:00Z', { rating: 'basicallySatisfied' }),
  // A3: assigned to U2, returned next day, re-assigned to U1 (the clock restarts Jun 5, due Jul 5);
  // replied Jul 10: late; cannotResolve; evaluation window lapsed → notRated.
  ev('A3', 'forwardToPresidium', '2026-06-02T01:00:00Z'),
  ev('A3', 'assign', '2026-06-03T02:00:00Z', { unitId: 'U2', dueAt: '2026-07-03T16:00:00Z' }),
  ev('A3', 'returnMisassigned', '2026-06-04T02:00:00Z', { unitId: 'U2' }),
  ev('A3', 'assign', '2026-06-05T02:00:00Z', { unitId: 'U1', dueAt: '2026-07-05T16:00:00Z' }),
  ev('A3', 'sign', '2026-06-08T02:00:00Z', { unitId: 'U1' }), // limit: Mon 8, Tue 9 → on time
  ev('A3', 'releaseReply', '2026-07-10T02:00:00Z', { outcome: 'cannotResolve' }),
  ev('A3', 'evaluationTimeout', '2026-08-01T16:00:00Z'),
  // A4: assigned to U2, never signed, never answered: overdue and open at T.
  ev('A4', 'forwardToPresidium', '2026-09-02T01:00:00Z'),
  ev('A4', 'assign', '2026-09-03T02:00:00Z', { unitId: 'U2', dueAt: '2026-10-03T16:00:00Z' }),
  // A5: assigned in December, due after T: not yet judged. Its reply after T must be ignored.
  ev('A5', 'forwardToPresidium', '2026-12-02T01:00:00Z'),
  ev('A5', 'assign', '2026-12-03T02:00:00Z', { unitId: 'U2', dueAt: '2027-01-02T16:00:00Z' }),
  ev('A5', 'sign', '2026-12-04T02:00:00Z', { unitId: 'U2' }), // limit: Fri 4, Mon 7 → on time
  ev('A5', 'releaseReply', '2027-01-02T01:00:00Z', { outcome: 'resolved' }),
  // A6: 2025 case replied and relayed in 2026 (counts for the deputy's relay rate, not for cohort A).
  ev('A6', 'forwardToPresidium', '2025-12-11T01:00:00Z'),
  ev('A6', 'assign', '2025-12-20T02:00:00Z', { unitId: 'U1', dueAt: '2026-01-19T16:00:00Z' }),
  ev('A6', 'sign', '2025-12-21T02:00:00Z', { unitId: 'U1' }),
  ev('A6', 'releaseReply', '2026-01-10T02:00:00Z', { outcome: 'resolved' }),
  ev('A6', 'relay', '2026-01-12T02:00:00Z'),
  // Counts only.
  ev('M1', 'forwardToPresidium', '2026-03-03T03:00:00Z'),
  ev('M1', 'merge', '2026-03-04T03:00:00Z'),
  ev('W1', 'withdraw', '2026-06-01T03:00:00Z'),
  ev('V1', 'answerOnSpot', '2026-06-01T05:00:00Z'),
  ev('V1', 'rate', '2026-06-03T05:00:00Z', { rating: 'satisfied' }),
  ev('V2', 'pull', '2026-06-09T02:00:00Z'),
  ev('V2', 'notAccept', '2026-06-10T02:00:00Z'),
];

const rules = resolveTimeRules(undefined);
const calendar = createWorkingCalendar();
const period = calendarYearPeriod(2026);
const endOf2026 = z('2026-12-31T16:00:00Z');
const report = townshipReport({ items, events, period, cutoff: endOf2026, rules, calendar });

describe('township figures for 2026 at year end', () => {
  test('counts', () => {
    expect(report).toMatchObject({
      received: 10, // everything submitted in 2026 except A6
      assignedCount: 5, // A1–A5
      forwardedCount: 7, // A1–A5, M1 forwarded; V2 pulled
      deputyHandledCount: 1, // V1
      withdrawnCount: 1,
      mergedCount: 1,
      notAcceptedCount: 1,
    });
  });

  test('closure, timeliness and overdue', () => {
    expect(report.closureRate).toEqual(rate(3, 5)); // A1, A2, A3 replied; A4, A5 not (A5's reply is after T)
    // Judged: A1–A3 replied, A4 past due. On time with extensions: A1 (Mar 20 ≤ Apr 3), A2 (Apr 20 ≤ May 9).
    expect(report.onTimeRate).toEqual(rate(2, 4));
    expect(report.onTimeRateWithoutExtensions).toEqual(rate(1, 4)); // A2 is late against Apr 9
    expect(report.overdueOpen).toBe(1); // A4
    expect(report.closedLate).toBe(1); // A3: Jul 10 > Jul 5
  });

  test('handling days from the 交办 in effect to the first release', () => {
    // A1 Mar 4 → Mar 20 = 16; A2 Mar 10 → Apr 20 = 41; A3 Jun 5 → Jul 10 = 35. Median 35; P90 rank ⌈2.7⌉ = 3 → 41.
    expect(report.handlingDays).toEqual({ median: 35, p90: 41, count: 3 });
  });

  test('resolution is about outcomes, separate from closure', () => {
    expect(report.resolutionRate).toEqual(rate(1, 3)); // A1 planned then completed
    expect(report.plannedShare).toEqual(rate(1, 3)); // A2's latest reply
    expect(report.cannotResolveShare).toEqual(rate(1, 3)); // A3
  });

  test('satisfaction uses the final rating and excludes notRated', () => {
    expect(report.satisfactionRate).toEqual(rate(2, 2)); // A1 满意, A2 finally 基本满意
    expect(report.satisfiedOnlyRate).toEqual(rate(1, 2));
    expect(report.firstTimeSatisfactionRate).toEqual(rate(1, 2)); // A2 was first 不满意
    expect(report.evaluationRate).toEqual(rate(2, 3)); // A3 timed out without a rating
    expect(report.reHandledCount).toBe(1);
  });
});

describe('per deputy', () => {
  const d1 = report.byDeputy.find((d) => d.deputyId === 'D1')!;
  const d2 = report.byDeputy.find((d) => d.deputyId === 'D2')!;

  test('D1', () => {
    expect(d1).toMatchObject({ received: 4, ownSuggestions: 1, answered: 0, referred: 0, forwarded: 4 });
    // A1, A5, M1 within 3 WD; A2 late.
    expect(d1.triageOnTimeRate).toEqual(rate(3, 4));
    // Releases in 2026: A6 relayed in 2 days, A1 next day, A2 never.
    expect(d1.relayRate).toEqual(rate(2, 3));
    // Hours to first action: A1 25, A2 169, A5 24, M1 24 → mean 60.5, median 24.5.
    expect(d1.responseHours).toEqual({ average: 60.5, median: 24.5 });
    expect(d1.satisfactionRate).toEqual(rate(0, 0));
    expect(d1.satisfactionRate.rate).toBeNull();
  });

  test('D2', () => {
    expect(d2).toMatchObject({ received: 5, ownSuggestions: 0, answered: 1, forwarded: 2 });
    // A3, A4, V1 in time; V2 pulled by staff; W1 withdrawn before triage is left out.
    expect(d2.triageOnTimeRate).toEqual(rate(3, 4));
    expect(d2.relayRate).toEqual(rate(0, 1)); // A3 never relayed
    // A3 24 h, A4 24 h, V1 4 h.
    expect(d2.responseHours.median).toBe(24);
    expect(d2.responseHours.average).toBeCloseTo(52 / 3, 10);
    expect(d2.satisfactionRate).toEqual(rate(1, 1)); // V1
  });
});

describe('per unit', () => {
  const u1 = report.byUnit.find((u) => u.unitId === 'U1')!;
  const u2 = report.byUnit.find((u) => u.unitId === 'U2')!;

  test('U1 answered A1, A2 and the re-assigned A3', () => {
    expect(u1).toMatchObject({ assigned: 3, returned: 0, extended: 1, cases: 3, overdueOpen: 0, reHandledCount: 1 });
    expect(u1.signedOnTimeRate).toEqual(rate(2, 3)); // A2 signed late
    expect(u1.onTimeRate).toEqual(rate(2, 3)); // A3 late
    expect(u1.resolutionRate).toEqual(rate(1, 3));
    expect(u1.satisfactionRate).toEqual(rate(2, 2));
  });

  test('U2 returned A3, sat on A4 and has A5 in hand', () => {
    expect(u2).toMatchObject({ assigned: 3, returned: 1, extended: 0, cases: 2, overdueOpen: 1, reHandledCount: 0 });
    expect(u2.signedOnTimeRate).toEqual(rate(1, 3)); // A3 returned, A4 never signed, A5 in time
    expect(u2.onTimeRate).toEqual(rate(0, 1)); // A4 judged (past due); A5 not yet
    expect(u2.resolutionRate).toEqual(rate(0, 0));
  });
});

describe('reports regenerate from the log', () => {
  test('an earlier cut-off sees only events up to it (end of June 2026)', () => {
    const june = townshipReport({ items, events, period, cutoff: z('2026-06-30T16:00:00Z'), rules, calendar });
    expect(june.assignedCount).toBe(3); // A1, A2, A3 assigned by then
    expect(june.closureRate).toEqual(rate(2, 3)); // A3 not yet replied
    expect(june.onTimeRate).toEqual(rate(2, 2)); // A3 due Jul 5: not judged yet
    expect(june.resolutionRate).toEqual(rate(0, 2)); // A1 still planned (completed in November), A2 planned
  });

  test('events added after T, in any order, do not change a report at T', () => {
    const later = [...events]
      .reverse()
      .concat(ev('A4', 'releaseReply', '2027-01-05T02:00:00Z', { outcome: 'resolved' }));
    expect(townshipReport({ items, events: later, period, cutoff: endOf2026, rules, calendar })).toEqual(report);
  });
});

describe('helpers', () => {
  test.each([
    [[], null, null],
    [[5], 5, 5],
    [[1, 2, 3, 4], 2.5, 4],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 5.5, 9], // nearest rank: ⌈0.9 × 10⌉ = 9th smallest
  ])('median and P90 of %j', (values, med, p90) => {
    expect(median(values)).toBe(med);
    expect(percentile(values, 90)).toBe(p90);
  });

  test('a year period is Shanghai midnight to midnight', () => {
    expect(period.from.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(period.to.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });
});
