/**
 * Item states (domain.md §4) and the enums every item carries.
 *
 * Guarantees: `ITEM_STATUSES` is the complete list of `status` values; `TERMINAL_STATUSES` never leave except
 * to `archived`; `isOpen` is the single definition of "open" used for urge/addNote and for queues.
 * Flags (`overdue`, `urgent`, `isKey`, ...) are item fields, never states.
 */

export const ITEM_STATUSES = [
  'submitted',
  'referredToVillage',
  'forwarded',
  'registered',
  'assigned',
  'inProgress',
  'replyReview',
  'replied',
  'awaitingEvaluation',
  'reHandleReview',
  'reHandling',
  'monitoring',
  'closed',
  'notAccepted',
  'merged',
  'withdrawn',
  'archived',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const STATUS_LABELS: Readonly<Record<ItemStatus, string>> = {
  submitted: '待代表处理',
  referredToVillage: '村(居)办理中',
  forwarded: '待主席团审核',
  registered: '待交办',
  assigned: '待签收',
  inProgress: '办理中',
  replyReview: '答复审核中',
  replied: '待代表反馈',
  awaitingEvaluation: '待评价',
  reHandleReview: '不满意待研判',
  reHandling: '重新办理中',
  monitoring: '跟踪落实中',
  closed: '已办结',
  notAccepted: '不予受理',
  merged: '已并案',
  withdrawn: '已撤回',
  archived: '已归档',
};

/** No further handling; only `archive` leaves them (and `closed` may become `monitoring` when 列入计划). */
export const TERMINAL_STATUSES = [
  'notAccepted',
  'merged',
  'withdrawn',
  'archived',
] as const satisfies readonly ItemStatus[];

/** Finished states: neither open nor waiting for anyone. */
export const FINISHED_STATUSES = ['closed', ...TERMINAL_STATUSES] as const satisfies readonly ItemStatus[];

/** Open = someone still has to act. */
export const OPEN_STATUSES = ITEM_STATUSES.filter(
  (s) => !(FINISHED_STATUSES as readonly ItemStatus[]).includes(s),
) as ItemStatus[];

export function isOpen(status: ItemStatus): boolean {
  return !(FINISHED_STATUSES as readonly ItemStatus[]).includes(status);
}

export function isTerminal(status: ItemStatus): boolean {
  return (TERMINAL_STATUSES as readonly ItemStatus[]).includes(status);
}

export const ITEM_KINDS = ['opinion', 'suggestion', 'petition'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const CHANNELS = [
  'online',
  'receptionDay',
  'visit',
  'phone',
  'letter',
  'forum',
  'chairReception',
  'deputyOwn',
  'session',
  'inspection',
  'petition',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  online: '线上提交',
  receptionDay: '代表接待日',
  visit: '走访',
  phone: '电话',
  letter: '来信',
  forum: '座谈会',
  chairReception: '主席接待日',
  deputyOwn: '闭会期间代表建议',
  session: '人代会期间建议',
  inspection: '视察调研',
  petition: '信访',
};

/** Channels a deputy (or clerk) uses to enter an item on a resident's behalf (issue 3). */
export const ON_BEHALF_CHANNELS = [
  'receptionDay',
  'visit',
  'phone',
  'letter',
  'forum',
] as const satisfies readonly Channel[];

/** Channels whose items skip deputy triage and enter at `forwarded` (domain.md §4). */
export const PRESIDIUM_ENTRY_CHANNELS = ['deputyOwn', 'session', 'inspection'] as const satisfies readonly Channel[];

/** Channels whose items are evaluated by the deputy rather than a resident (domain.md §3.2 step 9). */
export const DEPUTY_EVALUATED_CHANNELS = ['deputyOwn', 'session'] as const satisfies readonly Channel[];

export const OUTCOMES = ['resolved', 'planned', 'cannotResolve'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: '已解决',
  planned: '列入计划逐步解决',
  cannotResolve: '因条件限制暂不能解决',
};

export const RATINGS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS: Readonly<Record<Rating | 'notRated', string>> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
  notRated: '未评价',
};

export const PRIORITIES = ['key', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REJECT_REASONS = ['outOfScope', 'litigation', 'personalMatter', 'alreadyAnswered', 'other'] as const;
export type RejectReasonCode = (typeof REJECT_REASONS)[number];
export const REJECT_REASON_LABELS: Readonly<Record<RejectReasonCode, string>> = {
  outOfScope: '不属本级职权',
  litigation: '涉诉涉法',
  personalMatter: '属个人事务',
  alreadyAnswered: '已答复过',
  other: '其他',
};

export const CONSENT_MODES = ['self', 'verbal', 'written'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];

export const RELAY_METHODS = ['inApp', 'phone', 'visit'] as const;
export type RelayMethod = (typeof RELAY_METHODS)[number];

export const RELAY_MODES = ['direct', 'viaDeputy'] as const;
export type RelayMode = (typeof RELAY_MODES)[number];

export const SUPERVISE_TYPES = ['tracking', 'onSite', 'periodicRevisit', 'routine'] as const;
export type SuperviseType = (typeof SUPERVISE_TYPES)[number];

export const CONTACT_TYPES = ['faceToFace', 'phone', 'siteVisit'] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** Who gave the answer a resident rates: decides where 不满意 goes (domain.md §4). */
export const ANSWER_SOURCES = ['unit', 'deputy', 'village'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export const MILESTONE_STAGES = ['approval', 'funding', 'tendering', 'construction', 'acceptance'] as const;
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];
export const MILESTONE_STAGE_LABELS: Readonly<Record<MilestoneStage, string>> = {
  approval: '立项',
  funding: '资金',
  tendering: '招投标',
  construction: '施工',
  acceptance: '验收',
};

export const TITLE_MAX = 20;
export const CONTENT_MAX = 1000;
export const PHOTOS_MAX = 9;
