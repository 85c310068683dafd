// One local-cloud for the whole bench run, started in this process on a fresh data folder under os.tmpdir() and
// removed afterwards. Its declarations are a temporary copy of database/collections plus the bench collection, so
// the functions see the real collections and the bench query goes through the same declaration loader and index
// planner as the app's queries. local-cloud's log lines are kept (not printed) so progress output stays readable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud, type LocalCloud } from '../local-cloud';
import { BENCH_COLLECTION_DECLARATION } from './bench-collection';

export const PROJECT_ROOT = path.resolve(__dirname, '..');

export interface BenchCloud {
  cloud: LocalCloud;
  /** Lines local-cloud logged (warnings about unindexed queries among them). */
  log: string[];
  /** local-cloud's data folder (the store). */
  dataDir: string;
  close(): Promise<void>;
}

export async function startBenchCloud(): Promise<BenchCloud> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'deputy-direct-bench-'));
  const databaseDir = path.join(workDir, 'database');
  fs.mkdirSync(path.join(databaseDir, 'collections'), { recursive: true });
  fs.cpSync(path.join(PROJECT_ROOT, 'database', 'collections'), path.join(databaseDir, 'collections'), {
    recursive: true,
  });
  fs.writeFileSync(
    path.join(databaseDir, 'collections', `${BENCH_COLLECTION_DECLARATION.name}.json`),
    JSON.stringify(BENCH_COLLECTION_DECLARATION, null, 2),
  );
  const log: string[] = [];
  const cloud = await startLocalCloud({
    port: 0,
    dataDir: path.join(workDir, 'data'),
    databaseDir,
    functionsDir: path.join(PROJECT_ROOT, 'cloudfunctions'),
    // Not strict: a timer function's own queries must not fail the functions bench; the query bench checks its
    // own plan explicitly instead (see query-latency.ts).
    strictIndexes: false,
    // Timers firing on real time would add stray work to the measurements.
    timers: false,
    log: (line) => log.push(line),
  });
  return {
    cloud,
    log,
    dataDir: path.join(workDir, 'data'),
    close: async () => {
      try {
        await cloud.close();
      } finally {
        fs.rmSync(workDir, { recursive: true, force: true });
      }
    },
  };
}

/** Bytes of the store's files (LMDB's map file is sparse: its allocated blocks are what it uses). */
export function dataDirBytesOf(bench: BenchCloud): number {
  return allocatedBytes(bench.dataDir);
}

function allocatedBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += allocatedBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).blocks * 512;
  }
  return total;
}
