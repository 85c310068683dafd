// Query latency through the real wx-server-sdk against local-cloud, and the same SDK's round trip to a bare
// node:http server (replay-server.ts) measured in the same run: the ratio is local-cloud's overhead over the
// transport (issue 2, target p95 ≤ 10 ms and ≤ 3×).
//
// Fairness: both servers run in this process, as local-cloud does in tests, so client and server share one event
// loop in both measurements; the SDK instance, its HTTP agent and the parsed answer are the same (see wx-sdk.ts
// and replay-server.ts). The two are measured in alternating blocks, so drift on a shared two-core machine (other
// processes, GC, CPU frequency) lands on both figures alike instead of on whichever ran second. A child process
// for the baseline was rejected: it would measure a different process's warm-up and scheduling, not the transport.
import type { BenchRow } from './bench-row';
import type { BenchCloud } from './bench-cloud';
import { BENCH_COLLECTION, BENCH_DEPUTIES, deputyId } from './bench-collection';
import type { BenchConfig } from './config';
import { startReplayServer } from './replay-server';
import { progress } from './report';
import { summarize, timed, type Summary } from './stats';
import type { BenchSdk } from './wx-sdk';

const BLOCK = 50;

function query(sdk: BenchSdk, i: number): Promise<{ data: Record<string, unknown>[] }> {
  return sdk
    .collection(BENCH_COLLECTION)
    .where({ deputyId: deputyId(i % BENCH_DEPUTIES) })
    .orderBy('submittedAt', 'desc')
    .limit(20)
    .get();
}

/** Fails loudly if the figure would measure something other than an indexed, correct query. */
function checkAnswer(answer: { data: Record<string, unknown>[] }, expectedDeputy: string): void {
  const docs = answer.data;
  if (docs.length !== 20) throw new Error(`bench query answered ${docs.length} documents, expected 20`);
  const times = docs.map((d) => new Date(d.submittedAt as string | Date).getTime());
  if (docs.some((d) => d.deputyId !== expectedDeputy) || times.some((t, i) => i > 0 && t > (times[i - 1] as number))) {
    throw new Error('bench query answered the wrong documents or order');
  }
}

export async function runQueryBench(
  bench: BenchCloud,
  env: string,
  sdk: BenchSdk,
  config: BenchConfig,
): Promise<BenchRow[]> {
  const planned = bench.cloud.database
    .database(env)
    .collection(BENCH_COLLECTION)
    .plan({ deputyId: deputyId(1) }, [['submittedAt', -1]]);
  if (!planned.served || planned.plan.kind !== 'index') throw new Error('bench query is not served by its index');

  const emulatorUrl = `${bench.cloud.url}/admin`;
  progress(`  warm-up: ${config.queryWarmup} queries against local-cloud`);
  sdk.pointAt(emulatorUrl);
  checkAnswer(await query(sdk, 1), deputyId(1));
  for (let i = 0; i < config.queryWarmup; i++) await query(sdk, i);

  const replay = await startReplayServer(emulatorUrl);
  try {
    sdk.pointAt(replay.adminUrl);
    checkAnswer(await query(sdk, 7), deputyId(7)); // forwarded and captured: the body replayed from now on
    for (let i = 0; i < config.queryWarmup; i++) await query(sdk, 7);
    if (replay.replayed() !== config.queryWarmup) throw new Error('the SDK did not follow TCB_CONTEXT_CNFG');

    const emulator: number[] = [];
    const transport: number[] = [];
    progress(`  measuring ${config.queryN} queries each, alternating blocks of ${BLOCK}`);
    for (let done = 0; done < config.queryN; done += BLOCK) {
      const n = Math.min(BLOCK, config.queryN - done);
      sdk.pointAt(emulatorUrl);
      for (let i = 0; i < n; i++) emulator.push(await timed(() => query(sdk, done + i)));
      sdk.pointAt(replay.adminUrl);
      for (let i = 0; i < n; i++) transport.push(await timed(() => query(sdk, done + i)));
    }
    return rows(summarize(emulator), summarize(transport), config);
  } finally {
    sdk.pointAt(emulatorUrl);
    await replay.close();
  }
}

function rows(emu: Summary, bare: Summary, config: BenchConfig): BenchRow[] {
  const section = 'query';
  const docs = config.documents.toLocaleString('en-US');
  const what = `where(deputyId).orderBy(submittedAt desc).limit(20), ${docs} docs`;
  const note = `n=${emu.n}, real wx-server-sdk`;
  return [
    { section, name: `p50 ${what}`, value: emu.p50, unit: 'ms', note },
    { section, name: `p95 ${what}`, value: emu.p95, unit: 'ms', limit: 10, note },
    { section, name: `p99 ${what}`, value: emu.p99, unit: 'ms', note },
    { section, name: 'transport p50 (bare node:http, same answer)', value: bare.p50, unit: 'ms', note: `n=${bare.n}` },
    { section, name: 'transport p95', value: bare.p95, unit: 'ms', note: `n=${bare.n}` },
    { section, name: 'transport p99', value: bare.p99, unit: 'ms', note: `n=${bare.n}` },
    { section, name: 'local-cloud / transport at p50', value: emu.p50 / bare.p50, unit: '×', limit: 3 },
    { section, name: 'local-cloud / transport at p95', value: emu.p95 / bare.p95, unit: '×', limit: 3 },
  ];
}
