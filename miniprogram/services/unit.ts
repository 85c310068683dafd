/**
 * Handling-unit services: assignments, detail, sign, return, progress notes, extension request, reply.
 *
 * Guarantees: view models from item-views.ts; item actions carry a request id keyed by item, reused on retry.
 */
import type { UnitInboxCounts } from '../../core/contracts/views';
import type { ItemStatus } from '../../core/domain/opinion/status';
import { mapResult, mutate, query } from './api';
import type { CallResult } from './call';
import { toItemDetailView, toItemRowView, type ItemDetailView } from './item-views';
import type { RowsPage } from './resident';
import type { InputOf } from './wire';

export type UnitTab = InputOf<'unit', 'assignments'>['tab'] & string;

export async function unitAssignments(tab: UnitTab, cursor?: string): Promise<CallResult<RowsPage>> {
  const input: InputOf<'unit', 'assignments'> = { tab, limit: 20 };
  if (cursor) input.cursor = cursor;
  return mapResult(await query('unit', 'assignments', input), (d) => ({
    rows: d.rows.map((r) => toItemRowView(r)),
    nextCursor: d.nextCursor ?? '',
  }));
}

export function unitCounts(): Promise<CallResult<UnitInboxCounts>> {
  return query('unit', 'counts', {});
}

export async function unitDetail(itemId: string): Promise<CallResult<ItemDetailView>> {
  return mapResult(await query('unit', 'detail', { itemId }), (d) => toItemDetailView(d));
}

type Changed = CallResult<{ status: ItemStatus }>;
const changed = (r: CallResult<{ itemId: string; status: ItemStatus }>): Changed =>
  mapResult(r, (d) => ({ status: d.status }));

export async function sign(itemId: string, expectedVersion: number): Promise<Changed> {
  return changed(await mutate('unit', 'sign', { itemId, expectedVersion }, `unit.sign:${itemId}`));
}

export async function returnMisassigned(itemId: string, expectedVersion: number, reason: string): Promise<Changed> {
  return changed(
    await mutate('unit', 'returnMisassigned', { itemId, expectedVersion, reason }, `unit.return:${itemId}`),
  );
}

export async function addProgressNote(
  itemId: string,
  expectedVersion: number,
  note: string,
  contactType?: 'faceToFace' | 'phone' | 'siteVisit',
): Promise<Changed> {
  const input: InputOf<'unit', 'addProgressNote'> = { itemId, expectedVersion, note };
  if (contactType) input.contactType = contactType;
  return changed(await mutate('unit', 'addProgressNote', input, `unit.note:${itemId}`));
}

export async function requestExtension(
  itemId: string,
  expectedVersion: number,
  reason: string,
  requestedDueDate: string,
): Promise<Changed> {
  return changed(
    await mutate(
      'unit',
      'requestExtension',
      { itemId, expectedVersion, reason, requestedDueDate },
      `unit.extension:${itemId}`,
    ),
  );
}

export async function submitReply(
  itemId: string,
  expectedVersion: number,
  reply: {
    text: string;
    outcome: 'resolved' | 'planned' | 'cannotResolve';
    plan?: string;
    milestones?: { stage: string; expectedDate?: string }[];
    expectedDate?: string;
  },
): Promise<Changed> {
  const input: InputOf<'unit', 'submitReply'> = { itemId, expectedVersion, text: reply.text, outcome: reply.outcome };
  if (reply.plan) input.plan = reply.plan;
  if (reply.milestones && reply.milestones.length > 0) input.milestones = reply.milestones;
  if (reply.expectedDate) input.expectedDate = reply.expectedDate;
  return changed(await mutate('unit', 'submitReply', input, `unit.reply:${itemId}`));
}
