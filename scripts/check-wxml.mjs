#!/usr/bin/env node
// Compiles every .wxml/.wxs/.wxss (and parses every .json) under the mini-program with WeChat's official compilers;
// exits 1 naming the file and the compiler's message on any failure. Usage: node scripts/check-wxml.mjs [dir]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import templateCheck from './miniprogram/template-check.cjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(process.argv[2] ?? path.join(projectRoot, 'miniprogram'));
const result = templateCheck.checkTemplates(root);
const where = path.relative(process.cwd(), root) || '.';
console.log(
  `wxml check (${where}): ${result.wxml.length} wxml, ${result.wxs.length} wxs with wcc; ` +
    `${result.wxss.length} wxss with wcsc; ${result.json.length} json parsed`,
);
for (const f of result.failures) console.error(`  ✗ ${path.join(where, f.file)}: ${f.message}`);
process.exit(result.failures.length > 0 ? 1 : 0);
