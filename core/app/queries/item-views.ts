/**
 * Items as the mini-program renders them (core/contracts/views.ts), shaped for one viewer.
 *
 * Guarantees: the submitter's name and phone pass through `submitterForViewer` (full, masked or anonymous by the
 * privacy rules); residents get `residentTimeline` only (whitelisted texts, no staff names); instants become ISO
 * strings; `actions` are the events this viewer may take now (`availableEvents`). Pure: names come in a NameBook.
 */
import type { ItemDetail, ItemRow, ReplyView, TimelineEntryView } from '../../contracts/views';
import { availableEvents } from '../../domain/opinion/decide';
import type { Actor } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import {
  MILESTONE_STAGE_LABELS,
  OUTCOME_LABELS,
  RATING_LABELS,
  REJECT_REASON_LABELS,
  STATUS_LABELS,
  type MilestoneStage,
} from '../../domain/opinion/status';
import { residentTimeline, staffTimeline, type ItemEvent } from '../../domain/opinion/timeline';
import { submitterForViewer } from '../../domain/privacy';
import { CONTENT_FLAG_LABELS, visiblePhotos } from '../../domain/opinion/content-review';
import { isPresidiumRole } from '../../domain/roles';
import { ROLE_LABELS } from '../../domain/roles';
import type { NameBook } from './names';

const iso = (d: Date | null | undefined): string | undefined => (d ? new Date(d).toISOString() : undefined);

export function toItemRow(item: Item, viewer: Actor, names: NameBook): ItemRow {
  const submitter = submitterForViewer(item, viewer, names.village(item.submitter.villageId));
  const row: ItemRow = {
    itemId: item._id,
    title: item.title,
    status: item.status,
    statusLabel: STATUS_LABELS[item.status],
    kind: item.kind,
    channel: item.channel,
    category: item.category,
    villageName: names.village(item.villageId),
    submittedAt: iso(item.submittedAt)!,
    updatedAt: iso(item.updatedAt)!,
    overdue: item.overdue,
    urgent: item.urgent,
    isKey: item.isKey,
    urgeCount: item.urgeCount,
    submitterName: submitter.name,
    peopleCount: 1 + (item.mergedItemIds?.length ?? 0),
  };
  if (item.registrationNumber) row.registrationNumber = item.registrationNumber;
  if (item.contentFlagged && isPresidiumRole(viewer.role)) row.contentFlagged = true;
  const dueAt = item.assignment?.dueAt ?? (item.status === 'submitted' ? item.triageDueAt : null);
  if (dueAt) row.dueAt = iso(dueAt)!;
  const deputyName = names.deputy(item.deputyId);
  if (deputyName) row.deputyName = deputyName;
  const leadUnitName = names.unit(item.assignment?.leadUnitId);
  if (leadUnitName) row.leadUnitName = leadUnitName;
  return row;
}

function replyView(item: Item, viewer: Actor, names: NameBook): ReplyView | undefined {
  const reply = item.reply;
  if (!reply) return undefined;
  // A resident sees an answer only once it is released to them (never a draft under staff review).
  if (viewer.role === 'resident' && !reply.releasedAt) return undefined;
  const answeredBy =
    item.answerSource === 'deputy'
      ? `${names.deputy(item.deputyId) ?? ''}代表`
      : item.answerSource === 'village'
        ? (names.unit(item.villageReferral?.unitId) ?? '村(居)委会')
        : (names.unit(reply.unitId ?? item.assignment?.leadUnitId) ?? '承办单位');
  const view: ReplyView = {
    text: reply.text,
    outcome: reply.outcome,
    outcomeLabel: OUTCOME_LABELS[reply.outcome],
    answeredBy,
  };
  if (reply.plan) view.plan = reply.plan;
  if (reply.expectedAt) view.expectedAt = iso(reply.expectedAt)!;
  if (reply.releasedAt) view.releasedAt = iso(reply.releasedAt)!;
  if (reply.milestones) {
    view.milestones = reply.milestones.map((m) => {
      const out: NonNullable<ReplyView['milestones']>[number] = {
        stage: String(m.stage),
        label: MILESTONE_STAGE_LABELS[m.stage as MilestoneStage] ?? String(m.stage),
      };
      if (m.expectedAt) out.expectedAt = iso(m.expectedAt)!;
      if (m.doneAt) out.doneAt = iso(m.doneAt)!;
      if (m.note) out.note = m.note;
      return out;
    });
  }
  return view;
}

const STAFF_TEXT_KEYS = [
  'text',
  'result',
  'summary',
  'deputyView',
  'question',
  'reason',
  'note',
  'comment',
  'plan',
] as const;

function staffText(payload: Record<string, unknown>): string | undefined {
  const parts = STAFF_TEXT_KEYS.map((k) => payload[k]).filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return parts.length ? parts.join('；') : undefined;
}

export function timelineFor(item: Item, events: readonly ItemEvent[], viewer: Actor): TimelineEntryView[] {
  if (viewer.role === 'resident') {
    return residentTimeline(events).map((e) => {
      const out: TimelineEntryView = {
        seq: e.seq,
        event: e.event,
        label: e.label,
        at: iso(e.at)!,
        status: e.status,
        statusLabel: e.statusLabel,
        actorLabel: e.actorLabel,
      };
      if (e.text !== undefined) out.text = e.text;
      return out;
    });
  }
  return staffTimeline(item, events, viewer).map((e) => {
    const out: TimelineEntryView = {
      seq: e.seq,
      event: e.event,
      label: e.label,
      at: iso(e.at)!,
      status: e.to,
      statusLabel: STATUS_LABELS[e.to],
      actorLabel: `${ROLE_LABELS[e.actor.role]}${e.actor.name ? ` ${e.actor.name}` : ''}`,
    };
    const text = staffText(e.payload);
    if (text !== undefined) out.text = text;
    return out;
  });
}

export function toItemDetail(item: Item, events: readonly ItemEvent[], viewer: Actor, names: NameBook): ItemDetail {
  const submitter = submitterForViewer(item, viewer, names.village(item.submitter.villageId));
  const detail: ItemDetail = {
    ...toItemRow(item, viewer, names),
    version: item.version,
    content: item.content,
    // Cloud file ids display directly in <image src>; photos not yet passed by the media check only for some.
    photoUrls: visiblePhotos(item, viewer),
    publishConsent: item.publishConsent,
    hideIdentityFromUnit: item.hideIdentityFromUnit,
    submitter: {
      name: submitter.name,
      villageName: names.village(item.submitter.villageId),
      hasAccount: submitter.hasAccount,
      access: submitter.access,
      ...(submitter.phone ? { phone: submitter.phone } : {}),
    },
    timeline: timelineFor(item, events, viewer),
    actions: availableEvents(item, viewer),
    priority: item.priority,
  };
  if (item.place) detail.place = item.place;
  if (isPresidiumRole(viewer.role)) {
    if (item.photoChecks) detail.photoChecks = item.photoChecks.map((c) => ({ fileId: c.fileId, check: c.check }));
    if (item.contentFlags?.length)
      detail.contentFlags = item.contentFlags.map((flag) => ({ flag, label: CONTENT_FLAG_LABELS[flag] }));
  }
  if (item.assignment && viewer.role !== 'resident') {
    const a = item.assignment;
    detail.assignment = {
      leadUnitName: names.unit(a.leadUnitId) ?? '',
      coUnitNames: a.coUnitIds.map((id) => names.unit(id) ?? ''),
      leaderInCharge: a.leaderInCharge,
      responsiblePerson: a.responsiblePerson,
      contact: a.contact,
      assignedAt: iso(a.assignedAt)!,
      dueAt: iso(a.dueAt)!,
      returnWindowEndsAt: iso(a.returnWindowEndsAt)!,
      ...(item.extension
        ? {
            extension: {
              requestedDueAt: iso(item.extension.requestedDueAt)!,
              reason: item.extension.reason,
              decision: item.extension.decision,
            },
          }
        : {}),
    };
  }
  const reply = replyView(item, viewer, names);
  if (reply) detail.reply = reply;
  if (item.evaluation) {
    detail.evaluation = {
      rating: item.evaluation.rating,
      ratingLabel: RATING_LABELS[item.evaluation.rating],
      comment: item.evaluation.comment,
      ratedAt: iso(item.evaluation.ratedAt)!,
      round: item.evaluation.round,
    };
  }
  if (item.rejectReason) {
    const r = item.rejectReason;
    detail.rejectReason = {
      code: r.code,
      label: REJECT_REASON_LABELS[r.code],
      text: r.text,
      ...(r.competentBody ? { competentBody: r.competentBody } : {}),
    };
  }
  if (item.mergedInto) detail.mergedIntoItemId = item.mergedInto;
  return detail;
}
