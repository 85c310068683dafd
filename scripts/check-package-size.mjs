#!/usr/bin/env node
// Checks the mini-program's package budgets (issue 5): main package ≤ 1 MB and each subpackage ≤ 1 MB, computed
// from the files the mini-program would ship (see bench/package-size.ts for exactly what counts). Prints one line
// per package and exits 1 when any is over budget, so CI can hold the line; `npm run bench` prints the same figures.
// Usage: node scripts/check-package-size.mjs [--budget-kb N]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// The calculation is TypeScript (shared with the bench and its test); the require hook transpiles it.
require('./register-ts.cjs');
const { measurePackages, PACKAGE_BUDGET_BYTES } = require('../bench/package-size.ts');

const budgetArg = process.argv.indexOf('--budget-kb');
const budgetBytes = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) * 1024 : PACKAGE_BUDGET_BYTES;
if (!Number.isFinite(budgetBytes) || budgetBytes <= 0) {
  console.error('--budget-kb needs a positive number');
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes = measurePackages({ projectRoot: root, budgetBytes });
for (const p of sizes.packages) {
  const kinds = Object.entries(p.byKind)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');
  const mark = p.bytes > budgetBytes ? '✗ over budget' : '✓';
  console.log(
    `${mark} ${p.name.padEnd(10)} ${kb(p.bytes).padStart(10)} / ${kb(budgetBytes)}  ${p.files} files (${kinds})`,
  );
}
console.log(`total ${kb(sizes.totalBytes)}`);
if (sizes.over.length > 0) {
  console.error(`over budget: ${sizes.over.map((p) => p.name).join(', ')}`);
  process.exit(1);
}
