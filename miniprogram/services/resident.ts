/**
 * Resident services: submit, my items, detail, evaluate, withdraw.
 *
 * Guarantees: results arrive as the view models of item-views.ts; every mutating call carries a request id
 * reused on retry of the same action (api.ts).
 */
import type { ItemStatus, Rating } from '../../core/domain/opinion/status';
import { mapResult, mutate, query } from './api';
import type { CallResult } from './call';
import { toItemDetailView, toItemRowView, type ItemDetailView, type ItemRowView } from './item-views';
import type { InputOf } from './wire';

export interface RowsPage {
  rows: ItemRowView[];
  nextCursor: string;
}

export type SubmitInput = InputOf<'resident', 'submit'>;

export async function submitOpinion(input: SubmitInput): Promise<CallResult<{ itemId: string }>> {
  return mapResult(await mutate('resident', 'submit', input), (d) => ({ itemId: d.itemId }));
}

export async function listMine(cursor?: string, status?: ItemStatus): Promise<CallResult<RowsPage>> {
  const input: InputOf<'resident', 'listMine'> = { limit: 20 };
  if (cursor) input.cursor = cursor;
  if (status) input.status = status;
  return mapResult(await query('resident', 'listMine', input), (d) => ({
    rows: d.rows.map((r) => toItemRowView(r)),
    nextCursor: d.nextCursor ?? '',
  }));
}

export async function itemDetail(itemId: string): Promise<CallResult<ItemDetailView>> {
  return mapResult(await query('resident', 'detail', { itemId }), (d) => toItemDetailView(d));
}

export async function evaluate(
  itemId: string,
  expectedVersion: number,
  rating: Rating,
  comment: string,
): Promise<CallResult<{ status: ItemStatus }>> {
  const input: InputOf<'resident', 'evaluate'> = { itemId, expectedVersion, rating };
  if (comment.trim()) input.comment = comment.trim();
  return mapResult(await mutate('resident', 'evaluate', input, `resident.evaluate:${itemId}`), (d) => ({
    status: d.status,
  }));
}

export async function withdraw(itemId: string, expectedVersion: number): Promise<CallResult<{ status: ItemStatus }>> {
  return mapResult(
    await mutate('resident', 'withdraw', { itemId, expectedVersion }, `resident.withdraw:${itemId}`),
    (d) => ({ status: d.status }),
  );
}
