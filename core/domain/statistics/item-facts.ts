/**
 * What the event log says about one item at cut-off T: the derived facts every metric is built from.
 *
 * Guarantees: only events with `at` ≤ T are read, so a report for a past T regenerates identically however many
 * events were added later. Events are ordered by instant (stable for equal instants).
 *
 * The handling round of the first reply: the last `assign` before the first `releaseReply` (re-assignment restarts
 * the clock, domain.md §5), or the last `assign` by T when there is no reply yet. Its due date "with extensions" is
 * the last `dueAt` set by that assign or an `approveExtension` after it (before the reply); "without extensions" is
 * the assign's own `dueAt`. The current due date (for overdue-open) also follows `reHandle` rounds.
 */
import type { Outcome, Rating, StatsEvent, StatsItem } from './types';

export interface ItemFacts {
  readonly item: StatsItem;
  /** Merged into another item by T: not a case (件) of its own. */
  readonly merged: boolean;
  readonly withdrawn: boolean;
  readonly notAccepted: boolean;
  readonly firstAssignedAt: Date | null;
  /** The assign in effect for the first reply (or the latest one when there is no reply yet). */
  readonly roundAssignedAt: Date | null;
  readonly roundUnitId: string | null;
  readonly dueAtWithExtensions: Date | null;
  readonly dueAtWithoutExtensions: Date | null;
  readonly extended: boolean;
  readonly firstReleaseAt: Date | null;
  /** Outcome of the latest released reply, `resolved` once a `planned` item completes. */
  readonly outcome: Outcome | null;
  /** Handling is open at T: assigned or re-handling, with no reply released since. */
  readonly openHandling: boolean;
  readonly currentDueAt: Date | null;
  readonly firstRating: Rating | null;
  readonly finalRating: Rating | null;
  readonly evaluationTimedOut: boolean;
  readonly reHandled: boolean;
  /** First deputy triage action (answerOnSpot / referToVillage / forwardToPresidium). */
  readonly firstTriage: { type: string; at: Date } | null;
  readonly pulled: boolean;
  readonly relayAt: Date | null;
  /** Event list up to T, ordered. */
  readonly events: readonly StatsEvent[];
}

const TRIAGE = new Set(['answerOnSpot', 'referToVillage', 'forwardToPresidium']);

export function itemFacts(item: StatsItem, allEvents: readonly StatsEvent[], cutoff: Date): ItemFacts {
  const events = allEvents
    .filter((e) => e.itemId === item.id && e.at.getTime() <= cutoff.getTime())
    .map((e, index) => ({ e, index }))
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.index - b.index)
    .map(({ e }) => e);
  const of = (type: string) => events.filter((e) => e.type === type);
  const first = (type: string) => events.find((e) => e.type === type) ?? null;

  const firstRelease = first('releaseReply');
  const beforeFirstRelease = firstRelease ? events.slice(0, events.indexOf(firstRelease)) : events;
  const roundAssign = [...beforeFirstRelease].reverse().find((e) => e.type === 'assign') ?? null;
  const extensionsInRound = roundAssign
    ? beforeFirstRelease.slice(beforeFirstRelease.indexOf(roundAssign)).filter((e) => e.type === 'approveExtension')
    : [];
  const lastExtension = extensionsInRound[extensionsInRound.length - 1];

  let outcome: Outcome | null = null;
  let openHandling = false;
  let currentDueAt: Date | null = null;
  for (const e of events) {
    if (e.type === 'assign' || e.type === 'reHandle') {
      openHandling = true;
      currentDueAt = e.dueAt ?? currentDueAt;
    } else if (e.type === 'approveExtension') {
      currentDueAt = e.dueAt ?? currentDueAt;
    } else if (e.type === 'releaseReply') {
      openHandling = false;
      outcome = e.outcome ?? outcome;
    } else if (e.type === 'complete' && outcome === 'planned') {
      outcome = 'resolved';
    } else if (e.type === 'returnMisassigned') {
      // Back at the presidium until re-assigned: not the unit's open handling.
      openHandling = false;
    }
  }

  const ratings = of('rate')
    .map((e) => e.rating)
    .filter((r): r is Rating => r != null);
  const triage = events.find((e) => TRIAGE.has(e.type));

  return {
    item,
    events,
    merged: first('merge') !== null,
    withdrawn: first('withdraw') !== null,
    notAccepted: first('notAccept') !== null,
    firstAssignedAt: first('assign')?.at ?? null,
    roundAssignedAt: roundAssign?.at ?? null,
    roundUnitId: roundAssign?.unitId ?? null,
    dueAtWithExtensions: lastExtension?.dueAt ?? roundAssign?.dueAt ?? null,
    dueAtWithoutExtensions: roundAssign?.dueAt ?? null,
    extended: extensionsInRound.length > 0,
    firstReleaseAt: firstRelease?.at ?? null,
    outcome,
    openHandling,
    currentDueAt,
    firstRating: ratings[0] ?? null,
    finalRating: ratings[ratings.length - 1] ?? null,
    evaluationTimedOut: first('evaluationTimeout') !== null,
    reHandled: first('reHandle') !== null,
    firstTriage: triage ? { type: triage.type, at: triage.at } : null,
    pulled: first('pull') !== null,
    relayAt: first('relay')?.at ?? null,
  };
}

/** Facts for every item, grouping events once (linear in items + events). */
export function allItemFacts(items: readonly StatsItem[], events: readonly StatsEvent[], cutoff: Date): ItemFacts[] {
  const byItem = new Map<string, StatsEvent[]>();
  for (const e of events) {
    const list = byItem.get(e.itemId);
    if (list) list.push(e);
    else byItem.set(e.itemId, [e]);
  }
  return items.map((item) => itemFacts(item, byItem.get(item.id) ?? [], cutoff));
}
