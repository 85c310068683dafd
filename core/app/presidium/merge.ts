/**
 * `merge` (并案): a duplicate joins a primary item; its residents follow the primary's answer.
 *
 * Guarantees, all in one transaction:
 * - the primary is read in the same snapshot and must be open and in the same township (the domain's
 *   `mergeTargetOpen` guard: OPINION.MERGE_TARGET_INVALID otherwise);
 * - the primary's `mergedItemIds` gains the duplicate and every item merged into the duplicate before, so the
 *   primary's reply reaches all of their residents ("N 位群众反映" = 1 + mergedItemIds); the primary's version is
 *   not bumped (its own timeline has no event, so its seq stays gap-free), but writing it makes a concurrent
 *   change of the primary conflict and re-run;
 * - every resident concerned is told: the duplicate's submitter by the change's own outbox row, and the submitter
 *   of each item merged into the duplicate earlier by one row each (their items now follow the new primary).
 *
 * Database requests: the item change (2 settings reads; transaction: start, request log, item, primary, item
 * write, event, outbox rows, primary write, log row, commit).
 */
import { presidiumCommands } from '../../contracts/presidium';
import type { Item } from '../../domain/opinion/item';
import type { OutboxRow } from '../../domain/notices/outbox';
import type { TxWrite } from '../../ports/transactor';
import { setWrite } from '../shared/item-change';
import { itemCommand } from './item-command';
import { PRESIDIUM_CALLERS } from './roles';

function informRow(duplicate: Item, version: number, mergedItemId: string, now: Date): OutboxRow {
  return {
    // One row per (merge event, earlier merged item): a replay of this merge cannot owe it twice.
    _id: `${duplicate._id}-v${version}-itemMerged-submitter-${mergedItemId}`,
    townshipId: duplicate.townshipId,
    itemId: mergedItemId,
    kind: 'itemMerged',
    audience: 'submitter',
    recipientId: null,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: now,
    createdAt: now,
    fields: { title: duplicate.title, status: 'merged', registrationNumber: duplicate.registrationNumber ?? '' },
  };
}

export const merge = itemCommand({
  input: presidiumCommands.merge.input,
  roles: PRESIDIUM_CALLERS,
  build: async ({ input, item, tx, now }) => {
    const primary = await tx.get<Item>('items', input.primaryItemId);
    const writes: TxWrite[] = [];
    if (primary && primary._id !== item._id) {
      const joined = [...new Set([...(primary.mergedItemIds ?? []), item._id, ...(item.mergedItemIds ?? [])])];
      writes.push({
        kind: 'update',
        collection: 'items',
        id: primary._id,
        patch: { mergedItemIds: joined, updatedAt: now },
      });
      for (const earlier of item.mergedItemIds ?? []) {
        const row = informRow(item, item.version + 1, earlier, now);
        writes.push(setWrite('outbox', row));
      }
    }
    return {
      command: { event: 'merge', payload: { primaryItemId: input.primaryItemId } },
      // `decide` refuses (and nothing above is written) unless the primary is a valid target.
      context: {
        primary: primary ? { _id: primary._id, status: primary.status, townshipId: primary.townshipId } : null,
      },
      writes,
      eventPayload: primary
        ? { primaryTitle: primary.title, primaryRegistrationNumber: primary.registrationNumber ?? '' }
        : {},
    };
  },
  result: (change) => ({ primaryItemId: change.item.mergedInto ?? '' }),
});
