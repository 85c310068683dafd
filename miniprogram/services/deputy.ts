/**
 * Deputy services: inbox with tab counts, detail, triage (answer, refer to village, forward), relay, entry on a
 * resident's behalf, duty record.
 *
 * Guarantees: the inbox's first screen is one call (`inbox`; counts arrive with a separate call only when the
 * page refreshes its badges); item actions carry a request id keyed by item, reused on retry.
 */
import type { DeputyInboxCounts } from '../../core/contracts/views';
import type { DeputyRecordView } from '../../core/contracts/deputy-extra';
import type { ItemStatus } from '../../core/domain/opinion/status';
import { mapResult, mutate, query } from './api';
import type { CallResult } from './call';
import { toItemDetailView, toItemRowView, type ItemDetailView } from './item-views';
import type { RowsPage } from './resident';
import type { InputOf, ResultOf } from './wire';

export type DeputyTab = InputOf<'deputy', 'inbox'>['tab'] & string;

export async function deputyInbox(tab: DeputyTab, cursor?: string): Promise<CallResult<RowsPage>> {
  const input: InputOf<'deputy', 'inbox'> = { tab, limit: 20 };
  if (cursor) input.cursor = cursor;
  return mapResult(await query('deputy', 'inbox', input), (d) => ({
    rows: d.rows.map((r) => toItemRowView(r)),
    nextCursor: d.nextCursor ?? '',
  }));
}

export function deputyCounts(): Promise<CallResult<DeputyInboxCounts>> {
  return query('deputy', 'counts', {});
}

export async function deputyDetail(itemId: string): Promise<CallResult<ItemDetailView>> {
  return mapResult(await query('deputy', 'detail', { itemId }), (d) => toItemDetailView(d));
}

type Changed = CallResult<{ status: ItemStatus }>;
const changed = (r: CallResult<{ itemId: string; status: ItemStatus }>): Changed =>
  mapResult(r, (d) => ({ status: d.status }));

export async function answerOnSpot(itemId: string, expectedVersion: number, text: string): Promise<Changed> {
  return changed(await mutate('deputy', 'answerOnSpot', { itemId, expectedVersion, text }, `deputy.answer:${itemId}`));
}

export async function referToVillage(
  itemId: string,
  expectedVersion: number,
  unitId: string,
  note: string,
): Promise<Changed> {
  return changed(
    await mutate('deputy', 'referToVillage', { itemId, expectedVersion, unitId, note }, `deputy.refer:${itemId}`),
  );
}

export type VillageUnit = ResultOf<'deputy', 'listUnits'>['units'][number];

/** The township's village committees (units of type village), for handing an item to the village. */
export async function villageUnits(): Promise<CallResult<VillageUnit[]>> {
  return mapResult(await query('deputy', 'listUnits', { unitType: 'village' }), (d) => d.units);
}

export async function recordVillageResult(itemId: string, expectedVersion: number, result: string): Promise<Changed> {
  return changed(
    await mutate(
      'deputy',
      'recordVillageResult',
      { itemId, expectedVersion, result },
      `deputy.villageResult:${itemId}`,
    ),
  );
}

export async function forwardToPresidium(
  itemId: string,
  expectedVersion: number,
  fields: { summary: string; deputyView: string; urgent: boolean },
): Promise<Changed> {
  return changed(
    await mutate('deputy', 'forwardToPresidium', { itemId, expectedVersion, ...fields }, `deputy.forward:${itemId}`),
  );
}

export async function relay(
  itemId: string,
  expectedVersion: number,
  method: 'inApp' | 'phone' | 'visit',
  note: string,
): Promise<Changed> {
  const input: InputOf<'deputy', 'relay'> = { itemId, expectedVersion, method };
  if (note.trim()) input.note = note.trim();
  return changed(await mutate('deputy', 'relay', input, `deputy.relay:${itemId}`));
}

export type EnterOnBehalfInput = InputOf<'deputy', 'enterOnBehalf'>;

export async function enterOnBehalf(input: EnterOnBehalfInput): Promise<CallResult<{ itemId: string }>> {
  return mapResult(await mutate('deputy', 'enterOnBehalf', input), (d) => ({ itemId: d.itemId }));
}

export interface DeputyRecordRow {
  key: string;
  label: string;
  value: string;
}

export function toRecordRows(r: DeputyRecordView): DeputyRecordRow[] {
  const hours = r.averageResponseHours;
  return [
    { key: 'received', label: '收到意见', value: `${r.received} 件` },
    { key: 'answeredOnSpot', label: '当场答复', value: `${r.answeredOnSpot} 件` },
    { key: 'referredToVillage', label: '交村(居)办理', value: `${r.referredToVillage} 件` },
    { key: 'forwarded', label: '转报主席团', value: `${r.forwarded} 件` },
    {
      key: 'averageResponseHours',
      label: '平均响应时间',
      value: hours === null ? '暂无' : hours < 24 ? `${Math.round(hours)} 小时` : `${(hours / 24).toFixed(1)} 天`,
    },
  ];
}

export async function myRecord(): Promise<CallResult<DeputyRecordRow[]>> {
  return mapResult(await query('deputy', 'myRecord', {}), toRecordRows);
}
