/**
 * The timeline of an item (`itemEvents`): the audit trail and the only input to statistics.
 *
 * Guarantees: one `ItemEvent` per transition, numbered by `seq` per item, append-only. `residentTimeline` is the
 * only resident-facing view of it: only events marked `visibleToResident`, actors shown as a role label (a
 * deputy by name, since deputies are public; never a unit clerk's or staff member's name), and only a
 * whitelisted, human text per event (no staff notes, no internal reasons, no phones).
 */
import { ROLE_LABELS, isPresidiumRole, isUnitRole, type Role } from '../roles';
import { hidesIdentityFrom, maskName } from '../privacy';
import type { Actor, ItemEventName } from './commands';
import { EVENT_LABELS } from './commands';
import type { Item } from './item';
import {
  OUTCOME_LABELS,
  RATING_LABELS,
  REJECT_REASON_LABELS,
  STATUS_LABELS,
  type ItemStatus,
  type Outcome,
  type Rating,
  type RejectReasonCode,
} from './status';

export interface ItemEvent {
  _id: string;
  townshipId: string;
  itemId: string;
  /** 1, 2, 3 ... per item; with the item version check it makes the log gap-free. */
  seq: number;
  event: ItemEventName;
  actor: { role: Role; id: string; name: string };
  at: Date;
  from: ItemStatus | null;
  to: ItemStatus;
  /** The command payload as recorded, plus display names the use case resolved (e.g. `unitName`). */
  payload: Record<string, unknown>;
  visibleToResident: boolean;
}

export interface ResidentTimelineEntry {
  seq: number;
  event: ItemEventName;
  label: string;
  at: Date;
  status: ItemStatus;
  statusLabel: string;
  actorLabel: string;
  text?: string;
}

function str(payload: Record<string, unknown>, key: string): string | undefined {
  const v = payload[key];
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function dateText(payload: Record<string, unknown>, key: string): string | undefined {
  const v = payload[key];
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : undefined;
  if (!d || Number.isNaN(d.getTime())) return undefined;
  // Asia/Shanghai calendar date without a time-zone library: shift by +8h and read the UTC date.
  const local = new Date(d.getTime() + 8 * 3600_000);
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
}

function oneOf<T extends string>(labels: Readonly<Record<T, string>>, v: unknown): string | undefined {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(labels, v) ? labels[v as T] : undefined;
}

/** Only these payload fields ever reach a resident, each turned into a sentence. */
function residentText(e: ItemEvent): string | undefined {
  const p = e.payload;
  switch (e.event) {
    case 'answerOnSpot':
      return str(p, 'text');
    case 'recordVillageResult':
      return str(p, 'result');
    case 'referToVillage':
      return str(p, 'unitName') ? `已交${str(p, 'unitName')}办理` : undefined;
    case 'notAccept': {
      const reason = oneOf<RejectReasonCode>(REJECT_REASON_LABELS, p['code']);
      const body = str(p, 'competentBody');
      const parts = [reason, body ? `建议向${body}反映` : undefined, str(p, 'text')].filter(Boolean);
      return parts.length ? parts.join('；') : undefined;
    }
    case 'merge':
      return '已与同类问题合并办理，办理结果将同步告知您';
    case 'assign':
    case 'reassign': {
      const unit = str(p, 'unitName');
      const due = dateText(p, 'dueAt');
      return (
        [unit ? `承办单位：${unit}` : undefined, due ? `办理期限：${due}` : undefined].filter(Boolean).join('，') ||
        undefined
      );
    }
    case 'approveExtension': {
      const due = dateText(p, 'dueAt');
      return due ? `办理期限延至${due}` : undefined;
    }
    case 'releaseReply': {
      const outcome = oneOf<Outcome>(OUTCOME_LABELS, p['outcome']);
      const text = str(p, 'text');
      return [outcome ? `【${outcome}】` : undefined, text].filter(Boolean).join('') || undefined;
    }
    case 'rate': {
      const rating = oneOf<Rating>(RATING_LABELS, p['rating']);
      return [rating, str(p, 'comment')].filter(Boolean).join('：') || undefined;
    }
    case 'reHandle':
      return '已安排重新办理';
    case 'closeWithExplanation':
    case 'close':
    case 'withdraw':
      return str(p, 'reason');
    case 'markMonitoring':
      return str(p, 'plan');
    case 'progressUpdate':
    case 'complete':
      return str(p, 'note');
    default:
      return undefined;
  }
}

function residentActorLabel(e: ItemEvent): string {
  if (e.actor.role === 'resident') return '您';
  if (e.actor.role === 'deputy') return `${e.actor.name}代表`;
  if (isPresidiumRole(e.actor.role)) return '镇人大主席团';
  if (isUnitRole(e.actor.role)) return str(e.payload, 'unitName') ?? '承办单位';
  if (e.actor.role === 'system') return '系统';
  return ROLE_LABELS[e.actor.role];
}

/** The resident's view of the timeline, in `seq` order. */
export function residentTimeline(events: readonly ItemEvent[]): ResidentTimelineEntry[] {
  return [...events]
    .filter((e) => e.visibleToResident)
    .sort((a, b) => a.seq - b.seq)
    .map((e) => {
      const entry: ResidentTimelineEntry = {
        seq: e.seq,
        event: e.event,
        label: EVENT_LABELS[e.event],
        at: e.at,
        status: e.to,
        statusLabel: STATUS_LABELS[e.to],
        actorLabel: residentActorLabel(e),
      };
      const text = residentText(e);
      if (text !== undefined) entry.text = text;
      return entry;
    });
}

export interface StaffTimelineEntry extends Omit<ItemEvent, '_id' | 'townshipId' | 'itemId'> {
  label: string;
}

/**
 * The handling chain's view: every event, except that unit staff of a hidden-identity item never see the
 * resident's name (the actor of `submit`, `withdraw`, `rate`).
 */
export function staffTimeline(
  item: Pick<Item, 'hideIdentityFromUnit'>,
  events: readonly ItemEvent[],
  viewer: Actor,
): StaffTimelineEntry[] {
  const hide = hidesIdentityFrom(item, viewer);
  return [...events]
    .sort((a, b) => a.seq - b.seq)
    .map(({ _id: _i, townshipId: _t, itemId: _it, ...e }) => ({
      ...e,
      actor: e.actor.role === 'resident' && hide ? { role: e.actor.role, id: '', name: '群众' } : e.actor,
      label: EVENT_LABELS[e.event],
    }));
}

/** For viewers outside the chain (presidium members, viewers): names masked. */
export function maskedActorName(e: Pick<ItemEvent, 'actor'>): string {
  return e.actor.role === 'resident' ? maskName(e.actor.name) : e.actor.name;
}

/** The timeline event a decision implies; the use case supplies `_id`, `seq` and display names. */
export function eventFromDecision(args: {
  _id: string;
  item: Pick<Item, '_id' | 'townshipId'>;
  seq: number;
  decision: { event: ItemEventName; from: ItemStatus | null; to: ItemStatus; visibleToResident: boolean };
  actor: { role: Role; id: string; name: string };
  at: Date;
  payload: Record<string, unknown>;
}): ItemEvent {
  return {
    _id: args._id,
    townshipId: args.item.townshipId,
    itemId: args.item._id,
    seq: args.seq,
    event: args.decision.event,
    actor: args.actor,
    at: args.at,
    from: args.decision.from,
    to: args.decision.to,
    payload: args.payload,
    visibleToResident: args.decision.visibleToResident,
  };
}
