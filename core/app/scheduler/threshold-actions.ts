/**
 * What the deadlines sweep does at each threshold (deadlines/thresholds.ts says when; this says what), as data.
 *
 * Guarantees: every threshold key has one row: the timeline event the system records (each 催办 is an `urge`
 * event, so statistics count it; 督办 and 通报 are `superviseNotice`; the two timeouts are transitions), whether
 * it sets the `overdue` flag, and who gets a `deadlineAlert` notice besides those the event's own notice rules
 * already tell (an `urge` already tells the lead unit). `leaderInCharge` (分管领导) is a name on the assignment,
 * not a bound person, so it has no notice; the chair stands in for escalation.
 */
import type { ThresholdKey } from '../../domain/deadlines';
import type { NoticeAudience } from '../../domain/notices/notice-rules';

export type SystemEvent = 'remind' | 'urge' | 'superviseNotice' | 'relayTimeout' | 'evaluationTimeout';

export interface ThresholdAction {
  event: SystemEvent;
  setsOverdue: boolean;
  alerts: readonly NoticeAudience[];
}

export const THRESHOLD_ACTIONS: Readonly<Record<ThresholdKey, ThresholdAction>> = {
  triageLate: { event: 'remind', setsOverdue: false, alerts: ['staff', 'deputy'] },
  pullAvailable: { event: 'remind', setsOverdue: false, alerts: ['staff'] },
  villageLate: { event: 'remind', setsOverdue: false, alerts: ['deputy'] },
  routingLate: { event: 'remind', setsOverdue: false, alerts: ['staff', 'chair'] },
  signLate: { event: 'remind', setsOverdue: false, alerts: ['leadUnit', 'staff'] },
  remind: { event: 'remind', setsOverdue: false, alerts: ['leadUnit'] },
  due: { event: 'urge', setsOverdue: true, alerts: ['supervisor'] },
  // The unit's leaders are among the lead unit's staff, whom the 督办 event's own rule already tells.
  escalate: { event: 'superviseNotice', setsOverdue: false, alerts: ['chair'] },
  circulate: { event: 'superviseNotice', setsOverdue: false, alerts: ['staff', 'chair'] },
  reviewLate: { event: 'remind', setsOverdue: false, alerts: ['staff'] },
  relayTimeout: { event: 'relayTimeout', setsOverdue: false, alerts: ['deputy'] },
  evaluationTimeout: { event: 'evaluationTimeout', setsOverdue: false, alerts: [] },
  reHandleDecisionLate: { event: 'remind', setsOverdue: false, alerts: ['staff', 'chair'] },
};

/** The note recorded on the timeline and shown in the notice. */
export const THRESHOLD_NOTES: Readonly<Record<ThresholdKey, string>> = {
  triageLate: '代表超过时限未处理，提请主席团关注',
  pullAvailable: '代表逾期未处理，主席团可提取',
  villageLate: '村(居)办理超过时限',
  routingLate: '转报事项超过时限未交办',
  signLate: '承办单位超过时限未签收',
  remind: '即将到办理期限',
  due: '已到办理期限，系统催办',
  escalate: '逾期未办结，督办',
  circulate: '逾期未办结，通报',
  reviewLate: '答复超过时限未审核',
  relayTimeout: '代表超过时限未转达，答复自动发给群众',
  evaluationTimeout: '超过评价期限，记为未评价',
  reHandleDecisionLate: '不满意事项超过时限未研判',
};
