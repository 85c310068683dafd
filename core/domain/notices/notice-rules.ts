/**
 * Who is told what when an item changes (issue 4, "Who is told what"), as data.
 *
 * Guarantees: one row per (event, audience); each row names the notice kind, which fixes the template and the
 * inbox text. Audiences are resolved to people when the outbox is dispatched, not here: the transaction only
 * records that the notice is owed, so a change never waits on WeChat.
 */
import type { ItemEventName } from '../opinion/commands';
import type { ItemStatus } from '../opinion/status';

export const NOTICE_KINDS = [
  'newOpinion', // deputy: a resident wrote to you
  'forwardedToPresidium', // staff: a deputy forwarded an item
  'assigned', // unit: an item was assigned (交办)
  'urged', // unit: 催办 / 督办
  'returnedToDeputy', // deputy: staff ask for more information
  'misassignedReturned', // staff: a unit returned an item
  'extensionRequested', // staff: a unit asks for more time
  'extensionDecided', // unit: the chair decided on the extension
  'deadlineMoved', // resident: the due date moved
  'replyToReview', // staff: a unit submitted its written reply
  'replySentBack', // unit: staff sent the reply back
  'replyAvailable', // resident: the answer is there, please rate
  'replyToForwarded', // deputy: the answer to the item you forwarded arrived
  'unsatisfied', // staff and deputy: the resident was not satisfied
  'itemClosed', // resident: closed
  'itemNotAccepted', // resident: not accepted, with the reason
  'itemMerged', // resident: merged into another item
  'reHandling', // resident: the item is handled again
  'deadlineAlert', // deadlines sweep: a threshold passed (due soon, overdue, 督办, 通报, late triage/routing/review)
  'dailyDigest', // presidium staff: the morning digest (new, due soon, overdue, waiting for review)
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Who receives it; resolved at dispatch: the submitter, the item's deputy, the lead unit's staff, presidium staff. */
export type NoticeAudience =
  | 'submitter'
  | 'deputy'
  | 'leadUnit'
  | 'staff'
  // Deadline audiences (deadlines/thresholds.ts): the supervising presidium member, the chair, the unit's leader.
  | 'supervisor'
  | 'chair'
  | 'unitLeader';

/** Urgent kinds are never muted by staff preferences. */
export const URGENT_NOTICE_KINDS: readonly NoticeKind[] = ['urged', 'assigned', 'unsatisfied'];

export interface NoticeRule {
  event: ItemEventName;
  /** Only when the transition ends in one of these states (e.g. a released reply that goes straight to the resident). */
  to?: readonly ItemStatus[];
  audience: NoticeAudience;
  kind: NoticeKind;
}

export const NOTICE_RULES: readonly NoticeRule[] = [
  { event: 'submit', to: ['submitted'], audience: 'deputy', kind: 'newOpinion' },
  { event: 'submit', to: ['forwarded'], audience: 'staff', kind: 'forwardedToPresidium' },
  { event: 'forwardToPresidium', audience: 'staff', kind: 'forwardedToPresidium' },
  { event: 'returnToDeputy', audience: 'deputy', kind: 'returnedToDeputy' },
  { event: 'answerOnSpot', audience: 'submitter', kind: 'replyAvailable' },
  { event: 'recordVillageResult', audience: 'submitter', kind: 'replyAvailable' },
  { event: 'assign', audience: 'leadUnit', kind: 'assigned' },
  { event: 'reassign', audience: 'leadUnit', kind: 'assigned' },
  { event: 'reHandle', audience: 'leadUnit', kind: 'assigned' },
  { event: 'reHandle', audience: 'submitter', kind: 'reHandling' },
  { event: 'urge', audience: 'leadUnit', kind: 'urged' },
  { event: 'superviseNotice', audience: 'leadUnit', kind: 'urged' },
  { event: 'returnMisassigned', audience: 'staff', kind: 'misassignedReturned' },
  { event: 'requestExtension', audience: 'staff', kind: 'extensionRequested' },
  { event: 'approveExtension', audience: 'leadUnit', kind: 'extensionDecided' },
  { event: 'approveExtension', audience: 'submitter', kind: 'deadlineMoved' },
  { event: 'refuseExtension', audience: 'leadUnit', kind: 'extensionDecided' },
  { event: 'submitReply', audience: 'staff', kind: 'replyToReview' },
  { event: 'sendBack', audience: 'leadUnit', kind: 'replySentBack' },
  { event: 'releaseReply', to: ['awaitingEvaluation'], audience: 'submitter', kind: 'replyAvailable' },
  { event: 'releaseReply', audience: 'deputy', kind: 'replyToForwarded' },
  { event: 'relay', audience: 'submitter', kind: 'replyAvailable' },
  { event: 'relayTimeout', audience: 'submitter', kind: 'replyAvailable' },
  { event: 'rate', to: ['reHandleReview', 'forwarded'], audience: 'staff', kind: 'unsatisfied' },
  { event: 'rate', to: ['reHandleReview', 'forwarded'], audience: 'deputy', kind: 'unsatisfied' },
  // The evaluation window ran out: closed as notRated, and the resident is told like any closing (a planned
  // answer goes to monitoring instead, which is not a closing).
  { event: 'evaluationTimeout', to: ['closed'], audience: 'submitter', kind: 'itemClosed' },
  { event: 'close', audience: 'submitter', kind: 'itemClosed' },
  { event: 'closeWithExplanation', audience: 'submitter', kind: 'itemClosed' },
  { event: 'complete', audience: 'submitter', kind: 'itemClosed' },
  { event: 'notAccept', audience: 'submitter', kind: 'itemNotAccepted' },
  { event: 'merge', audience: 'submitter', kind: 'itemMerged' },
];

export interface OwedNotice {
  kind: NoticeKind;
  audience: NoticeAudience;
}

/** The notices a transition owes. Pure. */
export function noticesFor(event: ItemEventName, to: ItemStatus): OwedNotice[] {
  return NOTICE_RULES.filter((rule) => rule.event === event && (!rule.to || rule.to.includes(to))).map((rule) => ({
    kind: rule.kind,
    audience: rule.audience,
  }));
}
