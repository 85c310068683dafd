// The deadline sweep over a growing `items` collection (issue 4 "Benchmark"): 10,000, 100,000 and 1,000,000 items
// of which 100 are due, time per sweep and documents read. Target: flat in the collection size; documents read
// ≤ 2 × due + one batch (MAX_BATCH).
//
// How: one local-cloud in this process on a temporary data folder (startBenchCloud), the real wx-server-sdk
// pointed at it, and the sweep itself (core/app/scheduler/sweep.ts runSweep) on the same adapters the `deadlines`
// function builds (createSchedulerPorts). The collection grows in place between sizes: filler items (not due:
// `nextCheckAt` null or in the future, as most items are) go in through the engine API in big batches, like
// bench/seed.ts does, then 100 fresh due items; each sweep acts on exactly those (the earlier sizes' due items
// have moved their `nextCheckAt` past the sweep instant). Documents read are counted in the engine: documents
// returned by queries plus documents read inside transactions, during the timed sweep only.
//
// Loading is the slow part, not the sweep: a million items with `items`' 16 indexes take about two minutes on the
// shared two-core machine and 4–6 GB of memory (`npm run bench` raises Node's heap limit). The batches grow with
// the collection (50,000 up to 250,000) so that local-cloud merges each into its indexes in one pass
// (CollectionState.applyInserts). BENCH_QUICK=1 stops at 30,000; BENCH_SWEEP_SIZES=10000,100000 chooses the sizes.
import type { BenchRow } from './bench-row';
import { startBenchCloud } from './bench-cloud';
import { progress } from './report';
import { nowMs } from './stats';
import { EnvDatabase } from '../local-cloud/db/env-database';
import { DocumentStore } from '../local-cloud/store/lmdb-store';
import { createSchedulerPorts } from '../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../core/adapters/cloudbase/sdk';
import { MAX_BATCH, runSweep } from '../core/app/scheduler/sweep';
import { emptyItemFields } from '../core/domain/opinion/item';

const ENV = 'bench-sweep';
const SECTION = 'sweep';
const DUE = 100;
/** Filler batches: as large as the collection so far, between these bounds (memory of one batch vs merges). */
const MIN_INSERT = 50_000;
const MAX_INSERT = 250_000;
const TOWNSHIP = 'twp-bench';
/** The sweep instant: Wed 2026-06-10 10:00 Shanghai. Due items are past due; fillers are not. */
const NOW = new Date('2026-06-10T02:00:00Z');
const DAY = 86_400_000;

function sizes(): number[] {
  const raw = process.env.BENCH_SWEEP_SIZES;
  if (raw)
    return raw
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > DUE);
  const quick = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';
  return quick ? [10_000, 30_000] : [10_000, 100_000, 1_000_000];
}

/** An item in handling, assigned to a unit; `dueAt` decides whether the sweep has anything to do with it. */
function itemDoc(id: string, i: number, due: boolean): Record<string, unknown> {
  const assignedAt = new Date(NOW.getTime() - 30 * DAY - (i % 1000) * 60_000);
  // Due items: due yesterday (the 催办 threshold has passed). Fillers: due in a month, next check in ~3 weeks, or
  // (every third one) closed with no next check at all.
  const dueAt = due ? new Date(NOW.getTime() - DAY) : new Date(NOW.getTime() + 30 * DAY);
  const closed = !due && i % 3 === 0;
  return {
    ...emptyItemFields(),
    _id: id,
    townshipId: TOWNSHIP,
    kind: 'opinion',
    channel: 'online',
    status: closed ? 'closed' : 'inProgress',
    version: 5,
    title: `村口道路坑洼需要修补 ${i}`,
    content: '村口主干道有多处坑洼，雨天积水，影响出行。',
    category: '道路交通',
    photos: [],
    publishConsent: false,
    hideIdentityFromUnit: false,
    submitter: {
      residentId: `res-${i % 5000}`,
      openid: `o-res-${i % 5000}`,
      name: '张三',
      villageId: 'v-1',
      hasAccount: true,
    },
    enteredBy: { role: 'resident', id: `res-${i % 5000}`, name: '张三' },
    consentMode: 'self',
    relayMethod: 'inApp',
    deputyId: `dep-${i % 50}`,
    stationId: 'st-1',
    villageId: 'v-1',
    registrationNumber: `2026-${i}`,
    supervision: { superviseType: 'tracking', supervisorId: 'off-member', supervisorName: '赵委员' },
    assignment: {
      leadUnitId: `unit-${i % 20}`,
      coUnitIds: [],
      leaderInCharge: '钱副镇长',
      responsiblePerson: '周承办',
      contact: '1',
      assignedAt,
      dueAt,
      returnWindowEndsAt: new Date(assignedAt.getTime() + 9 * DAY),
      assignedBy: 'off-staff',
      signedAt: assignedAt,
      signedBy: 'us-handler',
    },
    statusSince: assignedAt,
    submittedAt: new Date(assignedAt.getTime() - DAY),
    updatedAt: assignedAt,
    forwardedAt: new Date(assignedAt.getTime() - 3_600_000),
    nextCheckAt: due ? new Date(NOW.getTime() - DAY) : closed ? null : new Date(dueAt.getTime() - 9 * DAY),
  };
}

/** Fillers repeat every FILLER_CYCLE (the cycles of status, deputy, unit, resident and assignment time above). */
const FILLER_CYCLE = 15_000;
const fillerTemplates = new Map<number, Record<string, unknown>>();

/**
 * A filler: `itemDoc(id, i, false)` in content, but its nested parts (submitter, assignment, dates, empty arrays)
 * are shared with the other fillers of its place in the cycle. The sweep never reads fillers, so this changes no
 * figure; it keeps a million documents in local-cloud's memory to about half (each filler's own fields and the
 * index entries remain), which keeps garbage collection from dominating the load.
 */
function fillerDoc(id: string, i: number): Record<string, unknown> {
  const slot = i % FILLER_CYCLE;
  let template = fillerTemplates.get(slot);
  if (!template) fillerTemplates.set(slot, (template = itemDoc(`t-${slot}`, slot, false)));
  return { ...template, _id: id, title: `村口道路坑洼需要修补 ${i}`, registrationNumber: `2026-${i}` };
}

interface ReadCounter {
  queried: number;
  inTransactions: number;
  /** Time spent in the store's durable commits (LMDB write transactions), ms. */
  commitMs: number;
  on: boolean;
}

/**
 * Counts documents the engine hands out (query answers and transactional reads) while `on`, and the time its
 * writes wait on the durable store, which is disk work rather than the sweep's own.
 */
function countEngineReads(): { counter: ReadCounter; restore(): void } {
  const counter: ReadCounter = { queried: 0, inTransactions: 0, commitMs: 0, on: false };
  const store = DocumentStore.prototype;
  const commit = store.commit;
  store.commit = async function (this: DocumentStore, ...args: Parameters<typeof commit>) {
    const started = nowMs();
    try {
      return await commit.apply(this, args);
    } finally {
      if (counter.on) counter.commitMs += nowMs() - started;
    }
  };
  const proto = EnvDatabase.prototype;
  const find = proto.find;
  const read = proto.readInTransaction;
  proto.find = function (this: EnvDatabase, ...args: Parameters<typeof find>) {
    const docs = find.apply(this, args);
    if (counter.on) counter.queried += docs.length;
    return docs;
  };
  proto.readInTransaction = function (this: EnvDatabase, ...args: Parameters<typeof read>) {
    const doc = read.apply(this, args);
    if (counter.on && doc) counter.inTransactions += 1;
    return doc;
  };
  return {
    counter,
    restore: () => {
      store.commit = commit;
      proto.find = find;
      proto.readInTransaction = read;
    },
  };
}

function connect(adminUrl: string): WxCloud {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: adminUrl });
  process.env.TENCENTCLOUD_SECRETID = 'local-cloud';
  process.env.TENCENTCLOUD_SECRETKEY = 'local-cloud';
  process.env.TCB_ENV = ENV;
  process.env.TENCENTCLOUD = 'true'; // no metadata-server probe before each call (see wx-sdk.ts)
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env: ENV });
  // The SDK keeps the environment of its first `init` for the life of the process (in a full run, the query
  // bench's), so a second `init` would leave `database()` on the wrong environment: ask for ours by name.
  const scoped = Object.create(cloud) as typeof cloud;
  scoped.database = ((options?: Parameters<typeof cloud.database>[0]) =>
    cloud.database({ ...options, env: ENV })) as typeof cloud.database;
  return scoped as unknown as WxCloud;
}

export async function runSweepBench(): Promise<BenchRow[]> {
  const bench = await startBenchCloud();
  const reads = countEngineReads();
  const rows: BenchRow[] = [];
  const ran: number[] = [];
  /** Per size run: the sweep's time and the part of it spent in durable store commits, ms. */
  const timed: { ms: number; commitMs: number }[] = [];
  try {
    const db = bench.cloud.database.database(ENV);
    await db.insert('townships', [
      { _id: TOWNSHIP, townshipId: TOWNSHIP, name: '基准镇', term: '第十八届', createdAt: NOW },
    ]);
    const cloud = connect(`${bench.cloud.url}/admin`);
    const quiet = { info: () => undefined, error: (line: string) => progress(`  sweep error: ${line.split('\n')[0]}`) };
    const ports = createSchedulerPorts(cloud, quiet);
    // Warm-up: JIT, SDK connection, settings path — one sweep over a tiny collection, not reported.
    await db.insert('items', [itemDoc('warm-0', 0, true)]);
    await runSweep(ports, { now: NOW });

    let filled = 0;
    for (const size of sizes()) {
      const fillers = size - DUE - filled;
      const started = nowMs();
      for (let from = 0; from < fillers;) {
        const to = Math.min(fillers, from + Math.min(MAX_INSERT, Math.max(MIN_INSERT, filled + from)));
        const docs = [];
        for (let i = from; i < to; i++) docs.push(fillerDoc(`f-${filled + i}`, filled + i));
        await db.insert('items', docs);
        from = to;
        if (fillers > MAX_INSERT) progress(`    ${(filled + from).toLocaleString('en-US')} fillers…`);
      }
      filled += Math.max(0, fillers);
      const due = [];
      for (let i = 0; i < DUE; i++) due.push(itemDoc(`due-${size}-${i}`, i, true));
      await db.insert('items', due);
      progress(`  ${size.toLocaleString('en-US')} items loaded (${((nowMs() - started) / 1000).toFixed(1)} s)`);

      // The load's garbage is collected before the clock starts (a major collection over a heap of gigabytes
      // would otherwise land in the sweep's time). `npm run bench` runs Node with --expose-gc.
      (globalThis as { gc?: () => void }).gc?.();
      reads.counter.queried = 0;
      reads.counter.inTransactions = 0;
      reads.counter.commitMs = 0;
      reads.counter.on = true;
      const t0 = nowMs();
      const report = await runSweep(ports, { now: NOW });
      const ms = nowMs() - t0;
      reads.counter.on = false;
      if (report.itemsSeen !== DUE || report.failed > 0) {
        throw new Error(`sweep over ${size} saw ${report.itemsSeen} items (${report.failed} failed), expected ${DUE}`);
      }
      const docsRead = reads.counter.queried + reads.counter.inTransactions;
      const n = size.toLocaleString('en-US');
      rows.push(
        {
          section: SECTION,
          name: `sweep, ${n} items, ${DUE} due`,
          value: ms,
          unit: 'ms',
          note:
            `${report.thresholdsActed} thresholds, ${report.batches} batch queries, ${(ms / DUE).toFixed(1)} ms/due ` +
            `item; ${reads.counter.commitMs.toFixed(0)} ms of it in durable store commits`,
        },
        {
          section: SECTION,
          name: `documents read, ${n} items, ${DUE} due`,
          value: docsRead,
          unit: 'docs',
          limit: 2 * DUE + MAX_BATCH,
          note: `${reads.counter.queried} from queries (incl. settings), ${reads.counter.inTransactions} in transactions`,
        },
      );
      ran.push(size);
      timed.push({ ms, commitMs: reads.counter.commitMs });
      progress(
        `  sweep over ${n}: ${ms.toFixed(0)} ms (${reads.counter.commitMs.toFixed(0)} ms in store commits), ` +
          `${docsRead} documents read`,
      );
    }
    if (ran.length >= 2) {
      const first = timed[0]!;
      const last = timed[timed.length - 1]!;
      const sizes = `${ran[ran.length - 1]!.toLocaleString('en-US')} / at ${ran[0]!.toLocaleString('en-US')}`;
      rows.push(
        {
          section: SECTION,
          name: `time at ${sizes}`,
          value: last.ms / first.ms,
          unit: '×',
          note: 'flat ≈ 1 (limit 2 is a reading aid, not from the issue); documents read are the work',
          limit: 2,
        },
        {
          // The store's disk commits (one per due item) grow with the size of its files; the sweep's own work is
          // the rest.
          section: SECTION,
          name: `time without store commits at ${sizes}`,
          value: (last.ms - last.commitMs) / (first.ms - first.commitMs),
          unit: '×',
          note: 'the engine and the SDK round trips only',
          limit: 2,
        },
      );
    }
    const skipped = [10_000, 100_000, 1_000_000].filter((s) => !ran.includes(s));
    if (skipped.length) {
      rows.push({
        section: SECTION,
        name: 'sizes not run',
        value: skipped.join(', '),
        unit: '',
        note: 'BENCH_QUICK / BENCH_SWEEP_SIZES',
      });
    }
    return rows;
  } finally {
    reads.restore();
    await bench.close();
  }
}
