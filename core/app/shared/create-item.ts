/**
 * The one way a new item comes into being, the counterpart of `changeItem`: `decide(null, submit)` rules, then one
 * transaction writes the item (version 1), its first timeline event (seq 1) and the outbox rows `submit` owes —
 * all or nothing, idempotent by the request key.
 *
 * Guarantees: the item's status comes from the state machine (`afterSubmit`: submitted / forwarded / registered),
 * never from the caller; a submitted item gets its triage deadline and pull instant from the deadline policy and
 * its `nextCheckAt`; `guard` runs inside the transaction (e.g. the daily limit's counter) and its writes commit with
 * the item. Photos sent to the media check (draft.photoChecks, pending) get one `mediaChecks` row each (`_id` = trace
 * id) in the same transaction, so the `wxa_media_check` push finds its item by id. Database requests: settings (2,
 * unless passed in) + the Transactor's (start, request log, guard reads, 2 + outbox + pending photo writes, log
 * row, commit).
 */
import { computeDueAt } from '../../domain/deadlines';
import { decide } from '../../domain/opinion/decide';
import type { Actor, CommandOf, DecideContext } from '../../domain/opinion/commands';
import { emptyItemFields, type Item } from '../../domain/opinion/item';
import { eventFromDecision, type ItemEvent } from '../../domain/opinion/timeline';
import type { TownshipSettings } from '../../ports/settings';
import type { TxReader, TxWrite } from '../../ports/transactor';
import type { CommandContext } from './dispatcher';
import { actorRef, changeWrites, nextItemState, outboxRowsFor } from './item-change';

/** Everything of a new item that is not a default and not decided by the state machine. */
export type ItemDraft = Omit<
  Item,
  keyof ReturnType<typeof emptyItemFields> | '_id' | 'status' | 'version' | 'statusSince' | 'submittedAt' | 'updatedAt'
> &
  Partial<ReturnType<typeof emptyItemFields>>;

export interface ItemCreateRequest {
  actor: Actor;
  draft: ItemDraft;
  command: CommandOf<'submit'>;
  /** What the timeline records besides the submit payload (display names, never secrets). */
  eventPayload?: Record<string, unknown>;
  recipients?: Partial<Record<'leadUnit' | 'deputy' | 'submitter' | 'staff', string>>;
  /** Runs inside the transaction before anything is written; throw a DomainError to refuse. */
  guard?: (tx: TxReader, settings: TownshipSettings) => Promise<TxWrite[]> | TxWrite[];
  /** Settings the caller already loaded (saves the 2 requests). */
  settings?: TownshipSettings;
}

export interface ItemCreateResult {
  item: Item;
  event: ItemEvent;
  replayed: boolean;
}

export async function createItem(ctx: CommandContext, request: ItemCreateRequest): Promise<ItemCreateResult> {
  const townshipId = request.actor.townshipId;
  const settings = request.settings ?? (await ctx.ports.settings.load(townshipId));
  const now = ctx.now;
  const itemId = ctx.ports.ids.newId();
  // The outbox rows of the committed run (the work may re-run on conflicts; the last run is the one committed).
  let outboxIds: string[] = [];
  const run = await ctx.ports.transactor.run(ctx.requestKey, async (tx) => {
    const guardWrites = request.guard ? await request.guard(tx, settings) : [];
    const context: DecideContext = {
      now,
      maxReHandleRounds: settings.rules.maxReHandlingRounds,
      relayMode: settings.relayMode,
    };
    const decision = decide(null, request.command, request.actor, context);
    // The version-0 shell goes through the same `nextItemState` as every change, so deadlines are computed once.
    const shell: Item = {
      ...emptyItemFields(),
      ...request.draft,
      _id: itemId,
      townshipId,
      status: decision.to,
      version: 0,
      statusSince: now,
      submittedAt: now,
      updatedAt: now,
    };
    const next = nextItemState(shell, decision, settings, now);
    if (next.status === 'submitted') {
      next.triageDueAt = computeDueAt('triage', now, settings.rules, settings.calendar);
      next.pullableAt = computeDueAt('pull', now, settings.rules, settings.calendar);
    }
    if (next.status === 'forwarded' && !next.forwardedAt) next.forwardedAt = now;
    const event = eventFromDecision({
      _id: `${itemId}-${next.version}`,
      item: next,
      seq: next.version,
      decision,
      actor: actorRef(request.actor),
      at: now,
      payload: { ...request.command.payload, ...request.eventPayload },
    });
    const outbox = outboxRowsFor(next, decision, now, request.recipients);
    const writes: TxWrite[] = [...guardWrites, ...changeWrites(next, event, outbox)];
    for (const check of next.photoChecks ?? []) {
      if (check.check !== 'pending' || !check.traceId) continue;
      writes.push({
        kind: 'set',
        collection: 'mediaChecks',
        id: check.traceId,
        doc: { townshipId, itemId, fileId: check.fileId, state: 'pending', requestedAt: now },
      });
    }
    outboxIds = outbox.map((row) => row._id);
    return { writes, result: { item: next, event } };
  });
  // After commit, try to deliver at once (bounded, never throws), as changeItem does; the notices timer retries.
  if (!run.replayed && ctx.ports.notices) await ctx.ports.notices.dispatchAfterCommit(outboxIds, now);
  return { ...run.result, replayed: run.replayed };
}
