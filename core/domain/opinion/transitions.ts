/**
 * The item state machine as data (domain.md §4, issue 3).
 *
 * Guarantees: `TRANSITIONS` holds exactly one row per event: the states it may start from, where it goes (a
 * state, `same`, or a named rule over the item), which roles may take it, the guard that must hold and whether
 * residents see it in their timeline. Nothing else in the code decides whether a transition is allowed:
 * `decide` reads this table; the UI's action buttons and the tests are derived from it.
 * `'none'` as a start state means "the item does not exist yet" (only `submit`).
 */
import { CHAIR_ROLES, STAFF_ROLES, UNIT_ROLES, type Role } from '../roles';
import type { ItemEventName } from './commands';
import { OPEN_STATUSES, type ItemStatus } from './status';

export type FromState = ItemStatus | 'none';

/** Target rules that depend on the item, the command or the settings; implemented in target-rules.ts. */
export type TargetRule = 'afterSubmit' | 'afterSendBack' | 'afterRelease' | 'afterRating' | 'afterEvaluationWindow';

export type GuardName =
  | 'channelFitsActor'
  | 'pullLimitPassed'
  | 'mergeTargetOpen'
  | 'hasDeputy'
  | 'dueWithinCap'
  | 'returnWindowOpen'
  | 'extensionRequestable'
  | 'extensionPending'
  | 'planForPlanned'
  | 'evaluator'
  | 'reHandleRoundsLeft';

export interface Transition {
  event: ItemEventName;
  from: readonly FromState[];
  to: ItemStatus | 'same' | { rule: TargetRule; possible: readonly ItemStatus[] };
  actors: readonly Role[];
  guards: readonly GuardName[];
  visibleToResident: boolean;
}

const STAFF = STAFF_ROLES;
const CHAIR = CHAIR_ROLES;
const UNIT = UNIT_ROLES;
const SUPERVISORS = [...STAFF_ROLES, 'presidiumMember', 'system'] as const satisfies readonly Role[];
const HANDLING: readonly ItemStatus[] = ['inProgress', 'reHandling'];

export const TRANSITIONS: readonly Transition[] = [
  {
    event: 'submit',
    from: ['none'],
    to: { rule: 'afterSubmit', possible: ['submitted', 'forwarded', 'registered'] },
    actors: ['resident', 'deputy', 'stationClerk', 'stationHead', ...STAFF],
    guards: ['channelFitsActor'],
    visibleToResident: true,
  },
  {
    event: 'withdraw',
    from: ['submitted'],
    to: 'withdrawn',
    actors: ['resident', 'deputy', 'stationClerk', 'stationHead'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'answerOnSpot',
    from: ['submitted'],
    to: 'awaitingEvaluation',
    actors: ['deputy'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'referToVillage',
    from: ['submitted'],
    to: 'referredToVillage',
    actors: ['deputy'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'recordVillageResult',
    from: ['referredToVillage'],
    to: 'awaitingEvaluation',
    actors: ['deputy', 'stationClerk', 'stationHead', ...UNIT],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'forwardToPresidium',
    from: ['submitted', 'referredToVillage'],
    to: 'forwarded',
    actors: ['deputy'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'pull',
    from: ['submitted'],
    to: 'forwarded',
    actors: STAFF,
    guards: ['pullLimitPassed'],
    visibleToResident: true,
  },
  { event: 'register', from: ['forwarded'], to: 'registered', actors: STAFF, guards: [], visibleToResident: true },
  {
    event: 'merge',
    from: ['forwarded', 'registered'],
    to: 'merged',
    actors: STAFF,
    guards: ['mergeTargetOpen'],
    visibleToResident: true,
  },
  { event: 'notAccept', from: ['forwarded'], to: 'notAccepted', actors: STAFF, guards: [], visibleToResident: true },
  {
    event: 'returnToDeputy',
    from: ['forwarded'],
    to: 'submitted',
    actors: STAFF,
    guards: ['hasDeputy'],
    visibleToResident: true,
  },
  {
    event: 'assign',
    from: ['registered'],
    to: 'assigned',
    actors: STAFF,
    guards: ['dueWithinCap'],
    visibleToResident: true,
  },
  { event: 'sign', from: ['assigned'], to: 'inProgress', actors: UNIT, guards: [], visibleToResident: true },
  {
    event: 'returnMisassigned',
    from: ['assigned', 'inProgress'],
    to: 'registered',
    actors: UNIT,
    guards: ['returnWindowOpen'],
    visibleToResident: false,
  },
  {
    event: 'takeBack',
    from: ['assigned', 'inProgress'],
    to: 'registered',
    actors: STAFF,
    guards: [],
    visibleToResident: false,
  },
  {
    event: 'reassign',
    from: ['assigned', 'inProgress'],
    to: 'assigned',
    actors: STAFF,
    guards: ['dueWithinCap'],
    visibleToResident: true,
  },
  {
    event: 'requestExtension',
    from: HANDLING,
    to: 'same',
    actors: UNIT,
    guards: ['extensionRequestable'],
    visibleToResident: false,
  },
  {
    event: 'approveExtension',
    from: HANDLING,
    to: 'same',
    actors: CHAIR,
    guards: ['extensionPending', 'dueWithinCap'],
    visibleToResident: true,
  },
  {
    event: 'refuseExtension',
    from: HANDLING,
    to: 'same',
    actors: CHAIR,
    guards: ['extensionPending'],
    visibleToResident: false,
  },
  { event: 'addProgressNote', from: HANDLING, to: 'same', actors: UNIT, guards: [], visibleToResident: false },
  {
    event: 'submitReply',
    from: HANDLING,
    to: 'replyReview',
    actors: UNIT,
    guards: ['planForPlanned'],
    visibleToResident: false,
  },
  {
    event: 'sendBack',
    from: ['replyReview'],
    to: { rule: 'afterSendBack', possible: ['inProgress', 'reHandling'] },
    actors: STAFF,
    guards: [],
    visibleToResident: false,
  },
  {
    event: 'releaseReply',
    from: ['replyReview'],
    to: { rule: 'afterRelease', possible: ['awaitingEvaluation', 'replied'] },
    actors: STAFF,
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'relay',
    from: ['replied', 'awaitingEvaluation'],
    to: 'awaitingEvaluation',
    actors: ['deputy'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'relayTimeout',
    from: ['replied'],
    to: 'awaitingEvaluation',
    actors: ['system'],
    guards: [],
    visibleToResident: false,
  },
  {
    event: 'rate',
    from: ['awaitingEvaluation'],
    to: { rule: 'afterRating', possible: ['closed', 'monitoring', 'reHandleReview', 'forwarded'] },
    actors: ['resident', 'deputy'],
    guards: ['evaluator'],
    visibleToResident: true,
  },
  {
    event: 'evaluationTimeout',
    from: ['awaitingEvaluation'],
    to: { rule: 'afterEvaluationWindow', possible: ['closed', 'monitoring'] },
    actors: ['system'],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'reHandle',
    from: ['reHandleReview'],
    to: 'reHandling',
    actors: STAFF,
    guards: ['reHandleRoundsLeft', 'dueWithinCap'],
    visibleToResident: true,
  },
  {
    event: 'closeWithExplanation',
    from: ['reHandleReview'],
    to: 'closed',
    actors: CHAIR,
    guards: [],
    visibleToResident: true,
  },
  // Administrative close with a reason: an offline resident who cannot be reached, a plan that was dropped.
  {
    event: 'close',
    from: ['replied', 'awaitingEvaluation', 'monitoring'],
    to: 'closed',
    actors: STAFF,
    guards: [],
    visibleToResident: true,
  },
  // 列入计划 after the fact (e.g. a 民生实事 project takes up an item closed as 暂不能解决).
  { event: 'markMonitoring', from: ['closed'], to: 'monitoring', actors: STAFF, guards: [], visibleToResident: true },
  {
    event: 'progressUpdate',
    from: ['monitoring'],
    to: 'same',
    actors: [...UNIT, ...STAFF],
    guards: [],
    visibleToResident: true,
  },
  {
    event: 'complete',
    from: ['monitoring'],
    to: 'closed',
    actors: [...UNIT, ...STAFF],
    guards: [],
    visibleToResident: true,
  },
  { event: 'urge', from: OPEN_STATUSES, to: 'same', actors: SUPERVISORS, guards: [], visibleToResident: false },
  {
    event: 'superviseNotice',
    from: OPEN_STATUSES,
    to: 'same',
    actors: SUPERVISORS,
    guards: [],
    visibleToResident: false,
  },
  { event: 'remind', from: OPEN_STATUSES, to: 'same', actors: ['system'], guards: [], visibleToResident: false },
  {
    event: 'addNote',
    from: OPEN_STATUSES,
    to: 'same',
    actors: [...STAFF, 'presidiumMember'],
    guards: [],
    visibleToResident: false,
  },
  { event: 'setSupervisor', from: OPEN_STATUSES, to: 'same', actors: STAFF, guards: [], visibleToResident: false },
  {
    event: 'archive',
    from: ['closed', 'notAccepted', 'merged', 'withdrawn'],
    to: 'archived',
    actors: ['system'],
    guards: [],
    visibleToResident: false,
  },
];

export function transitionFor(event: ItemEventName): Transition {
  const row = TRANSITIONS.find((t) => t.event === event);
  if (!row) throw new Error(`no transition row for ${event}`); // a programming error: the table is exhaustive
  return row;
}

/** Can `event` start from `status` at all (whoever asks)? */
export function allowsFrom(event: ItemEventName, status: FromState): boolean {
  return transitionFor(event).from.includes(status);
}
