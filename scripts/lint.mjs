#!/usr/bin/env node
// `npm run lint`: every static check except the type check (`npm run typecheck`), in order, each printing what it
// checked. All steps run even after a failure so one run shows every problem; the exit code is 1 if any failed.
//   1. eslint            flat config eslint.config.mjs (typescript-eslint recommended)
//   2. prettier --check  .prettierrc.json / .prettierignore
//   3. dependency-cruiser the architecture rules in .dependency-cruiser.cjs
//   4. wxml check        wcc/wcsc over miniprogram/ (scripts/check-wxml.mjs)
//   5. package size      main package and each subpackage ≤ 1 MB (scripts/check-package-size.mjs)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (p) => path.join(root, 'node_modules', p);
const cruised = [
  'core',
  'cloudfunctions',
  'local-cloud',
  'miniprogram',
  'database',
  'tests',
  'bench',
  'scripts',
  'typings',
].filter((d) => fs.existsSync(path.join(root, d)));

const steps = [
  {
    name: 'eslint',
    what: 'TypeScript and JavaScript sources (eslint.config.mjs)',
    args: [bin('eslint/bin/eslint.js'), '--max-warnings=0', '.'],
  },
  {
    name: 'prettier',
    what: 'formatting of every file prettier knows (.prettierignore excluded)',
    args: [bin('prettier/bin/prettier.cjs'), '--check', '--log-level=warn', '.'],
  },
  {
    name: 'dependency-cruiser',
    what: `dependency rules of architecture.md over ${cruised.join(', ')}`,
    args: [
      bin('dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'err',
      ...cruised,
    ],
  },
  {
    name: 'wxml check',
    what: 'miniprogram/ templates and styles with the official wcc/wcsc compilers',
    args: [path.join(root, 'scripts/check-wxml.mjs')],
  },
  {
    name: 'package size',
    what: 'mini-program main package and each subpackage within the 1 MB budget',
    args: [path.join(root, 'scripts/check-package-size.mjs')],
  },
];

const failed = [];
for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}: ${step.what}`);
  const res = spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (res.status === 0) {
    console.log(`✔ ${step.name} passed (${seconds} s)`);
  } else {
    console.log(`✘ ${step.name} failed (${seconds} s)`);
    failed.push(step.name);
  }
}

console.log(failed.length === 0 ? '\nlint: all checks passed' : `\nlint: FAILED: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
