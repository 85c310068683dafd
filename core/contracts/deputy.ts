/**
 * `deputy` function: a deputy's inbox, triage, relay and entry on a resident's behalf.
 */
import { z } from 'zod';
import { CONSENT_MODES, ON_BEHALF_CHANNELS, RATINGS, RELAY_METHODS } from '../domain/opinion/status';
import { id, itemRef, oneOf, optionalText, pagination, phone, text } from './common';
import { opinionFields } from './item-fields';
import type { DeputyInboxCounts, ItemDetail, ItemRow } from './views';
import type { ItemStatus } from '../domain/opinion/status';

export const DEPUTY_INBOX_TABS = ['new', 'inProgress', 'dueSoon', 'overdue', 'awaitingRelay', 'all'] as const;

export const deputyCommands = {
  inbox: { mutating: false, input: z.object({ ...pagination, tab: oneOf(DEPUTY_INBOX_TABS, '分类').default('new') }) },
  counts: { mutating: false, input: z.object({}) },
  detail: { mutating: false, input: z.object({ ...itemRef }) },
  answerOnSpot: { mutating: true, input: z.object({ ...itemRef, text: text('答复内容', 1000) }) },
  referToVillage: {
    mutating: true,
    input: z.object({ ...itemRef, unitId: id('村(居)委会'), note: text('说明', 300) }),
  },
  recordVillageResult: { mutating: true, input: z.object({ ...itemRef, result: text('办理结果', 1000) }) },
  forwardToPresidium: {
    mutating: true,
    input: z.object({
      ...itemRef,
      summary: text('问题摘要', 200),
      deputyView: text('代表意见', 500),
      suggestedUnitId: id('建议承办单位').optional(),
      urgent: z.boolean({ error: '紧急标记无效' }).default(false),
    }),
  },
  enterOnBehalf: {
    mutating: true,
    input: z.object({
      ...opinionFields,
      channel: oneOf(ON_BEHALF_CHANNELS, '渠道'),
      submitterName: text('群众姓名', 20),
      villageId: id('村(社区)'),
      submitterPhone: phone.optional(),
      consentMode: oneOf(CONSENT_MODES, '同意方式').default('verbal'),
      relayMethod: oneOf(RELAY_METHODS, '反馈方式').default('phone'),
    }),
  },
  submitOwnSuggestion: {
    mutating: true,
    input: z.object({
      title: opinionFields.title,
      content: opinionFields.content,
      category: opinionFields.category,
      photos: opinionFields.photos,
    }),
  },
  relay: {
    mutating: true,
    input: z.object({ ...itemRef, method: oneOf(RELAY_METHODS, '反馈方式'), note: optionalText('说明', 300) }),
  },
  rateOnBehalf: {
    mutating: true,
    input: z.object({ ...itemRef, rating: oneOf(RATINGS, '评价'), comment: optionalText('评价意见', 300) }),
  },
  withdraw: { mutating: true, input: z.object({ ...itemRef, reason: optionalText('撤回原因', 200) }) },
} as const;

type Changed = { itemId: string; status: ItemStatus };

export interface DeputyResults {
  inbox: { rows: ItemRow[]; nextCursor?: string };
  counts: DeputyInboxCounts;
  detail: ItemDetail;
  answerOnSpot: Changed;
  referToVillage: Changed;
  recordVillageResult: Changed;
  forwardToPresidium: Changed;
  enterOnBehalf: Changed;
  submitOwnSuggestion: Changed;
  relay: Changed;
  rateOnBehalf: Changed;
  withdraw: Changed;
}
