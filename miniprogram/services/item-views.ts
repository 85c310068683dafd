/**
 * View models of items as pages render them, mapped from the contract's ItemRow / ItemDetail.
 *
 * Guarantees: pages render these fields as they are and never reshape server data; labels and masking come from
 * the server (phone numbers are shown exactly as the server sends them, masked where the viewer may not see them);
 * this file only formats dates in Beijing time, picks chip colours and turns `actions` into flags.
 */
import type { ItemDetail, ItemRow } from '../../core/contracts/views';
import type { ItemEventName } from '../../core/domain/opinion/commands';
import { CHANNEL_LABELS, STATUS_THEMES, type TagTheme } from '../utils/labels';
import { dueInfo, formatDate, formatDateTime } from '../utils/time';

export interface ItemRowView {
  itemId: string;
  title: string;
  statusLabel: string;
  statusTheme: TagTheme;
  /** "农业农村 · 柳塘村" */
  meta: string;
  /** "2026-03-05 提交" */
  dateText: string;
  dueText: string;
  dueLevel: '' | 'overdue' | 'soon' | 'normal';
  urgent: boolean;
  isKey: boolean;
  number: string;
  submitterName: string;
  peopleText: string;
  unitName: string;
}

export function toItemRowView(row: ItemRow, now: number = Date.now()): ItemRowView {
  const due = dueInfo(row.dueAt, row.overdue, now);
  return {
    itemId: row.itemId,
    title: row.title,
    statusLabel: row.statusLabel,
    statusTheme: STATUS_THEMES[row.status] ?? 'default',
    meta: [row.category, row.villageName].filter(Boolean).join(' · '),
    dateText: `${formatDate(row.submittedAt)} 提交`,
    dueText: due ? due.text : '',
    dueLevel: due ? due.level : '',
    urgent: row.urgent,
    isKey: row.isKey,
    number: row.registrationNumber ?? '',
    submitterName: row.submitterName,
    peopleText: row.peopleCount > 1 ? `${row.peopleCount}位群众反映` : '',
    unitName: row.leadUnitName ?? '',
  };
}

export interface TimelineView {
  key: string;
  label: string;
  timeText: string;
  actorLabel: string;
  text: string;
  statusLabel: string;
}

export interface ItemDetailView {
  itemId: string;
  version: number;
  title: string;
  statusLabel: string;
  statusTheme: TagTheme;
  content: string;
  photoUrls: string[];
  place: string;
  category: string;
  channelLabel: string;
  number: string;
  submittedText: string;
  dueText: string;
  dueLevel: '' | 'overdue' | 'soon' | 'normal';
  peopleText: string;
  submitter: { name: string; phone: string; villageName: string };
  assignment?: {
    leadUnitName: string;
    coUnitNames: string;
    responsiblePerson: string;
    contact: string;
    assignedText: string;
    dueText: string;
    extensionText: string;
  };
  reply?: { text: string; outcomeLabel: string; plan: string; answeredBy: string; releasedText: string };
  evaluation?: { ratingLabel: string; comment: string; ratedText: string };
  rejectText: string;
  timeline: TimelineView[];
  /** Actions the server says this viewer may take now. */
  can: Partial<Record<ItemEventName, true>>;
}

const EXTENSION_DECISIONS = { pending: '待审批', approved: '已同意', refused: '未同意' } as const;

export function toItemDetailView(d: ItemDetail, now: number = Date.now()): ItemDetailView {
  const due = dueInfo(d.dueAt, d.overdue, now);
  const can: Partial<Record<ItemEventName, true>> = {};
  for (const action of d.actions) can[action] = true;
  const view: ItemDetailView = {
    itemId: d.itemId,
    version: d.version,
    title: d.title,
    statusLabel: d.statusLabel,
    statusTheme: STATUS_THEMES[d.status] ?? 'default',
    content: d.content,
    photoUrls: d.photoUrls,
    place: d.place ?? '',
    category: d.category,
    channelLabel: CHANNEL_LABELS[d.channel] ?? '',
    number: d.registrationNumber ?? '',
    submittedText: formatDateTime(d.submittedAt),
    dueText: due ? due.text : '',
    dueLevel: due ? due.level : '',
    peopleText: d.peopleCount > 1 ? `${d.peopleCount}位群众反映` : '',
    submitter: { name: d.submitter.name, phone: d.submitter.phone ?? '', villageName: d.submitter.villageName },
    rejectText: d.rejectReason
      ? [d.rejectReason.label, d.rejectReason.competentBody, d.rejectReason.text].filter(Boolean).join('：')
      : '',
    // Newest first: people look for the latest step.
    timeline: d.timeline
      .slice()
      .reverse()
      .map((e) => ({
        key: String(e.seq),
        label: e.label,
        timeText: formatDateTime(e.at),
        actorLabel: e.actorLabel,
        text: e.text ?? '',
        statusLabel: e.statusLabel,
      })),
    can,
  };
  if (d.assignment) {
    const a = d.assignment;
    view.assignment = {
      leadUnitName: a.leadUnitName,
      coUnitNames: a.coUnitNames.join('、'),
      responsiblePerson: a.responsiblePerson,
      contact: a.contact,
      assignedText: formatDate(a.assignedAt),
      dueText: formatDate(a.dueAt),
      extensionText: a.extension
        ? `申请延期至${formatDate(a.extension.requestedDueAt)}（${EXTENSION_DECISIONS[a.extension.decision]}）：${a.extension.reason}`
        : '',
    };
  }
  if (d.reply) {
    view.reply = {
      text: d.reply.text,
      outcomeLabel: d.reply.outcomeLabel,
      plan: d.reply.plan ?? '',
      answeredBy: d.reply.answeredBy,
      releasedText: formatDate(d.reply.releasedAt),
    };
  }
  if (d.evaluation) {
    view.evaluation = {
      ratingLabel: d.evaluation.ratingLabel,
      comment: d.evaluation.comment,
      ratedText: formatDate(d.evaluation.ratedAt),
    };
  }
  return view;
}
