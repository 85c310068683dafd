/**
 * Presidium services: the queue with filters, detail and every staff action, due-date preview, settings, and the
 * §7 statistics of a period.
 *
 * Guarantees: view models from item-views.ts; the queue answers rows and status counts in one call (its first
 * screen); item actions carry a request id keyed by item and action, reused on retry.
 */
import type { DuePreview } from '../../core/contracts/presidium-planning';
import type { SettingsView } from '../../core/contracts/presidium';
import type { CountsByStatus } from '../../core/contracts/views';
import type { ItemStatus } from '../../core/domain/opinion/status';
import { STATUS_LABELS } from '../utils/labels';
import { formatDate } from '../utils/time';
import { mapResult, mutate, query } from './api';
import type { CallResult } from './call';
import { toItemDetailView, toItemRowView, type ItemDetailView, type ItemRowView } from './item-views';
import { toStatisticsPageView, type StatisticsPageView } from './statistics-views';
import type { InputOf, ResultOf } from './wire';

export interface QueueFilter {
  status?: ItemStatus[];
  overdue?: boolean;
  keyword?: string;
}

export interface StatusChip {
  key: string;
  label: string;
  count: number;
}

export interface QueueView {
  rows: ItemRowView[];
  nextCursor: string;
  chips: StatusChip[];
  overdueCount: number;
}

function chipsOf(counts: CountsByStatus): StatusChip[] {
  return (Object.keys(counts) as ItemStatus[])
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => ({ key: s, label: STATUS_LABELS[s], count: counts[s] ?? 0 }));
}

export async function presidiumQueue(filter: QueueFilter, cursor?: string): Promise<CallResult<QueueView>> {
  const input: InputOf<'presidium', 'queue'> = { limit: 20 };
  if (filter.status && filter.status.length > 0) input.status = filter.status;
  if (filter.overdue) input.overdue = true;
  if (filter.keyword) input.keyword = filter.keyword;
  if (cursor) input.cursor = cursor;
  return mapResult(await query('presidium', 'queue', input), (d) => ({
    rows: d.rows.map((r) => toItemRowView(r)),
    nextCursor: d.nextCursor ?? '',
    chips: chipsOf(d.countsByStatus),
    overdueCount: d.overdueCount,
  }));
}

export async function presidiumDetail(itemId: string): Promise<CallResult<ItemDetailView & { kind: string }>> {
  return mapResult(await query('presidium', 'detail', { itemId }), (d) => ({ ...toItemDetailView(d), kind: d.kind }));
}

type Changed = CallResult<{ status: ItemStatus }>;
const changed = <T extends { status: ItemStatus }>(r: CallResult<T>): Changed =>
  mapResult(r, (d) => ({ status: d.status }));

/** The item commands staff take from the detail page with a single text field (or none). */
export type SimpleAction =
  | 'register'
  | 'urge'
  | 'releaseReply'
  | 'sendBack'
  | 'close'
  | 'closeWithExplanation'
  | 'refuseExtension'
  | 'approveExtension'
  | 'returnToDeputy';

export async function simpleAction(
  action: SimpleAction,
  itemId: string,
  expectedVersion: number,
  text: string,
): Promise<Changed> {
  const ref = { itemId, expectedVersion };
  const key = `presidium.${action}:${itemId}`;
  const t = text.trim();
  switch (action) {
    case 'register':
      return changed(await mutate('presidium', 'register', { ...ref }, key));
    case 'urge':
      return changed(await mutate('presidium', 'urge', t ? { ...ref, note: t } : ref, key));
    case 'releaseReply':
      return changed(await mutate('presidium', 'releaseReply', t ? { ...ref, note: t } : ref, key));
    case 'sendBack':
      return changed(await mutate('presidium', 'sendBack', { ...ref, reason: t }, key));
    case 'close':
      return changed(await mutate('presidium', 'close', { ...ref, reason: t }, key));
    case 'closeWithExplanation':
      return changed(await mutate('presidium', 'closeWithExplanation', { ...ref, reason: t }, key));
    case 'refuseExtension':
      return changed(await mutate('presidium', 'refuseExtension', { ...ref, reason: t }, key));
    case 'approveExtension':
      return changed(await mutate('presidium', 'approveExtension', { ...ref }, key));
    case 'returnToDeputy':
      return changed(await mutate('presidium', 'returnToDeputy', { ...ref, question: t }, key));
  }
}

export async function registerItem(itemId: string, expectedVersion: number, isKey: boolean): Promise<Changed> {
  return changed(
    await mutate('presidium', 'register', { itemId, expectedVersion, isKey }, `presidium.register:${itemId}`),
  );
}

export type UnitOption = ResultOf<'presidium', 'listUnits'>['units'][number];

/** The township's active handling units, for the assign and re-handle forms. */
export async function listUnits(): Promise<CallResult<UnitOption[]>> {
  return mapResult(await query('presidium', 'listUnits', {}), (d) => d.units);
}

export async function mergeInto(itemId: string, expectedVersion: number, primaryItemId: string): Promise<Changed> {
  return changed(
    await mutate('presidium', 'merge', { itemId, expectedVersion, primaryItemId }, `presidium.merge:${itemId}`),
  );
}

export async function notAccept(
  itemId: string,
  expectedVersion: number,
  code: InputOf<'presidium', 'notAccept'>['code'],
  text: string,
  competentBody: string,
): Promise<Changed> {
  const input: InputOf<'presidium', 'notAccept'> = { itemId, expectedVersion, code, text };
  if (competentBody.trim()) input.competentBody = competentBody.trim();
  return changed(await mutate('presidium', 'notAccept', input, `presidium.notAccept:${itemId}`));
}

export type EnterItemInput = InputOf<'presidium', 'enterItem'>;

/** Staff entry of an opinion received by phone, letter, reception, inspection or petition. */
export async function enterItem(input: EnterItemInput): Promise<CallResult<{ itemId: string; status: ItemStatus }>> {
  return mapResult(await mutate('presidium', 'enterItem', input), (d) => ({ itemId: d.itemId, status: d.status }));
}

export type AssignInput = InputOf<'presidium', 'assign'>;

export async function assign(input: AssignInput): Promise<CallResult<{ status: ItemStatus; dueText: string }>> {
  return mapResult(await mutate('presidium', 'assign', input, `presidium.assign:${input.itemId}`), (d) => ({
    status: d.status,
    dueText: formatDate(d.dueAt),
  }));
}

export type ReHandleInput = InputOf<'presidium', 'reHandle'>;

export async function reHandle(input: ReHandleInput): Promise<CallResult<{ status: ItemStatus; dueText: string }>> {
  return mapResult(await mutate('presidium', 'reHandle', input, `presidium.reHandle:${input.itemId}`), (d) => ({
    status: d.status,
    dueText: formatDate(d.dueAt),
  }));
}

export type MonitoringInput = InputOf<'presidium', 'markMonitoring'>;

export async function markMonitoring(input: MonitoringInput): Promise<Changed> {
  return changed(await mutate('presidium', 'markMonitoring', input, `presidium.markMonitoring:${input.itemId}`));
}

export interface DuePreviewView {
  dueText: string;
  capText: string;
  withinCap: boolean;
  workingDaysText: string;
  returnWindowText: string;
}

export function toDuePreviewView(p: DuePreview): DuePreviewView {
  return {
    dueText: formatDate(p.dueAt),
    capText: formatDate(p.capAt),
    withinCap: p.withinCap,
    workingDaysText: `${p.workingDays} 个工作日`,
    returnWindowText: formatDate(p.returnWindowEndsAt),
  };
}

export async function previewDueAt(
  kind: InputOf<'presidium', 'previewDueAt'>['kind'],
  dueDate: string,
  difficult: boolean,
  purpose: 'assign' | 'reHandle' = 'assign',
): Promise<CallResult<DuePreviewView>> {
  const input: InputOf<'presidium', 'previewDueAt'> = { kind, purpose, difficult };
  if (dueDate) input.dueDate = dueDate;
  return mapResult(await query('presidium', 'previewDueAt', input), toDuePreviewView);
}

export function getSettings(): Promise<CallResult<SettingsView>> {
  return query('presidium', 'getSettings', {});
}

export function updateSettings(input: InputOf<'presidium', 'updateSettings'>): Promise<CallResult<SettingsView>> {
  return mutate('presidium', 'updateSettings', input);
}

export type StatisticsInput = InputOf<'presidium', 'statistics'>;

/** The township figures for [from, to] (Beijing days), ready to render: one call, the page's first screen. */
export async function statistics(input: StatisticsInput): Promise<CallResult<StatisticsPageView>> {
  return mapResult(await query('presidium', 'statistics', input), toStatisticsPageView);
}

/**
 * The same figures as an Excel file (staff and the chair; the server logs every export): a temporary download
 * link and a file name. A retry after a lost answer sends the same request id and gets the same file.
 */
export function exportStatistics(
  input: StatisticsInput,
): Promise<CallResult<ResultOf<'presidium', 'exportStatistics'>>> {
  return mutate('presidium', 'exportStatistics', input, `presidium.exportStatistics:${input.from}:${input.to}`);
}
