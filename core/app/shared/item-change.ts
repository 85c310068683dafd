/**
 * The one way an existing item changes: load it in a transaction, check its version, let `decide` rule, then
 * write the item (version + 1), its timeline event and the outbox rows the change owes — all or nothing.
 *
 * Guarantees:
 * - `expectedVersion` (what the person saw) must match, else OPINION.VERSION_CONFLICT; two staff acting at once
 *   cannot both win, because the transaction re-runs on the fresh item and `decide` refuses the loser;
 * - the event id is `<itemId>-<seq>` with seq = the new version, so the timeline is gap-free and a replay cannot
 *   append twice; outbox ids are dedupe keys (domain/notices/outbox.ts);
 * - `nextCheckAt` and `statusSince` are recomputed on every change, so the deadlines sweep sees the new clock;
 * - with the request key, a retry returns the first result and writes nothing.
 *
 * Database requests: the Transactor's (start, request log, item, + `extraReads`, item write, event, outbox rows,
 * log row, commit) plus the settings read before it (2).
 */
import type { CollectionName } from '../../domain/directory';
import { DomainError } from '../../domain/errors';
import { computeDueAt, nextCheckAt } from '../../domain/deadlines';
import { decide, type Decision } from '../../domain/opinion/decide';
import type { Actor, DecideContext, ItemCommand } from '../../domain/opinion/commands';
import type { Item } from '../../domain/opinion/item';
import { eventFromDecision, type ItemEvent } from '../../domain/opinion/timeline';
import { noticesFor, type NoticeAudience } from '../../domain/notices/notice-rules';
import { outboxId, type OutboxRow } from '../../domain/notices/outbox';
import type { TownshipSettings } from '../../ports/settings';
import type { TxReader, TxWrite } from '../../ports/transactor';
import type { CommandContext } from './dispatcher';

export interface ItemChangeResult {
  item: Item;
  event: ItemEvent;
  replayed: boolean;
}

/**
 * What the command builder returns. `eventPayload` adds timeline fields known only once the item is loaded (e.g.
 * the released reply's outcome and text, which the resident timeline shows).
 */
export interface BuiltCommand {
  command: ItemCommand;
  writes?: TxWrite[];
  context?: Partial<DecideContext>;
  eventPayload?: Record<string, unknown>;
}

export interface ItemChangeRequest {
  itemId: string;
  expectedVersion?: number | undefined;
  actor: Actor;
  /**
   * Builds the domain command once the item is loaded inside the transaction (e.g. a deadline computed from the
   * item's kind, or a registration number allocated from a counter read through `tx`). Extra writes it returns
   * commit with the change.
   */
  command: (item: Item, tx: TxReader, settings: TownshipSettings) => Promise<BuiltCommand> | BuiltCommand;
  /** What the timeline records besides the command payload (display names, never secrets). */
  eventPayload?: Record<string, unknown>;
  /** A specific recipient per audience, when the change knows one (e.g. the unit just assigned). */
  recipients?: Partial<Record<NoticeAudience, string>>;
}

function toPayloadRecord(command: ItemCommand): Record<string, unknown> {
  return { ...(command.payload as Record<string, unknown>) };
}

/** Builds the stored next state of the item from a decision, with the deadline fields recomputed. */
export function nextItemState(item: Item, decision: Decision, settings: TownshipSettings, now: Date): Item {
  const statusChanged = decision.to !== item.status;
  const next: Item = {
    ...item,
    ...decision.changes,
    version: item.version + 1,
    statusSince: statusChanged ? now : (item.statusSince ?? item.updatedAt),
    handledThresholds: statusChanged ? [] : (item.handledThresholds ?? []),
  };
  // Back in the deputy's inbox (returned for more information): the triage clock restarts, and the deputy's
  // due-soon and overdue tabs read these stored instants.
  if (statusChanged && next.status === 'submitted') {
    next.triageDueAt = computeDueAt('triage', now, settings.rules, settings.calendar);
    next.pullableAt = computeDueAt('pull', now, settings.rules, settings.calendar);
  }
  next.nextCheckAt = nextCheckAt(
    {
      status: next.status,
      submittedAt: next.submittedAt,
      statusSince: next.statusSince,
      forwardedAt: next.forwardedAt,
      assignment: next.assignment,
      dueAt: next.assignment?.dueAt ?? null,
      repliedAt: next.releasedAt,
      handledThresholds: next.handledThresholds,
    },
    settings.rules,
    settings.calendar,
  );
  return next;
}

export function outboxRowsFor(
  item: Item,
  decision: Pick<Decision, 'event' | 'to'>,
  now: Date,
  recipients: ItemChangeRequest['recipients'] = {},
): OutboxRow[] {
  return noticesFor(decision.event, decision.to).map((owed) => ({
    _id: outboxId(item._id, item.version, owed.kind, owed.audience),
    townshipId: item.townshipId,
    itemId: item._id,
    kind: owed.kind,
    audience: owed.audience,
    recipientId: recipients[owed.audience] ?? null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    fields: { title: item.title, status: item.status, registrationNumber: item.registrationNumber ?? '' },
  }));
}

/** A document written whole (`set`): the item, its timeline event, an outbox row. */
export function setWrite(collection: CollectionName, doc: { _id: string }): TxWrite {
  return { kind: 'set', collection, id: doc._id, doc: doc as unknown as Record<string, unknown> };
}

/** The writes every state change makes in its transaction: the item, its timeline event, its outbox rows. */
export function changeWrites(item: Item, event: ItemEvent, outbox: readonly OutboxRow[]): TxWrite[] {
  return [setWrite('items', item), setWrite('itemEvents', event), ...outbox.map((row) => setWrite('outbox', row))];
}

export function actorRef(actor: Actor): { role: Actor['role']; id: string; name: string } {
  return { role: actor.role, id: actor.id, name: actor.name ?? '' };
}

export async function changeItem(ctx: CommandContext, request: ItemChangeRequest): Promise<ItemChangeResult> {
  const townshipId = request.actor.townshipId;
  const settings = await ctx.ports.settings.load(townshipId);
  const now = ctx.now;
  // The outbox rows of the committed run (the work may re-run on conflicts; the last run is the one committed).
  let outboxIds: string[] = [];
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    const item = await tx.get<Item>('items', request.itemId);
    if (!item || item.townshipId !== townshipId) throw new DomainError('OPINION.NOT_FOUND');
    if (request.expectedVersion !== undefined && request.expectedVersion !== item.version) {
      throw new DomainError('OPINION.VERSION_CONFLICT');
    }
    const built = await request.command(item, tx, settings);
    const context: DecideContext = {
      now,
      maxReHandleRounds: settings.rules.maxReHandlingRounds,
      relayMode: settings.relayMode,
      ...built.context,
    };
    const decision = decide(item, built.command, request.actor, context);
    const next = nextItemState(item, decision, settings, now);
    const event = eventFromDecision({
      _id: `${item._id}-${next.version}`,
      item,
      seq: next.version,
      decision,
      actor: actorRef(request.actor),
      at: now,
      payload: { ...toPayloadRecord(built.command), ...request.eventPayload, ...built.eventPayload },
    });
    const outbox = outboxRowsFor(next, decision, now, request.recipients);
    const writes: TxWrite[] = [...changeWrites(next, event, outbox), ...(built.writes ?? [])];
    outboxIds = outbox.map((row) => row._id);
    return { writes, result: { item: next, event } };
  });
  // After commit, try to deliver at once (bounded, never throws); what fails stays pending for the notices timer.
  if (!run.replayed && ctx.ports.notices) await ctx.ports.notices.dispatchAfterCommit(outboxIds, now);
  return { ...run.result, replayed: run.replayed };
}
