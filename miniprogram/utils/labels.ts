/**
 * Chinese labels the mini-program needs at run time for choices it offers (filters, pickers, rating buttons).
 *
 * Guarantees: copies of core/domain's maps (the mini-program cannot load core/ at run time), typed as
 * `Record<Code, string>` over the domain's own union types so a code added on the server without a label here
 * fails to compile. Labels of rendered server data come from the server (ItemRow.statusLabel etc.), not from here.
 */
import type {
  Channel,
  ContactType,
  ItemStatus,
  Outcome,
  Rating,
  RejectReasonCode,
  RelayMethod,
} from '../../core/domain/opinion/status';
import type { DeputyLevel } from '../../core/domain/directory';

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

export type TagTheme = 'default' | 'primary' | 'warning' | 'success' | 'danger';

/** Chip colour per status: waiting on someone (primary), on the resident (warning), finished (success / default). */
export const STATUS_THEMES: Readonly<Record<ItemStatus, TagTheme>> = {
  submitted: 'primary',
  referredToVillage: 'primary',
  forwarded: 'primary',
  registered: 'primary',
  assigned: 'primary',
  inProgress: 'primary',
  replyReview: 'primary',
  replied: 'primary',
  awaitingEvaluation: 'warning',
  reHandleReview: 'danger',
  reHandling: 'primary',
  monitoring: 'primary',
  closed: 'success',
  notAccepted: 'default',
  merged: 'default',
  withdrawn: 'default',
  archived: 'default',
};

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

export const OUTCOME_LABELS: Readonly<Record<Outcome, string>> = {
  resolved: '已解决',
  planned: '列入计划逐步解决',
  cannotResolve: '因条件限制暂不能解决',
};

export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  unsatisfied: '不满意',
};

export const REJECT_REASON_LABELS: Readonly<Record<RejectReasonCode, string>> = {
  outOfScope: '不属本级职权',
  litigation: '涉诉涉法',
  personalMatter: '属个人事务',
  alreadyAnswered: '已答复过',
  other: '其他',
};

export const RELAY_METHOD_LABELS: Readonly<Record<RelayMethod, string>> = {
  inApp: '线上告知',
  phone: '电话告知',
  visit: '上门告知',
};

export const CONTACT_TYPE_LABELS: Readonly<Record<ContactType, string>> = {
  faceToFace: '当面沟通',
  phone: '电话沟通',
  siteVisit: '现场查看',
};

export const DEPUTY_LEVEL_LABELS: Readonly<Record<DeputyLevel, string>> = {
  township: '镇人大代表',
  county: '县人大代表',
};

/** Options for a picker or radio group, in the map's order. */
export function optionsOf<K extends string>(labels: Readonly<Record<K, string>>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
