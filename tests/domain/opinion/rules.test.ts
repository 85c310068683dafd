// Specification: targets that depend on the item, the named guards, and the effects a transition writes.
import { DomainError, type ErrorCode } from '../../../core/domain/errors';
import { decide, type Actor, type DecideContext, type Item, type ItemCommand } from '../../../core/domain/opinion';
import { actorFor, commandFor, ctx, days, itemIn, NOW } from './fixtures';

function codeOf(fn: () => unknown): ErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
}

describe('submit: where a new item enters', () => {
  test.each([
    ['resident', 'online', 'opinion', 'submitted'],
    ['deputy', 'visit', 'opinion', 'submitted'],
    ['stationClerk', 'receptionDay', 'opinion', 'submitted'],
    ['deputy', 'deputyOwn', 'suggestion', 'forwarded'],
    ['staff', 'session', 'suggestion', 'forwarded'],
    ['staff', 'letter', 'opinion', 'forwarded'],
    ['staff', 'petition', 'petition', 'registered'],
  ] as const)('%s via %s (%s) → %s', (role, channel, kind, to) => {
    const d = decide(null, { event: 'submit', payload: { channel, kind } }, actorFor(role), ctx());
    expect(d.to).toBe(to);
    expect(d.changes.submittedAt).toBe(NOW);
  });

  test.each([
    ['resident', 'visit'],
    ['resident', 'deputyOwn'],
    ['deputy', 'session'],
    ['stationClerk', 'deputyOwn'],
    ['staff', 'online'],
  ] as const)('%s may not use channel %s', (role, channel) => {
    expect(
      codeOf(() => decide(null, { event: 'submit', payload: { channel, kind: 'opinion' } }, actorFor(role), ctx())),
    ).toBe('AUTH.FORBIDDEN');
  });
});

describe('rate: 不满意 goes back to whoever answered', () => {
  const rate = (rating: 'satisfied' | 'basicallySatisfied' | 'unsatisfied'): ItemCommand => ({
    event: 'rate',
    payload: { rating, comment: '' },
  });
  test.each([
    ['unit', 'resolved', 'unsatisfied', 'reHandleReview'],
    ['deputy', 'resolved', 'unsatisfied', 'forwarded'],
    ['village', 'resolved', 'unsatisfied', 'forwarded'],
    ['unit', 'resolved', 'satisfied', 'closed'],
    ['unit', 'resolved', 'basicallySatisfied', 'closed'],
    ['unit', 'planned', 'satisfied', 'monitoring'],
    ['unit', 'planned', 'basicallySatisfied', 'monitoring'],
    ['unit', 'cannotResolve', 'satisfied', 'closed'],
  ] as const)('answered by %s, outcome %s, rated %s → %s', (source, outcome, rating, to) => {
    const item = itemIn('awaitingEvaluation', {
      answerSource: source,
      reply: { text: '答复', outcome, repliedBy: 'x', repliedAt: days(-1) },
    });
    expect(decide(item, rate(rating), actorFor('resident'), ctx()).to).toBe(to);
  });

  test('the first rating is kept for 一次满意率; later ratings only replace the final one', () => {
    const first = decide(itemIn('awaitingEvaluation'), rate('unsatisfied'), actorFor('resident'), ctx());
    expect(first.changes.firstEvaluation?.rating).toBe('unsatisfied');
    const later = decide(
      itemIn('awaitingEvaluation', { firstEvaluation: first.changes.firstEvaluation!, reHandleRounds: 1 }),
      rate('satisfied'),
      actorFor('resident'),
      ctx(),
    );
    expect(later.changes.firstEvaluation).toBeUndefined();
    expect(later.changes.evaluation).toMatchObject({ rating: 'satisfied', round: 1, ratedBy: 'resident' });
  });

  test('a deputy records a rating given by phone as deputyOnBehalf', () => {
    const d = decide(itemIn('awaitingEvaluation'), rate('basicallySatisfied'), actorFor('deputy'), ctx());
    expect(d.changes.evaluation?.ratedBy).toBe('deputyOnBehalf');
  });

  test("a deputy's own suggestion is rated by the deputy, not by a resident", () => {
    const item = itemIn('awaitingEvaluation', { channel: 'deputyOwn', kind: 'suggestion' });
    expect(decide(item, rate('satisfied'), actorFor('deputy'), ctx()).changes.evaluation?.ratedBy).toBe('deputy');
    expect(codeOf(() => decide(item, rate('satisfied'), actorFor('resident'), ctx()))).toBe('AUTH.FORBIDDEN');
  });

  test('no rating in the window → notRated, never satisfied', () => {
    const d = decide(itemIn('awaitingEvaluation'), commandFor('evaluationTimeout'), actorFor('system'), ctx());
    expect(d.to).toBe('closed');
    expect(d.changes.evaluation).toMatchObject({ rating: 'notRated', ratedBy: 'system' });
  });
});

describe('releaseReply: direct or through the deputy', () => {
  const release = (item: Item, c: Partial<DecideContext> = {}) =>
    decide(item, commandFor('releaseReply'), actorFor('staff'), ctx(c)).to;
  test.each([
    [{}, 'direct', 'awaitingEvaluation'],
    [{}, 'viaDeputy', 'replied'],
    [{ submitter: { name: '李四', villageId: 'v-1', hasAccount: false } }, 'direct', 'replied'],
    [{ deputyId: null }, 'viaDeputy', 'awaitingEvaluation'],
    [{ channel: 'deputyOwn', kind: 'suggestion' }, 'viaDeputy', 'awaitingEvaluation'],
  ] as const)('%o with relay mode %s → %s', (overrides, relayMode, to) => {
    expect(release(itemIn('replyReview', overrides as Partial<Item>), { relayMode })).toBe(to);
  });
});

describe('sendBack returns to the state the reply came from', () => {
  test.each(['inProgress', 'reHandling'] as const)('%s', (from) => {
    const d = decide(
      itemIn('replyReview', { replyFromStatus: from }),
      commandFor('sendBack'),
      actorFor('staff'),
      ctx(),
    );
    expect(d.to).toBe(from);
    expect(d.changes.reply?.sentBackReason).toBe('答复过于简单');
  });
});

describe('guards', () => {
  const staff = actorFor('staff');
  const unit = actorFor('unitHandler');
  const chair = actorFor('chair');

  test('staff may pull only after the pull limit', () => {
    expect(codeOf(() => decide(itemIn('submitted', { pullableAt: days(1) }), commandFor('pull'), staff, ctx()))).toBe(
      'OPINION.PULL_TOO_EARLY',
    );
    expect(codeOf(() => decide(itemIn('submitted', { pullableAt: null }), commandFor('pull'), staff, ctx()))).toBe(
      'OPINION.PULL_TOO_EARLY',
    );
    expect(codeOf(() => decide(itemIn('submitted', { pullableAt: NOW }), commandFor('pull'), staff, ctx()))).toBe(
      'none',
    );
  });

  test('the unit may return a misassigned item only inside the window', () => {
    const item = (ends: Date) =>
      itemIn('inProgress', { assignment: { ...itemIn('inProgress').assignment!, returnWindowEndsAt: ends } });
    expect(codeOf(() => decide(item(NOW), commandFor('returnMisassigned'), unit, ctx()))).toBe(
      'OPINION.RETURN_WINDOW_CLOSED',
    );
    expect(codeOf(() => decide(item(days(1)), commandFor('returnMisassigned'), unit, ctx()))).toBe('none');
    // afterwards only staff move it
    expect(codeOf(() => decide(item(NOW), commandFor('takeBack'), staff, ctx()))).toBe('none');
  });

  test('dueAt must be in the future and within the statutory cap', () => {
    const assign = (dueAt: Date): ItemCommand => {
      const c = commandFor('assign');
      return {
        event: 'assign',
        payload: { ...(c.payload as Extract<ItemCommand, { event: 'assign' }>['payload']), dueAt },
      };
    };
    expect(codeOf(() => decide(itemIn('registered'), assign(days(91)), staff, ctx()))).toBe('OPINION.DUE_EXCEEDS_CAP');
    expect(codeOf(() => decide(itemIn('registered'), assign(days(90)), staff, ctx()))).toBe('none');
    expect(codeOf(() => decide(itemIn('registered'), assign(NOW), staff, ctx()))).toBe('OPINION.DUE_IN_PAST');
  });

  test('one extension per assignment; approval moves dueAt, never beyond the cap', () => {
    const pending = itemIn('inProgress', {
      extension: {
        reason: 'r',
        requestedDueAt: days(60),
        requestedAt: days(-1),
        requestedBy: 'u',
        decision: 'pending',
        originalDueAt: days(28),
      },
    });
    expect(codeOf(() => decide(pending, commandFor('requestExtension'), unit, ctx()))).toBe(
      'OPINION.EXTENSION_PENDING',
    );
    const refusedOnce = itemIn('inProgress', { extension: { ...pending.extension!, decision: 'refused' } });
    expect(codeOf(() => decide(refusedOnce, commandFor('requestExtension'), unit, ctx()))).toBe(
      'OPINION.EXTENSION_USED',
    );
    const approved = decide(pending, commandFor('approveExtension'), chair, ctx());
    expect(approved.changes.assignment?.dueAt).toEqual(days(60));
    expect(approved.changes.extension?.decision).toBe('approved');
    expect(codeOf(() => decide(pending, commandFor('approveExtension'), chair, ctx({ dueAtCap: days(45) })))).toBe(
      'OPINION.DUE_EXCEEDS_CAP',
    );
    expect(codeOf(() => decide(refusedOnce, commandFor('approveExtension'), chair, ctx()))).toBe(
      'OPINION.TRANSITION_REFUSED',
    );
  });

  test('re-handling is limited to the configured rounds and restarts the clock', () => {
    expect(
      codeOf(() => decide(itemIn('reHandleReview', { reHandleRounds: 1 }), commandFor('reHandle'), staff, ctx())),
    ).toBe('OPINION.REHANDLE_LIMIT');
    const d = decide(
      itemIn('reHandleReview', { reHandleRounds: 1, overdue: true }),
      commandFor('reHandle'),
      staff,
      ctx({ maxReHandleRounds: 2 }),
    );
    expect(d.changes.reHandleRounds).toBe(2);
    expect(d.changes.overdue).toBe(false);
    expect(d.changes.assignment?.assignedAt).toBe(NOW);
    expect(d.changes.reply).toBeNull();
  });

  test('merge needs an open primary in the same township that is not the item itself', () => {
    const merge = (primary: DecideContext['primary']) =>
      codeOf(() => decide(itemIn('forwarded'), commandFor('merge'), staff, ctx({ primary })));
    expect(merge({ _id: 'item-0', status: 'closed', townshipId: 'tw-1' })).toBe('OPINION.MERGE_TARGET_INVALID');
    expect(merge({ _id: 'item-0', status: 'merged', townshipId: 'tw-1' })).toBe('OPINION.MERGE_TARGET_INVALID');
    expect(merge({ _id: 'item-0', status: 'inProgress', townshipId: 'tw-2' })).toBe('OPINION.MERGE_TARGET_INVALID');
    expect(merge(null)).toBe('OPINION.MERGE_TARGET_INVALID');
    expect(merge({ _id: 'item-0', status: 'inProgress', townshipId: 'tw-1' })).toBe('none');
  });

  test('a planned reply must carry a plan', () => {
    const reply = (plan?: string): ItemCommand => ({
      event: 'submitReply',
      payload:
        plan === undefined
          ? { text: '列入明年计划', outcome: 'planned' }
          : { text: '列入明年计划', outcome: 'planned', plan },
    });
    expect(codeOf(() => decide(itemIn('inProgress'), reply(), unit, ctx()))).toBe('OPINION.PLAN_REQUIRED');
    expect(codeOf(() => decide(itemIn('inProgress'), reply('  '), unit, ctx()))).toBe('OPINION.PLAN_REQUIRED');
    expect(codeOf(() => decide(itemIn('inProgress'), reply('2027年立项'), unit, ctx()))).toBe('none');
  });

  test('returning to the deputy needs a deputy', () => {
    expect(
      codeOf(() => decide(itemIn('forwarded', { deputyId: null }), commandFor('returnToDeputy'), staff, ctx())),
    ).toBe('OPINION.NO_DEPUTY');
  });
});

describe('ownership: the role is not enough, it must be this item', () => {
  type Case = [string, Actor, ItemCommand, Item];
  const cases: Case[] = [
    ['another resident withdraws', actorFor('resident', { id: 'res-2' }), commandFor('withdraw'), itemIn('submitted')],
    ['another deputy answers', actorFor('deputy', { id: 'dep-2' }), commandFor('answerOnSpot'), itemIn('submitted')],
    [
      'the addressed deputy withdraws a resident’s own item',
      actorFor('deputy'),
      commandFor('withdraw'),
      itemIn('submitted'),
    ],
    ['another unit signs', actorFor('unitHandler', { unitId: 'unit-9' }), commandFor('sign'), itemIn('assigned')],
    [
      'a co-unit submits the reply',
      actorFor('unitHandler', { unitId: 'unit-2' }),
      commandFor('submitReply'),
      itemIn('inProgress'),
    ],
    [
      'staff of another township registers',
      actorFor('staff', { townshipId: 'tw-2' }),
      commandFor('register'),
      itemIn('forwarded'),
    ],
    [
      'a clerk of another station records the village result',
      actorFor('stationClerk', { stationId: 'st-2' }),
      commandFor('recordVillageResult'),
      itemIn('referredToVillage'),
    ],
    [
      'a unit not referred records the village result',
      actorFor('unitHandler', { unitId: 'unit-2' }),
      commandFor('recordVillageResult'),
      itemIn('referredToVillage'),
    ],
  ];
  test.each(cases)('%s → AUTH.FORBIDDEN', (_name, actor, command, item) => {
    expect(codeOf(() => decide(item, command, actor, ctx()))).toBe('AUTH.FORBIDDEN');
  });

  test('a co-unit may add progress notes', () => {
    expect(
      codeOf(() =>
        decide(
          itemIn('inProgress'),
          commandFor('addProgressNote'),
          actorFor('unitHandler', { unitId: 'unit-2' }),
          ctx(),
        ),
      ),
    ).toBe('none');
  });
});

describe('effects', () => {
  test('assign stores the assignment with 交办 time now and the key priority flag', () => {
    const c = commandFor('assign');
    const payload = {
      ...(c.payload as Extract<ItemCommand, { event: 'assign' }>['payload']),
      priority: 'key' as const,
    };
    const d = decide(
      itemIn('registered', { assignment: null }),
      { event: 'assign', payload },
      actorFor('staff'),
      ctx(),
    );
    expect(d.changes.assignment).toMatchObject({
      leadUnitId: 'unit-1',
      assignedAt: NOW,
      dueAt: payload.dueAt,
      assignedBy: 'staff-1',
    });
    expect(d.changes.isKey).toBe(true);
  });

  test('urge counts; superviseNotice does not change the count', () => {
    expect(
      decide(itemIn('inProgress', { urgeCount: 2 }), commandFor('urge'), actorFor('system'), ctx()).changes.urgeCount,
    ).toBe(3);
    expect(
      decide(itemIn('inProgress', { urgeCount: 2 }), commandFor('superviseNotice'), actorFor('staff'), ctx()).changes
        .urgeCount,
    ).toBeUndefined();
  });

  test('completing a plan makes the outcome resolved', () => {
    const item = itemIn('monitoring', {
      reply: { text: 't', outcome: 'planned', plan: 'p', repliedBy: 'u', repliedAt: days(-100) },
    });
    const d = decide(item, commandFor('complete'), actorFor('unitHandler'), ctx());
    expect(d.to).toBe('closed');
    expect(d.changes.reply?.outcome).toBe('resolved');
  });

  test('a progress update marks the named milestone done', () => {
    const item = itemIn('monitoring', {
      reply: {
        text: 't',
        outcome: 'planned',
        plan: 'p',
        repliedBy: 'u',
        repliedAt: days(-100),
        milestones: [{ stage: 'approval' }, { stage: 'funding' }],
      },
    });
    const d = decide(item, commandFor('progressUpdate'), actorFor('unitHandler'), ctx());
    expect(d.changes.reply?.milestones).toEqual([
      { stage: 'approval', doneAt: NOW, note: '已立项' },
      { stage: 'funding' },
    ]);
  });
});
