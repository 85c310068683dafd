// `npm run bench`: every benchmark in turn, with progress on stderr, then one table of figures, targets and
// ratios on stdout. Figures, not pass/fail: a missed target shows as a ratio above 1 and the exit code stays 0.
// The exit code is 1 only when a benchmark could not run at all (a broken bench is not a figure). The package
// budgets are enforced separately by scripts/check-package-size.mjs. BENCH_QUICK=1 for a smaller run (config.ts).
import type { BenchRow } from './bench-row';
import { startBenchCloud, type BenchCloud } from './bench-cloud';
import { readConfig } from './config';
import { runFunctionsBench } from './functions';
import { runPackageSizeSection } from './package-size-section';
import { runQueryBench } from './query-latency';
import { formatTable, progress } from './report';
import { seedBenchCollection } from './seed';
import { nowMs } from './stats';
import { runSweepSection } from './sweep-section';
import { connectSdk } from './wx-sdk';

const ENV = 'bench';

async function main(): Promise<number> {
  const config = readConfig();
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  const section = async (title: string, work: () => Promise<BenchRow[]> | BenchRow[]): Promise<void> => {
    progress(`${title}…`);
    const started = nowMs();
    try {
      rows.push(...(await work()));
      progress(`${title}: done in ${((nowMs() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${title}: ${message}`);
      rows.push({ section: title, name: 'did not run', value: message.split('\n')[0] ?? message, unit: '' });
      progress(`${title}: FAILED ${error instanceof Error && error.stack ? error.stack : message}`);
    }
  };

  progress(
    `config: ${config.quick ? 'quick' : 'full'}, ${config.documents} docs, ${config.queryN} queries, ` +
      `${config.coldStarts} cold starts and ${config.warmN} warm calls per function`,
  );
  await section('package', () => runPackageSizeSection());

  let bench: BenchCloud | undefined;
  try {
    await section('local-cloud', async () => {
      bench = await startBenchCloud();
      return [];
    });
    const cloud = bench;
    if (cloud) {
      const sdk = connectSdk(ENV, `${cloud.cloud.url}/admin`);
      let seeded = false;
      await section('memory', async () => {
        const seedRows = await seedBenchCollection(cloud, ENV, config);
        seeded = true;
        return seedRows;
      });
      if (seeded) await section('query', () => runQueryBench(cloud, ENV, sdk, config));
      await section('functions', () => runFunctionsBench(cloud, config));
      const warnings = cloud.log.filter((l) => l.startsWith('warning'));
      for (const w of warnings) progress(`local-cloud ${w}`);
    }
  } finally {
    // Closed before the sweep, which may start its own local-cloud: two clouds would share the two cores.
    await bench?.close();
  }
  await section('sweep', () => runSweepSection());

  process.stdout.write(`\n${formatTable(rows)}\n`);
  process.stdout.write('\nratio = figure / target; above 1 (marked !) misses the target. Figures, not pass/fail.\n');
  if (failures.length) process.stderr.write(`\nbenchmarks that could not run:\n  ${failures.join('\n  ')}\n`);
  return failures.length ? 1 : 0;
}

main().then(
  // Exit explicitly: the SDK's keep-alive agents and function instances would otherwise hold the loop open.
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
