// Deadline thresholds per status, pinned across National Day 2026, the Spring Festival 2026 and weekends, and the
// claim → act → record contract the `deadlines` timer relies on. Default rules: remind 2 WD before due, escalate
// +3 WD, circulate +5 WD, triage 3 WD, pull 5 WD, sign 2 WD, relay 5 days, evaluation 15 WD, review 3 WD.
// "00:00 Shanghai on D" = (D − 1)T16:00Z; "24:00 Shanghai on D" = D T16:00Z.
import * as fc from 'fast-check';
import { createWorkingCalendar } from '../../../core/domain/calendar';
import {
  dueThresholds,
  nextCheckAt,
  thresholdId,
  thresholdsFor,
  type DeadlineSubject,
  type ThresholdKey,
} from '../../../core/domain/deadlines';
import { resolveTimeRules } from '../../../core/domain/time-rules';

const calendar = createWorkingCalendar();
const rules = resolveTimeRules(undefined);
const z = (iso: string) => new Date(iso);
const table = (subject: DeadlineSubject) =>
  thresholdsFor(subject, rules, calendar).map((t) => [t.key, t.at.toISOString()] as [ThresholdKey, string]);

function inProgress(dueAt: string, extra: Partial<DeadlineSubject> = {}): DeadlineSubject {
  return {
    status: 'inProgress',
    submittedAt: z('2026-08-01T02:00:00Z'),
    statusSince: z('2026-09-01T02:00:00Z'),
    assignment: { assignedAt: z('2026-08-31T02:00:00Z') },
    dueAt: z(dueAt),
    ...extra,
  };
}

describe('handling ladder: remind, due (催办), escalate (督办 to the chair), circulate (通报)', () => {
  test.each([
    [
      'due end of Fri Oct 9, after National Day',
      '2026-10-09T16:00:00Z',
      // remind: last 2 WD are Oct 8, 9 → 00:00 Oct 8; escalate: Sat 10 (make-up), Mon 12, Tue 13; circulate: 14, 15
      ['2026-10-07T16:00:00Z', '2026-10-09T16:00:00Z', '2026-10-13T16:00:00Z', '2026-10-15T16:00:00Z'],
    ],
    [
      'due end of Thu Oct 8, first day back',
      '2026-10-08T16:00:00Z',
      // remind: last 2 WD are Sep 30, Oct 8 → 00:00 Sep 30; escalate: Oct 9, 10, 12; circulate: 13, 14
      ['2026-09-29T16:00:00Z', '2026-10-08T16:00:00Z', '2026-10-12T16:00:00Z', '2026-10-14T16:00:00Z'],
    ],
    [
      'due end of Tue Feb 24, after Spring Festival',
      '2026-02-24T16:00:00Z',
      // remind: last 2 WD are Sat Feb 14 (make-up), Feb 24 → 00:00 Feb 14; escalate: 25, 26, 27; circulate: Sat 28, Mon Mar 2
      ['2026-02-13T16:00:00Z', '2026-02-24T16:00:00Z', '2026-02-27T16:00:00Z', '2026-03-02T16:00:00Z'],
    ],
    [
      'due end of Sun Mar 8 (a calendar-day limit ending on a weekend)',
      '2026-03-08T16:00:00Z',
      // remind: last WD on or before Sun is Fri 6; last 2 are Thu 5, Fri 6 → 00:00 Mar 5; escalate: 9, 10, 11; circulate: 12, 13
      ['2026-03-04T16:00:00Z', '2026-03-08T16:00:00Z', '2026-03-11T16:00:00Z', '2026-03-13T16:00:00Z'],
    ],
  ])('%s', (_, dueAt, [remind, due, escalate, circulate]) => {
    const iso = (s: string | undefined) => z(s!).toISOString();
    expect(table(inProgress(dueAt))).toEqual([
      ['remind', iso(remind)],
      ['due', iso(due)],
      ['escalate', iso(escalate)],
      ['circulate', iso(circulate)],
    ]);
  });

  test('the ladder also runs while re-handling, on the round’s own due', () => {
    expect(table({ ...inProgress('2026-03-08T16:00:00Z'), status: 'reHandling' }).map(([key]) => key)).toEqual([
      'remind',
      'due',
      'escalate',
      'circulate',
    ]);
  });

  test('thresholds carry their audience and effect', () => {
    const [remind, due, escalate] = thresholdsFor(inProgress('2026-10-09T16:00:00Z'), rules, calendar);
    expect(remind).toMatchObject({ audience: ['unit'], effect: 'notice' });
    expect(due).toMatchObject({ audience: ['unit', 'supervisor'], effect: 'overdue' });
    expect(escalate).toMatchObject({ audience: ['chair', 'unitLeader', 'leaderInCharge'], effect: 'notice' });
  });
});

describe('thresholds per status', () => {
  test.each<[string, DeadlineSubject, [ThresholdKey, string][]]>([
    [
      'submitted Mon Sep 28 15:00: triage 3 WD, pull after 5 WD',
      { status: 'submitted', submittedAt: z('2026-09-28T07:00:00Z'), statusSince: z('2026-09-28T07:00:00Z') },
      [
        ['triageLate', '2026-10-08T16:00:00.000Z'], // Sep 29, 30, Oct 8
        ['pullAvailable', '2026-10-10T16:00:00.000Z'], // … Oct 9, Sat 10
      ],
    ],
    [
      'returned to the deputy: the triage clock restarts from statusSince',
      { status: 'submitted', submittedAt: z('2026-09-01T02:00:00Z'), statusSince: z('2026-03-06T08:00:00Z') },
      [
        ['triageLate', '2026-03-11T16:00:00.000Z'], // Fri → Mon 9, Tue 10, Wed 11
        ['pullAvailable', '2026-03-13T16:00:00.000Z'],
      ],
    ],
    [
      'referred to the village Sep 28: 7 calendar days',
      { status: 'referredToVillage', submittedAt: z('2026-09-27T02:00:00Z'), statusSince: z('2026-09-28T07:00:00Z') },
      [['villageLate', '2026-10-05T16:00:00.000Z']],
    ],
    [
      'registered, routing clock from forwardedAt Thu Feb 12: 5 WD',
      {
        status: 'registered',
        submittedAt: z('2026-02-10T02:00:00Z'),
        forwardedAt: z('2026-02-12T01:00:00Z'),
        statusSince: z('2026-02-13T01:00:00Z'),
      },
      [['routingLate', '2026-02-26T16:00:00.000Z']],
    ],
    [
      'assigned Thu Feb 12 with a 30-day due (Sat Mar 14): sign-off and the handling ladder',
      {
        status: 'assigned',
        submittedAt: z('2026-02-01T01:00:00Z'),
        statusSince: z('2026-02-12T01:00:00Z'),
        assignment: { assignedAt: z('2026-02-12T01:00:00Z') },
        dueAt: z('2026-03-14T16:00:00Z'),
      },
      [
        ['signLate', '2026-02-14T16:00:00.000Z'], // Fri 13, Sat 14 (make-up)
        ['remind', '2026-03-11T16:00:00.000Z'], // last 2 WD before Sat 14: Thu 12, Fri 13
        ['due', '2026-03-14T16:00:00.000Z'],
        ['escalate', '2026-03-18T16:00:00.000Z'], // Mon 16, Tue 17, Wed 18
        ['circulate', '2026-03-20T16:00:00.000Z'], // Thu 19, Fri 20
      ],
    ],
    [
      'reply under staff review since Wed Sep 30: 3 WD',
      {
        status: 'replyReview',
        submittedAt: z('2026-08-01T02:00:00Z'),
        statusSince: z('2026-09-30T02:00:00Z'),
        dueAt: z('2026-10-01T16:00:00Z'),
      },
      [['reviewLate', '2026-10-10T16:00:00.000Z']],
    ],
    [
      'released Sep 29 via the deputy: automatic release after 5 days',
      {
        status: 'replied',
        submittedAt: z('2026-08-01T02:00:00Z'),
        statusSince: z('2026-09-29T02:00:00Z'),
        repliedAt: z('2026-09-29T02:00:00Z'),
      },
      [['relayTimeout', '2026-10-04T16:00:00.000Z']],
    ],
    [
      'awaiting evaluation since Thu Feb 12: 15 WD',
      { status: 'awaitingEvaluation', submittedAt: z('2026-01-05T01:00:00Z'), statusSince: z('2026-02-12T01:00:00Z') },
      [['evaluationTimeout', '2026-03-11T16:00:00.000Z']],
    ],
    [
      'unsatisfied, awaiting the re-handling decision since Wed Sep 30: 3 WD',
      { status: 'reHandleReview', submittedAt: z('2026-08-01T02:00:00Z'), statusSince: z('2026-09-30T02:00:00Z') },
      [['reHandleDecisionLate', '2026-10-10T16:00:00.000Z']],
    ],
    [
      'closed items have no thresholds',
      {
        status: 'closed',
        submittedAt: z('2026-08-01T02:00:00Z'),
        statusSince: z('2026-09-30T02:00:00Z'),
        dueAt: z('2026-09-01T16:00:00Z'),
      },
      [],
    ],
  ])('%s', (_, subject, expected) => {
    expect(table(subject)).toEqual(expected);
  });
});

describe('nextCheckAt and the claim → act → record contract', () => {
  const subject = inProgress('2026-10-09T16:00:00Z');
  const remindId = thresholdId('remind', z('2026-10-07T16:00:00Z'));

  test('ids are key@instant', () => {
    expect(remindId).toBe('remind@2026-10-07T16:00:00.000Z');
  });

  test('the next check is the earliest threshold not handled, then null when all are handled', () => {
    expect(nextCheckAt(subject, rules, calendar)?.toISOString()).toBe('2026-10-07T16:00:00.000Z');
    expect(nextCheckAt({ ...subject, handledThresholds: [remindId] }, rules, calendar)?.toISOString()).toBe(
      '2026-10-09T16:00:00.000Z',
    );
    const all = thresholdsFor(subject, rules, calendar).map((t) => t.id);
    expect(nextCheckAt({ ...subject, handledThresholds: all }, rules, calendar)).toBeNull();
  });

  test('before any threshold nothing is due', () => {
    expect(dueThresholds(subject, z('2026-10-07T15:59:59Z'), rules, calendar)).toEqual({ act: [], skip: [] });
  });

  test('a sweep at the remind instant acts on the reminder; a re-run after recording does nothing', () => {
    const now = z('2026-10-07T16:00:00Z');
    const first = dueThresholds(subject, now, rules, calendar);
    expect(first.act.map((t) => t.id)).toEqual([remindId]);
    const recorded = { ...subject, handledThresholds: [...first.act, ...first.skip].map((t) => t.id) };
    expect(dueThresholds(recorded, now, rules, calendar)).toEqual({ act: [], skip: [] });
  });

  test('after an outage a stale reminder is skipped, while urge and escalation both act', () => {
    const now = z('2026-10-14T01:00:00Z'); // past escalate (end of Oct 13), before circulate
    const { act, skip } = dueThresholds(subject, now, rules, calendar);
    expect(skip.map((t) => t.key)).toEqual(['remind']);
    expect(act.map((t) => t.key)).toEqual(['due', 'escalate']);
    const recorded = { ...subject, handledThresholds: [...act, ...skip].map((t) => t.id) };
    expect(nextCheckAt(recorded, rules, calendar)?.toISOString()).toBe('2026-10-15T16:00:00.000Z');
  });

  test('an approved extension moves dueAt, so the ladder fires again on the new instants', () => {
    const handled = thresholdsFor(subject, rules, calendar)
      .filter((t) => t.key === 'remind')
      .map((t) => t.id);
    // Extended to end of Fri Oct 16: remind at 00:00 Thu Oct 15.
    const extended = { ...subject, dueAt: z('2026-10-16T16:00:00Z'), handledThresholds: handled };
    expect(nextCheckAt(extended, rules, calendar)?.toISOString()).toBe('2026-10-14T16:00:00.000Z');
  });

  test('property: the next check is never later than any unhandled threshold and is itself one of them', () => {
    const start = Date.UTC(2026, 0, 1);
    const span = 730 * 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: span }), fc.nat({ max: 4 }), (offset, handledCount) => {
        const s = inProgress(new Date(start + offset).toISOString());
        const all = thresholdsFor(s, rules, calendar);
        const handled = all.slice(0, handledCount).map((t) => t.id);
        const next = nextCheckAt({ ...s, handledThresholds: handled }, rules, calendar);
        const open = all.filter((t) => !handled.includes(t.id));
        if (open.length === 0) return next === null;
        return next !== null && open.every((t) => t.at >= next) && open.some((t) => t.at.getTime() === next.getTime());
      }),
    );
  });
});
