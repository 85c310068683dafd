// The one shape every benchmark section hands back to bench/run.ts: a named figure, its unit, and optionally the
// target it is read against. Benchmarks report figures, never pass/fail, so a missed target is shown as a ratio
// above 1, not an error. Sections written by others (bench/sweep.ts) return the same rows.
export interface BenchRow {
  /** Which benchmark the row belongs to, e.g. "query", "functions", "sweep". */
  section: string;
  /** What was measured, e.g. "p95 where(deputyId).orderBy(submittedAt desc).limit(20)". */
  name: string;
  /** The figure; a string when it is not a number (e.g. "not built"). */
  value: number | string;
  /** Unit of `value` and `limit`: "ms", "KB", "MB", "docs", "×"... */
  unit: string;
  /** The target as an upper bound in `unit`; the ratio printed is value / limit. */
  limit?: number;
  /** Anything a reader needs to interpret the figure (sample size, what was excluded). */
  note?: string;
}

/** value / limit when both are numbers, for the "ratio" column (≤ 1 meets the target). */
export function ratioOf(row: BenchRow): number | undefined {
  if (typeof row.value !== 'number' || row.limit === undefined || row.limit === 0) return undefined;
  return row.value / row.limit;
}
