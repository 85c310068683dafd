/**
 * `resident` function: a resident's own items.
 */
import { z } from 'zod';
import { ITEM_STATUSES, RATINGS } from '../domain/opinion/status';
import { itemRef, oneOf, optionalText, pagination, phone } from './common';
import { opinionFields } from './item-fields';
import type { ItemDetail, ItemRow } from './views';
import type { ItemStatus } from '../domain/opinion/status';

export const residentCommands = {
  submit: {
    mutating: true,
    input: z.object({ ...opinionFields, contactPhone: phone.optional() }),
  },
  listMine: {
    mutating: false,
    input: z.object({ ...pagination, status: oneOf(ITEM_STATUSES, '状态').optional() }),
  },
  detail: { mutating: false, input: z.object({ ...itemRef }) },
  evaluate: {
    mutating: true,
    input: z.object({ ...itemRef, rating: oneOf(RATINGS, '评价'), comment: optionalText('评价意见', 300) }),
  },
  withdraw: { mutating: true, input: z.object({ ...itemRef, reason: optionalText('撤回原因', 200) }) },
} as const;

export interface ResidentResults {
  submit: { itemId: string; status: ItemStatus };
  listMine: { rows: ItemRow[]; nextCursor?: string };
  detail: ItemDetail;
  evaluate: { itemId: string; status: ItemStatus };
  withdraw: { itemId: string; status: ItemStatus };
}
