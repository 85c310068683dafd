// Printing: progress lines while the benchmarks run (stderr, so stdout is only the table) and the final table of
// figures, targets and ratios. Plain text with padded columns so it reads the same in a terminal and a CI log.
import { ratioOf, type BenchRow } from './bench-row';

export function progress(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function cells(row: BenchRow): string[] {
  const value = typeof row.value === 'number' ? `${formatNumber(row.value)} ${row.unit}` : row.value;
  const target = row.limit === undefined ? '' : `≤ ${formatNumber(row.limit)} ${row.unit}`;
  const ratio = ratioOf(row);
  const ratioText = ratio === undefined ? '' : `${ratio.toFixed(2)}${ratio > 1 ? ' !' : ''}`;
  return [row.section, row.name, value, target, ratioText, row.note ?? ''];
}

/** The table: one line per row, sections in the order given; "!" marks a ratio above 1 (target missed). */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['section', 'figure', 'value', 'target', 'ratio', 'note'];
  const body = rows.map(cells);
  // Widths by code points, so 中文 notes do not throw the columns off too badly.
  const len = (s: string): number => [...s].length;
  const widths = header.map((h, i) => Math.max(len(h), ...body.map((r) => len(r[i] ?? ''))));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - len(c))))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
