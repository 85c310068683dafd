// The package budgets as bench rows: the same calculation scripts/check-package-size.mjs enforces, printed here
// as figures with the 1 MB target, so one table shows every budget.
import type { BenchRow } from './bench-row';
import { PROJECT_ROOT } from './bench-cloud';
import { measurePackages } from './package-size';

export function runPackageSizeSection(): BenchRow[] {
  const sizes = measurePackages({ projectRoot: PROJECT_ROOT });
  const limitKb = sizes.budgetBytes / 1024;
  const rows: BenchRow[] = sizes.packages.map((p) => ({
    section: 'package',
    name: p.name === 'main' ? 'main package' : `subpackage ${p.name}`,
    value: p.bytes / 1024,
    unit: 'KB',
    limit: limitKb,
    note:
      `${p.files} files; ` +
      Object.entries(p.byKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)}`)
        .join(', '),
  }));
  rows.push({ section: 'package', name: 'all packages', value: sizes.totalBytes / 1024, unit: 'KB' });
  return rows;
}
