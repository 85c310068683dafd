/**
 * What a notice says: the inbox sentence, the subscription fields' source values and the page it opens, per
 * notice kind and audience. Pure.
 *
 * Guarantees: every kind has a Chinese sentence and a phrase of at most 5 Chinese characters (the `phrase` field
 * type); every item notice opens the item's page in the package of the recipient's role, with the item id; the
 * digest opens the presidium home and its inbox sentence is its figures. Values are cut to field limits later, in
 * one place (domain/notice-fields.ts).
 */
import type { NoticeAudience, NoticeKind } from '../../domain/notices/notice-rules';
import { URGENT_NOTICE_KINDS } from '../../domain/notices/notice-rules';
import type { OutboxRow } from '../../domain/notices/outbox';
import { PHRASES } from '../../domain/notice-fields';

const TEXT: Readonly<Record<NoticeKind, string>> = {
  newOpinion: '有群众向您反映意见，请及时处理',
  forwardedToPresidium: '有代表转报的意见建议待审核',
  assigned: '有意见建议交由贵单位办理，请及时签收',
  urged: '您单位办理的事项已被催办，请抓紧办理',
  returnedToDeputy: '主席团请您补充事项情况',
  misassignedReturned: '承办单位退回了交办有误的事项',
  extensionRequested: '承办单位申请延期办理',
  extensionDecided: '延期申请已有结果',
  deadlineMoved: '您反映事项的办理期限已调整',
  replyToReview: '承办单位已提交答复，请审核',
  replySentBack: '答复被退回修改，请重新提交',
  replyAvailable: '您反映的事项已有答复，请查看并评价',
  replyToForwarded: '您转报的事项已有答复',
  unsatisfied: '群众对答复不满意，请研判',
  itemClosed: '您反映的事项已办结',
  itemNotAccepted: '您反映的事项不予受理，请查看原因',
  itemMerged: '您反映的事项已与同类事项合并办理',
  reHandling: '您反映的事项正在重新办理',
  deadlineAlert: '事项办理时限提醒',
  dailyDigest: '今日待办汇总',
};

const KIND_PHRASE: Readonly<Record<NoticeKind, string>> = {
  newOpinion: '新意见',
  forwardedToPresidium: '待审核',
  assigned: '待签收',
  urged: '催办',
  returnedToDeputy: '待补充',
  misassignedReturned: '已退回',
  extensionRequested: '申请延期',
  extensionDecided: '延期结果',
  deadlineMoved: '期限调整',
  replyToReview: '待审核',
  replySentBack: '退回修改',
  replyAvailable: '已答复',
  replyToForwarded: '已答复',
  unsatisfied: '不满意',
  itemClosed: '已办结',
  itemNotAccepted: '不予受理',
  itemMerged: '已并案',
  reHandling: '重新办理',
  deadlineAlert: '时限提醒',
  dailyDigest: '每日汇总',
};

/** Deadline thresholds (deadlines/thresholds.ts) as phrases and sentences. */
const THRESHOLD_TEXT: Readonly<Record<string, { phrase: string; text: string }>> = {
  remind: { phrase: '即将到期', text: '事项即将到办理期限，请抓紧办理' },
  due: { phrase: '已逾期', text: '事项已超过办理期限' },
  escalate: { phrase: '督办', text: '事项逾期未办结，已升级督办' },
  circulate: { phrase: '通报', text: '事项逾期未办结，将予以通报' },
  triageLate: { phrase: '待处理超时', text: '群众反映的意见超过时限未处理' },
  pullAvailable: { phrase: '可提取', text: '代表逾期未处理的意见可由主席团提取' },
  villageLate: { phrase: '村办超时', text: '交村(居)办理的事项已超过时限' },
  routingLate: { phrase: '交办超时', text: '转报事项超过时限尚未交办' },
  signLate: { phrase: '签收超时', text: '交办事项超过时限尚未签收' },
  reviewLate: { phrase: '审核超时', text: '答复超过时限尚未审核' },
  reHandleDecisionLate: { phrase: '研判超时', text: '不满意事项超过时限尚未研判' },
  relayTimeout: { phrase: '自动发布', text: '答复超过转达时限，已自动发给群众' },
};

/** Deadline thresholds that cannot be muted: overdue and what follows it. */
const URGENT_THRESHOLDS = new Set(['due', 'escalate', 'circulate']);

export function isUrgent(row: Pick<OutboxRow, 'kind' | 'fields'>): boolean {
  if (URGENT_NOTICE_KINDS.includes(row.kind)) return true;
  return URGENT_THRESHOLDS.has(row.fields.threshold ?? '');
}

const PACKAGE_OF: Readonly<Record<NoticeAudience, string>> = {
  submitter: 'pages/item/index',
  deputy: 'packages/deputy/pages/item/index',
  staff: 'packages/presidium/pages/item/index',
  chair: 'packages/presidium/pages/item/index',
  supervisor: 'packages/presidium/pages/item/index',
  leadUnit: 'packages/unit/pages/item/index',
  unitLeader: 'packages/unit/pages/item/index',
};

export const DIGEST_PAGE = 'packages/presidium/pages/home/index';

/** The page a notice opens: the item's page for the recipient's role, with the item id. */
export function pageFor(row: Pick<OutboxRow, 'kind' | 'itemId' | 'audience'>): string {
  if (row.kind === 'dailyDigest' || !row.itemId) return DIGEST_PAGE;
  return `${PACKAGE_OF[row.audience]}?id=${encodeURIComponent(row.itemId)}`;
}

export interface NoticeContent {
  title: string;
  text: string;
  phrase: string;
  note: string;
  time: Date;
  dueAt: Date | null;
  registrationNumber: string;
  page: string;
  urgent: boolean;
}

export function contentOf(row: OutboxRow): NoticeContent {
  const key = row.fields.threshold ?? '';
  const threshold = Object.prototype.hasOwnProperty.call(THRESHOLD_TEXT, key) ? THRESHOLD_TEXT[key] : undefined;
  const statusPhrase = row.fields.status && Object.prototype.hasOwnProperty.call(PHRASES, row.fields.status);
  const phrase =
    threshold?.phrase ??
    (row.kind === 'replyAvailable' || row.kind === 'itemClosed' || !statusPhrase
      ? KIND_PHRASE[row.kind]
      : PHRASES[row.fields.status!]!);
  // The digest's figures are its message: the inbox copy shows them too, for staff who hold no credit.
  const digestNote = row.kind === 'dailyDigest' ? row.fields.note : undefined;
  const text = threshold?.text ?? (digestNote || TEXT[row.kind]);
  const dueAt = row.fields.dueAt ? new Date(row.fields.dueAt) : null;
  return {
    title: row.fields.title || TEXT[row.kind],
    text,
    phrase,
    note: row.fields.note || text,
    time: row.createdAt,
    dueAt: dueAt && !Number.isNaN(dueAt.getTime()) ? dueAt : null,
    registrationNumber: row.fields.registrationNumber ?? '',
    page: pageFor(row),
    urgent: isUrgent(row),
  };
}
