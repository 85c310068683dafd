/**
 * The deputy's triage of a resident's item (domain.md §3.2 step 2) and the steps after it:
 * answerOnSpot (reply directly; the resident then rates), referToVillage (a small local matter for the village
 * committee, with the village-referral limit), recordVillageResult, forwardToPresidium (登记卡: summary, the
 * deputy's view, suggested unit, urgency), relay (pass a released answer on, in the app, by phone or visit),
 * rateOnBehalf (a rating an offline resident gave by phone) and withdraw (only items the deputy entered).
 *
 * Every command goes through `changeItem`: the state machine checks state, role and that the item is this
 * deputy's (another deputy's item answers AUTH.FORBIDDEN). Triage events record how long the item waited in the
 * inbox (`responseMs`, `timed`) for the deputy's duty record.
 *
 * Database requests: 1 (item, for the response time; referrals also 1 unit) + changeItem's (settings 2 +
 * transaction: start, request log, item, item, event, outbox rows, log row, commit).
 */
import { computeDueAt } from '../../domain/deadlines';
import { DomainError } from '../../domain/errors';
import type { Actor, ItemCommand } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import type { ItemStatus, Rating, RelayMethod } from '../../domain/opinion/status';
import { loadVisibleItem } from '../queries/load-item';
import type { CommandContext } from '../shared/dispatcher';
import { changeItem } from '../shared/item-change';

type Changed = { itemId: string; status: ItemStatus };

function responsePayload(item: Item, now: Date): Record<string, unknown> {
  if (item.status !== 'submitted') return {};
  return { responseMs: Math.max(0, now.getTime() - new Date(item.statusSince).getTime()), timed: 1 };
}

async function run(
  ctx: CommandContext,
  ref: { itemId: string; expectedVersion?: number | undefined },
  build: (item: Item) => ItemCommand,
  extra: { eventPayload?: Record<string, unknown>; timed?: boolean } = {},
): Promise<Changed> {
  const actor = ctx.actor as Actor;
  const seen = await loadVisibleItem(ctx.ports, actor, ref.itemId);
  const result = await changeItem(ctx, {
    itemId: ref.itemId,
    expectedVersion: ref.expectedVersion,
    actor,
    command: (item) => ({ command: build(item) }),
    eventPayload: { ...(extra.timed ? responsePayload(seen, ctx.now) : {}), ...extra.eventPayload },
  });
  return { itemId: result.item._id, status: result.item.status };
}

export function answerOnSpot(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; text: string },
): Promise<Changed> {
  return run(ctx, input, () => ({ event: 'answerOnSpot', payload: { text: input.text } }), { timed: true });
}

export async function referToVillage(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; unitId: string; note: string },
): Promise<Changed> {
  const actor = ctx.actor as Actor;
  const unit = await ctx.ports.directory.findUnit(actor.townshipId, input.unitId);
  if (!unit || !unit.active || unit.unitType !== 'village')
    throw new DomainError('DIRECTORY.NOT_FOUND', '未找到该村(居)委会');
  const settings = await ctx.ports.settings.load(actor.townshipId);
  const dueAt = computeDueAt('villageReferral', ctx.now, settings.rules, settings.calendar);
  return run(ctx, input, () => ({ event: 'referToVillage', payload: { unitId: unit._id, note: input.note, dueAt } }), {
    timed: true,
    eventPayload: { unitName: unit.name },
  });
}

export function recordVillageResult(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; result: string },
): Promise<Changed> {
  return run(ctx, input, () => ({ event: 'recordVillageResult', payload: { result: input.result } }));
}

export async function forwardToPresidium(
  ctx: CommandContext,
  input: {
    itemId: string;
    expectedVersion?: number | undefined;
    summary: string;
    deputyView: string;
    suggestedUnitId?: string | undefined;
    urgent: boolean;
  },
): Promise<Changed> {
  const actor = ctx.actor as Actor;
  let unitName: string | undefined;
  if (input.suggestedUnitId) {
    const unit = await ctx.ports.directory.findUnit(actor.townshipId, input.suggestedUnitId);
    if (!unit || !unit.active) throw new DomainError('DIRECTORY.NOT_FOUND', '未找到建议的承办单位');
    unitName = unit.name;
  }
  const payload = {
    summary: input.summary,
    deputyView: input.deputyView,
    urgent: input.urgent,
    ...(input.suggestedUnitId ? { suggestedUnitId: input.suggestedUnitId } : {}),
  };
  return run(ctx, input, () => ({ event: 'forwardToPresidium', payload }), {
    timed: true,
    ...(unitName ? { eventPayload: { suggestedUnitName: unitName } } : {}),
  });
}

export function relay(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; method: RelayMethod; note?: string | undefined },
): Promise<Changed> {
  return run(ctx, input, () => ({
    event: 'relay',
    payload: { method: input.method, ...(input.note ? { note: input.note } : {}) },
  }));
}

export function rateOnBehalf(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; rating: Rating; comment?: string | undefined },
): Promise<Changed> {
  return run(ctx, input, () => ({ event: 'rate', payload: { rating: input.rating, comment: input.comment ?? '' } }));
}

export function withdrawEntered(
  ctx: CommandContext,
  input: { itemId: string; expectedVersion?: number | undefined; reason?: string | undefined },
): Promise<Changed> {
  return run(ctx, input, () => ({ event: 'withdraw', payload: input.reason ? { reason: input.reason } : {} }));
}
