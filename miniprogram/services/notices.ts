/**
 * My notices (the in-app inbox every role has, `account.listNotices` and friends): list, unread count, mark read,
 * and the mute preferences staff keep for non-urgent kinds.
 *
 * Guarantees: rows are view models (time in Beijing time, the page to open); typed from core/contracts/notices.ts;
 * none of these commands mutates an item, so none carries a request id (marking read is idempotent).
 */
import type { NoticeView } from '../../core/contracts/notices';
import type { NoticeKind } from '../../core/domain/notices/notice-rules';
import { formatDateTime } from '../utils/time';
import { mapResult, query } from './api';
import type { CallResult } from './call';

export interface NoticeRowView {
  id: string;
  title: string;
  text: string;
  timeText: string;
  read: boolean;
  urgent: boolean;
  /** Page to open ('' when the notice has none). */
  page: string;
}

export function toNoticeRowView(n: NoticeView): NoticeRowView {
  return {
    id: n.id,
    title: n.title,
    text: n.text,
    timeText: formatDateTime(n.createdAt),
    read: n.read,
    urgent: n.urgent,
    page: n.page.startsWith('/') ? n.page : n.page ? `/${n.page}` : '',
  };
}

export async function listNotices(cursor?: string): Promise<CallResult<{ rows: NoticeRowView[]; nextCursor: string }>> {
  return mapResult(await query('account', 'listNotices', cursor ? { limit: 20, cursor } : { limit: 20 }), (d) => ({
    rows: d.notices.map(toNoticeRowView),
    nextCursor: d.nextCursor ?? '',
  }));
}

export async function unreadNoticeCount(): Promise<CallResult<number>> {
  return mapResult(await query('account', 'unreadNoticeCount', {}), (d) => d.count);
}

export async function markNoticesRead(ids: string[] | 'all'): Promise<CallResult<number>> {
  return mapResult(await query('account', 'markNoticesRead', ids === 'all' ? { all: true } : { ids }), (d) => d.marked);
}

/** Labels of the kinds a person may mute (the urgent ones never reach this list). */
export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  newOpinion: '群众新意见',
  forwardedToPresidium: '代表转交主席团',
  assigned: '交办',
  urged: '催办督办',
  returnedToDeputy: '退回代表补充',
  misassignedReturned: '单位退回交办',
  extensionRequested: '单位申请延期',
  extensionDecided: '延期审批结果',
  deadlineMoved: '办理期限变更',
  replyToReview: '答复待审核',
  replySentBack: '答复被退回',
  replyAvailable: '答复已送达',
  replyToForwarded: '转交事项已答复',
  unsatisfied: '群众不满意',
  itemClosed: '办结',
  itemNotAccepted: '不予受理',
  itemMerged: '合并办理',
  reHandling: '重新办理',
  deadlineAlert: '期限提醒',
  dailyDigest: '每日摘要',
};

export interface MuteOption {
  kind: NoticeKind;
  label: string;
  muted: boolean;
}

export async function noticePreferences(): Promise<CallResult<MuteOption[]>> {
  return mapResult(await query('account', 'noticePreferences', {}), (d) =>
    d.mutableKinds.map((kind) => ({ kind, label: NOTICE_KIND_LABELS[kind], muted: d.mutedKinds.includes(kind) })),
  );
}

export async function setNoticePreferences(mutedKinds: NoticeKind[]): Promise<CallResult<NoticeKind[]>> {
  return mapResult(await query('account', 'setNoticePreferences', { mutedKinds }), (d) => d.mutedKinds);
}

export const NOTICES_PAGE = '/pages/notices/index';
