/**
 * Keyset pagination on (`field`, `_id`), newest first: the condition "strictly after the cursor" as a CloudBase
 * filter. Why not skip(): skip reads and discards every earlier row, and rows inserted meanwhile shift the pages;
 * a keyset never skips or repeats a row, even when many rows share one instant (frozen test clocks do).
 */
import type { WxCommand } from './sdk';

export interface Keyset {
  at: Date;
  id: string;
}

/**
 * `base` AND (field < at OR (field = at AND _id < id)), as one `$and` so the equality fields of `base` still
 * select the index. Without a cursor, `base` itself.
 */
export function afterKeyset(
  _: WxCommand,
  base: Record<string, unknown>,
  field: string,
  after: Keyset | undefined,
): Record<string, unknown> {
  if (!after) return base;
  return _.and(base, _.or({ [field]: _.lt(after.at) }, { [field]: after.at, _id: _.lt(after.id) })) as Record<
    string,
    unknown
  >;
}

/** Splits `limit + 1` rows into the page and the cursor of its last row when more follow. */
export function pageOf<T extends { _id: string }>(
  rows: T[],
  limit: number,
  atOf: (row: T) => Date,
): { rows: T[]; next?: Keyset } {
  if (rows.length <= limit) return { rows };
  const page = rows.slice(0, limit);
  const last = page[page.length - 1]!;
  return { rows: page, next: { at: atOf(last), id: last._id } };
}
