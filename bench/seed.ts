// Fills the bench collection and reports what that costs: insert throughput and the memory local-cloud holds
// afterwards. Documents go in through the engine API (EnvDatabase.insert, the code the insertDocument action runs
// after decoding the SDK's EJSON) in batches, each batch one LMDB write transaction, because 100,000 inserts over
// HTTP would take minutes of the bench's budget to measure nothing the query figure depends on. The documents end
// up exactly as an SDK insert would leave them: in the store, in memory and in the declared index.
import type { BenchRow } from './bench-row';
import { dataDirBytesOf, type BenchCloud } from './bench-cloud';
import { BENCH_COLLECTION, benchDocument } from './bench-collection';
import type { BenchConfig } from './config';
import { progress } from './report';
import { nowMs } from './stats';

const MB = 1024 * 1024;

function settledMemory(): NodeJS.MemoryUsage {
  // Without --expose-gc the figures include garbage not yet collected; the row notes say so.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  return process.memoryUsage();
}

export async function seedBenchCollection(bench: BenchCloud, env: string, config: BenchConfig): Promise<BenchRow[]> {
  const db = bench.cloud.database.database(env);
  const before = settledMemory();
  const origin = Date.UTC(2026, 5, 1);
  const started = nowMs();
  for (let from = 0; from < config.documents; from += config.insertBatch) {
    const to = Math.min(config.documents, from + config.insertBatch);
    const docs = [];
    for (let i = from; i < to; i++) docs.push(benchDocument(i, origin));
    await db.insert(BENCH_COLLECTION, docs);
    if ((to / config.insertBatch) % 5 === 0 || to === config.documents) progress(`  inserted ${to} documents`);
  }
  const seconds = (nowMs() - started) / 1000;
  const after = settledMemory();
  const gcNote = (globalThis as { gc?: unknown }).gc ? 'after gc' : 'no --expose-gc: includes uncollected garbage';
  const n = config.documents.toLocaleString('en-US');
  const section = 'memory';
  return [
    {
      section,
      name: `insert ${n} docs (engine API, batches of ${config.insertBatch})`,
      value: config.documents / seconds,
      unit: 'docs/s',
      note: `${seconds.toFixed(1)} s; one LMDB transaction per batch`,
    },
    {
      section,
      name: `RSS with ${n} docs loaded`,
      value: after.rss / MB,
      unit: 'MB',
      note: `+${((after.rss - before.rss) / MB).toFixed(0)} MB for the docs; process also holds the SDK (${gcNote})`,
    },
    {
      section,
      name: `heap used with ${n} docs loaded`,
      value: after.heapUsed / MB,
      unit: 'MB',
      note: `+${((after.heapUsed - before.heapUsed) / MB).toFixed(0)} MB for the docs and their index`,
    },
    {
      section,
      name: `store on disk with ${n} docs`,
      value: dataDirBytesOf(bench) / MB,
      unit: 'MB',
      note: 'LMDB files under the data folder',
    },
  ];
}
