// The deadline sweep benchmark belongs to the deadlines work (issue 4, bench/sweep*.ts, another helper): when
// bench/sweep.ts is there, its rows are printed with the rest; when it is not, the table says so rather than
// showing figures nobody measured. Rows of a slightly different shape are still printed, as text.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './bench-row';

const SECTION = 'sweep';

function toRow(raw: unknown, i: number): BenchRow {
  const r = (raw ?? {}) as Partial<BenchRow> & Record<string, unknown>;
  if (typeof r.name === 'string' && (typeof r.value === 'number' || typeof r.value === 'string')) {
    return {
      section: typeof r.section === 'string' ? r.section : SECTION,
      name: r.name,
      value: r.value,
      unit: typeof r.unit === 'string' ? r.unit : '',
      ...(typeof r.limit === 'number' ? { limit: r.limit } : {}),
      ...(typeof r.note === 'string' ? { note: r.note } : {}),
    };
  }
  return { section: SECTION, name: `row ${i + 1}`, value: JSON.stringify(raw), unit: '' };
}

export async function runSweepSection(): Promise<BenchRow[]> {
  const file = path.join(__dirname, 'sweep.ts');
  if (!fs.existsSync(file)) {
    return [{ section: SECTION, name: 'deadline sweep', value: 'not there yet', unit: '', note: 'bench/sweep.ts' }];
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(file) as { runSweepBench?: () => Promise<unknown[]> };
  if (typeof mod.runSweepBench !== 'function') {
    return [{ section: SECTION, name: 'deadline sweep', value: 'no runSweepBench export', unit: '' }];
  }
  return (await mod.runSweepBench()).map(toRow);
}
