// How big each benchmark runs, from the environment, so a quick look and a careful measurement use the same code.
// BENCH_QUICK=1 shrinks everything (about a minute on two cores); each count can also be set on its own.

export interface BenchConfig {
  quick: boolean;
  /** Documents in the query benchmark's collection. */
  documents: number;
  /** Documents per engine insert batch (one LMDB transaction each). */
  insertBatch: number;
  /** Untimed queries before measuring (JIT, connection pool, caches). */
  queryWarmup: number;
  /** Timed queries against local-cloud, and as many against the bare transport server. */
  queryN: number;
  /** Cold starts per function (each in a fresh environment, so a fresh instance). */
  coldStarts: number;
  /** Timed warm calls per function. */
  warmN: number;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function readConfig(): BenchConfig {
  const quick = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';
  return {
    quick,
    // The figure is for 100,000 documents; the quick run keeps that size only if asked.
    documents: intFromEnv('BENCH_DOCS', quick ? 20_000 : 100_000),
    insertBatch: intFromEnv('BENCH_INSERT_BATCH', 5_000),
    queryWarmup: intFromEnv('BENCH_QUERY_WARMUP', quick ? 100 : 300),
    queryN: intFromEnv('BENCH_QUERY_N', quick ? 300 : 2_000),
    coldStarts: intFromEnv('BENCH_COLD_STARTS', quick ? 1 : 3),
    warmN: intFromEnv('BENCH_WARM_N', quick ? 20 : 100),
  };
}
