#!/usr/bin/env node
// Builds miniprogram/miniprogram_npm the way WeChat DevTools' "构建 npm" would, keeping only the TDesign files the
// mini-program reaches (see scripts/miniprogram/npm-build.cjs). Usage: node scripts/build-miniprogram-npm.mjs [--all]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import npmBuild from './miniprogram/npm-build.cjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const miniprogramDir = path.join(projectRoot, 'miniprogram');
const result = npmBuild.buildMiniprogramNpm({ projectRoot, miniprogramDir, all: process.argv.includes('--all') });
console.log(
  `miniprogram_npm: ${result.components.length} TDesign components (${result.components.join(', ')}), ` +
    `${result.files} files, ${(result.bytes / 1024).toFixed(1)} KB → ${path.relative(projectRoot, result.target)}`,
);
