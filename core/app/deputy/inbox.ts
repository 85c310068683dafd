/**
 * deputy.inbox and deputy.counts: the deputy's work lists. `new` = waiting for triage; `inProgress` = triaged
 * and still with the village, presidium or a unit; `dueSoon` / `overdue` = untriaged items whose triage limit ends
 * within two days / has passed; `awaitingRelay` = released answers the deputy must pass on; `all`.
 * One page per call, newest first; counts never read documents.
 *
 * Database requests: inbox 1 (page) + up to 3 (names); counts 5 (one count per tab).
 */
import type { DeputyInboxCounts, ItemRow } from '../../contracts/views';
import type { Actor } from '../../domain/opinion/commands';
import type { DeputyInboxFilter } from '../../ports/item-queries';
import { decodeCursor, encodeCursor } from '../queries/cursor';
import { toItemRow } from '../queries/item-views';
import { namesFor } from '../queries/names';
import type { CommandContext } from '../shared/dispatcher';
import { deputyIdFor } from './deputy-actor';

export type InboxTab = 'new' | 'inProgress' | 'dueSoon' | 'overdue' | 'awaitingRelay' | 'all';

/** How far ahead "due soon" looks. */
export const DUE_SOON_MS = 2 * 86_400_000;

export function inboxFilter(tab: InboxTab, now: Date): DeputyInboxFilter {
  switch (tab) {
    case 'dueSoon':
      return { tab, now, until: new Date(now.getTime() + DUE_SOON_MS) };
    case 'overdue':
      return { tab, now };
    default:
      return { tab };
  }
}

export async function inbox(
  ctx: CommandContext,
  input: { tab: InboxTab; cursor?: string | undefined; limit: number },
): Promise<{ rows: ItemRow[]; nextCursor?: string }> {
  const actor = ctx.actor as Actor;
  const page = await ctx.ports.items.findDeputyInbox(
    actor.townshipId,
    deputyIdFor(actor),
    inboxFilter(input.tab, ctx.now),
    {
      limit: input.limit,
      after: decodeCursor(input.cursor),
    },
  );
  const names = await namesFor(ctx.ports, actor.townshipId, page.items);
  const rows = page.items.map((item) => toItemRow(item, actor, names));
  const nextCursor = encodeCursor(page.next);
  return nextCursor ? { rows, nextCursor } : { rows };
}

export async function counts(ctx: CommandContext): Promise<DeputyInboxCounts> {
  const actor = ctx.actor as Actor;
  const deputyId = deputyIdFor(actor);
  const tabs = ['new', 'inProgress', 'dueSoon', 'overdue', 'awaitingRelay'] as const;
  const totals = await Promise.all(
    tabs.map((tab) => ctx.ports.items.countDeputyInbox(actor.townshipId, deputyId, inboxFilter(tab, ctx.now))),
  );
  return {
    new: totals[0]!,
    inProgress: totals[1]!,
    dueSoon: totals[2]!,
    overdue: totals[3]!,
    awaitingRelay: totals[4]!,
  };
}
