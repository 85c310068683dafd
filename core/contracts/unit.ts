/**
 * `unit` function: a handling unit's assignments.
 */
import { z } from 'zod';
import { CONTACT_TYPES } from '../domain/opinion/status';
import { itemRef, localDate, oneOf, pagination, text } from './common';
import { replyFields } from './item-fields';
import type { ItemDetail, ItemRow, UnitInboxCounts } from './views';
import type { ItemStatus } from '../domain/opinion/status';

export const UNIT_TABS = ['toSign', 'inProgress', 'dueSoon', 'overdue', 'monitoring', 'all'] as const;

export const unitCommands = {
  assignments: { mutating: false, input: z.object({ ...pagination, tab: oneOf(UNIT_TABS, '分类').default('toSign') }) },
  counts: { mutating: false, input: z.object({}) },
  detail: { mutating: false, input: z.object({ ...itemRef }) },
  sign: { mutating: true, input: z.object({ ...itemRef }) },
  returnMisassigned: { mutating: true, input: z.object({ ...itemRef, reason: text('退回理由', 300) }) },
  addProgressNote: {
    mutating: true,
    input: z.object({
      ...itemRef,
      note: text('进展情况', 500),
      contactType: oneOf(CONTACT_TYPES, '沟通方式').optional(),
      contactDate: localDate('沟通日期').optional(),
    }),
  },
  requestExtension: {
    mutating: true,
    input: z.object({ ...itemRef, reason: text('延期理由', 300), requestedDueDate: localDate('申请延至') }),
  },
  submitReply: { mutating: true, input: z.intersection(z.object({ ...itemRef }), replyFields) },
  progressUpdate: {
    mutating: true,
    input: z.object({ ...itemRef, note: text('落实进展', 500), stage: text('阶段', 20).optional() }),
  },
  complete: { mutating: true, input: z.object({ ...itemRef, note: text('完成情况', 500) }) },
} as const;

type Changed = { itemId: string; status: ItemStatus };

export interface UnitResults {
  assignments: { rows: ItemRow[]; nextCursor?: string };
  counts: UnitInboxCounts;
  detail: ItemDetail;
  sign: Changed;
  returnMisassigned: Changed;
  addProgressNote: Changed;
  requestExtension: Changed;
  submitReply: Changed;
  progressUpdate: Changed;
  complete: Changed;
}
