/**
 * One threshold of one item, in one transaction: claim (the threshold is still unhandled on the fresh item),
 * act (the system's timeline event, the overdue flag, the outbox rows of the notices it owes) and record (the
 * threshold id added to `handledThresholds`, `nextCheckAt` moved on) commit together or not at all.
 *
 * Guarantees:
 * - the request key is `deadlines.<itemId>.<thresholdId>`: a retried run of the same threshold replays the stored
 *   result and writes nothing; a second sweep at the same instant finds the id handled and writes nothing;
 * - thresholds superseded on the fresh item (a reminder whose due also passed) are recorded with it, unacted;
 * - the item's version goes up by one with the event (seq = version), like any change (item-change.ts).
 * Database requests: the transaction's (start, request log, item, item write, event, 1–3 outbox rows, log, commit).
 */
import { dueThresholds, nextCheckAt, type Threshold } from '../../domain/deadlines';
import type { NoticeAudience } from '../../domain/notices/notice-rules';
import { outboxId, type OutboxRow } from '../../domain/notices/outbox';
import type { Actor, DecideContext, ItemCommand } from '../../domain/opinion/commands';
import { decide } from '../../domain/opinion/decide';
import type { Item } from '../../domain/opinion/item';
import { eventFromDecision } from '../../domain/opinion/timeline';
import type { TownshipSettings } from '../../ports/settings';
import type { Transactor } from '../../ports/transactor';
import { actorRef, changeWrites, nextItemState, outboxRowsFor } from '../shared/item-change';
import { deadlineSubject } from './deadline-subject';
import { THRESHOLD_ACTIONS, THRESHOLD_NOTES } from './threshold-actions';

export interface ThresholdOutcome {
  /** False when the fresh item no longer owed this threshold (handled meanwhile, or its clock moved). */
  applied: boolean;
  outboxIds: string[];
}

export function systemActor(townshipId: string): Actor {
  return { role: 'system', id: 'system', townshipId, name: '系统' };
}

function commandFor(threshold: Threshold): ItemCommand {
  const action = THRESHOLD_ACTIONS[threshold.key];
  const note = THRESHOLD_NOTES[threshold.key];
  switch (action.event) {
    case 'urge':
      return { event: 'urge', payload: { note } };
    case 'superviseNotice':
      return { event: 'superviseNotice', payload: { note } };
    case 'relayTimeout':
      return { event: 'relayTimeout', payload: {} };
    case 'evaluationTimeout':
      return { event: 'evaluationTimeout', payload: {} };
    case 'remind':
      return { event: 'remind', payload: {} };
  }
}

function alertRow(next: Item, threshold: Threshold, audience: NoticeAudience, now: Date): OutboxRow {
  return {
    _id: outboxId(next._id, next.version, 'deadlineAlert', audience),
    townshipId: next.townshipId,
    itemId: next._id,
    kind: 'deadlineAlert',
    audience,
    recipientId: null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    fields: thresholdFields(next, threshold),
  };
}

function thresholdFields(item: Item, threshold: Threshold): Record<string, string> {
  return {
    title: item.title,
    status: item.status,
    registrationNumber: item.registrationNumber ?? '',
    threshold: threshold.key,
    note: THRESHOLD_NOTES[threshold.key],
    dueAt: (item.assignment?.dueAt ?? threshold.at).toISOString(),
  };
}

export async function applyThreshold(
  transactor: Transactor,
  args: { itemId: string; threshold: Threshold; settings: TownshipSettings; now: Date },
): Promise<ThresholdOutcome> {
  const { threshold, settings, now } = args;
  const key = `deadlines.${args.itemId}.${threshold.id}`;
  const run = await transactor.run(key, async (tx) => {
    const item = await tx.get<Item>('items', args.itemId);
    if (!item) return { writes: [], result: { applied: false, outboxIds: [] } };
    const fresh = dueThresholds(deadlineSubject(item), now, settings.rules, settings.calendar);
    if (!fresh.act.some((t) => t.id === threshold.id)) return { writes: [], result: { applied: false, outboxIds: [] } };

    const action = THRESHOLD_ACTIONS[threshold.key];
    const command = commandFor(threshold);
    const context: DecideContext = {
      now,
      maxReHandleRounds: settings.rules.maxReHandlingRounds,
      relayMode: settings.relayMode,
    };
    const decision = decide(item, command, systemActor(item.townshipId), context);
    const handled = [...(item.handledThresholds ?? []), ...fresh.skip.map((t) => t.id), threshold.id];
    const next = nextItemState({ ...item, handledThresholds: handled }, decision, settings, now);
    if (action.setsOverdue) next.overdue = true;

    const event = eventFromDecision({
      _id: `${item._id}-${next.version}`,
      item,
      seq: next.version,
      decision,
      actor: actorRef(systemActor(item.townshipId)),
      at: now,
      payload: {
        ...(command.payload as Record<string, unknown>),
        threshold: threshold.key,
        thresholdAt: threshold.at,
        note: THRESHOLD_NOTES[threshold.key],
      },
    });
    const fields = thresholdFields(next, threshold);
    const ruleRows = outboxRowsFor(next, decision, now).map((row) => ({
      ...row,
      fields: { ...row.fields, ...fields },
    }));
    const told = new Set(ruleRows.map((r) => r.audience));
    const alertRows = action.alerts.filter((a) => !told.has(a)).map((a) => alertRow(next, threshold, a, now));
    const outbox = [...ruleRows, ...alertRows];
    const writes = changeWrites(next, event, outbox);
    return { writes, result: { applied: true, outboxIds: outbox.map((r) => r._id) } };
  });
  return run.replayed ? { applied: false, outboxIds: [] } : run.result;
}

/**
 * An item the index says is due but which owes nothing now (its clock moved, settings changed): store the
 * fresh `nextCheckAt` so the sweep stops finding it. No event, no version change: nothing happened to the item.
 * Database requests: the transaction's (start, item, item write, commit).
 */
export async function refreshNextCheck(
  transactor: Transactor,
  args: { itemId: string; settings: TownshipSettings; now: Date },
): Promise<void> {
  await transactor.run(null, async (tx) => {
    const item = await tx.get<Item>('items', args.itemId);
    if (!item) return { writes: [], result: null };
    const fresh = dueThresholds(deadlineSubject(item), args.now, args.settings.rules, args.settings.calendar);
    const handled = [...(item.handledThresholds ?? []), ...fresh.skip.map((t) => t.id)];
    if (fresh.act.length > 0) return { writes: [], result: null };
    const at = nextCheckAt(
      { ...deadlineSubject(item), handledThresholds: handled },
      args.settings.rules,
      args.settings.calendar,
    );
    return {
      writes: [
        { kind: 'update', collection: 'items', id: item._id, patch: { nextCheckAt: at, handledThresholds: handled } },
      ],
      result: null,
    };
  });
}
