/**
 * The result of a photo's media check (security.mediaCheckAsync v2), pushed by the platform as the
 * `wxa_media_check` message-push event to the function configured for it (cloudfunctions/mediaCheck).
 *
 * Guarantees: the photo is found by the trace id alone (`mediaChecks/<trace_id>`, written with the item at submit;
 * trace ids are never shown to any client, so a forged push cannot name one); `pass` shows the photo to everyone,
 * `risky` / `review` keep it hidden outside the submitter and staff and flag the item (`contentFlagged`) for the
 * presidium queue; one transaction updates the item's photo and the check row; a repeated or unknown push changes
 * nothing. The item's `version` is not bumped: a check result is not a step of the workflow and must not turn a
 * staff member's pending action into a version conflict (the transaction still serialises concurrent writes).
 *
 * Database requests: transaction (start, check row, item, item write, check row write, commit).
 */
import { applyMediaResult, type MediaSuggest } from '../../domain/opinion/content-review';
import type { Item } from '../../domain/opinion/item';
import type { Clock } from '../../ports/clock';
import type { Transactor, TxOutcome } from '../../ports/transactor';

export interface MediaCheckResult {
  traceId: string;
  suggest: MediaSuggest;
  label?: number;
}

interface MediaCheckRow {
  _id: string;
  townshipId: string;
  itemId: string;
  fileId: string;
  state: 'pending' | MediaSuggest;
}

const SUGGESTS: readonly string[] = ['pass', 'risky', 'review'];

/** The push event as WeChat sends it (JSON mode), or null when it is not a media-check result. */
export function parseMediaCheckEvent(event: unknown): MediaCheckResult | null {
  if (typeof event !== 'object' || event === null) return null;
  const e = event as Record<string, unknown>;
  if (e.Event !== 'wxa_media_check' || typeof e.trace_id !== 'string' || e.trace_id === '') return null;
  const result = e.result as { suggest?: unknown; label?: unknown } | undefined;
  const suggest = typeof result?.suggest === 'string' && SUGGESTS.includes(result.suggest) ? result.suggest : null;
  // An event without a usable verdict (errcode ≠ 0) is kept for staff rather than shown: treat it as review.
  const out: MediaCheckResult = { traceId: e.trace_id, suggest: (suggest ?? 'review') as MediaSuggest };
  if (typeof result?.label === 'number') out.label = result.label;
  return out;
}

export async function applyMediaCheckResult(
  ports: { transactor: Transactor; clock: Clock },
  result: MediaCheckResult,
): Promise<{ applied: boolean; itemId?: string }> {
  const now = ports.clock.now();
  type Outcome = { applied: boolean; itemId?: string };
  const run = await ports.transactor.run<Outcome>(null, async (tx): Promise<TxOutcome<Outcome>> => {
    const row = await tx.get<MediaCheckRow>('mediaChecks', result.traceId);
    if (!row || row.state !== 'pending') return { writes: [], result: { applied: false } };
    const item = await tx.get<Item>('items', row.itemId);
    const next = item ? applyMediaResult(item, result.traceId, result.suggest, now, result.label) : null;
    const rowPatch = { state: result.suggest, resolvedAt: now, ...(result.label ? { label: result.label } : {}) };
    if (!next) {
      return {
        writes: [{ kind: 'update', collection: 'mediaChecks', id: result.traceId, patch: rowPatch }],
        result: { applied: false, itemId: row.itemId },
      };
    }
    return {
      writes: [
        { kind: 'update', collection: 'items', id: row.itemId, patch: { ...next } },
        { kind: 'update', collection: 'mediaChecks', id: result.traceId, patch: rowPatch },
      ],
      result: { applied: true, itemId: row.itemId },
    };
  });
  return run.result;
}
