/**
 * Compiles miniprogram/ into a directory miniprogram-simulate can load under jest (used by
 * tests/components/harness.ts; run as a child process because esbuild refuses jest's jsdom realm).
 *
 * Guarantees: each .ts is compiled on its own to CommonJS with esbuild, as DevTools' TypeScript plugin compiles file
 * by file (type-only imports of core/ vanish); miniprogram_npm is built by the same code as
 * scripts/build-miniprogram-npm.mjs and its ES modules are turned into CommonJS; json files spell out what DevTools
 * resolves implicitly: app.json's global components on every page and component, and `tdesign-miniprogram/x` as
 * `/miniprogram_npm/tdesign-miniprogram/x`. Templates and styles are copied untouched.
 * Usage: node scripts/miniprogram/compile-for-simulate.cjs <outDir>
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('esbuild');
const { buildMiniprogramNpm } = require('./npm-build.cjs');

const NPM_PREFIX = 'tdesign-miniprogram/';

function listFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'miniprogram_npm' && entry.name !== 'node_modules') listFiles(full, out);
    } else {
      out.push(full);
    }
  }
  return out;
}

function toCommonJs(code, sourcefile, loader) {
  return transformSync(code, { loader, format: 'cjs', target: 'es2020', sourcefile, sourcemap: 'inline' }).code;
}

function rewriteJson(file, text, globals) {
  const json = JSON.parse(text);
  const isComponent = fs.existsSync(file.replace(/\.json$/, '.wxml'));
  if (!isComponent && !json.usingComponents) return text;
  const using = { ...(isComponent ? globals : {}), ...(json.usingComponents ?? {}) };
  for (const [tag, target] of Object.entries(using)) {
    if (target.startsWith(NPM_PREFIX)) using[tag] = `/miniprogram_npm/${target}`;
  }
  return JSON.stringify({ ...json, usingComponents: using }, null, 2);
}

function compileForSimulate({ projectRoot, outDir }) {
  const src = path.join(projectRoot, 'miniprogram');
  const appJson = JSON.parse(fs.readFileSync(path.join(src, 'app.json'), 'utf8'));
  const globals = appJson.usingComponents ?? {};
  fs.rmSync(outDir, { recursive: true, force: true });

  for (const file of listFiles(src)) {
    const rel = path.relative(src, file);
    if (file.endsWith('.d.ts') || rel === 'tsconfig.json') continue;
    let dest = path.join(outDir, rel);
    let out = fs.readFileSync(file, 'utf8');
    if (file.endsWith('.ts')) {
      dest = dest.replace(/\.ts$/, '.js');
      out = toCommonJs(out, file, 'ts');
    } else if (file.endsWith('.json') && rel !== 'app.json') {
      out = rewriteJson(file, out, globals);
    }
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, out);
  }

  const npmDir = path.join(outDir, 'miniprogram_npm');
  buildMiniprogramNpm({ projectRoot, miniprogramDir: src, outDir: npmDir });
  // listFiles skips nested miniprogram_npm folders, so walk the package and its own miniprogram_npm separately.
  const pkg = path.join(npmDir, 'tdesign-miniprogram');
  for (const file of [...listFiles(pkg), ...listFiles(path.join(pkg, 'miniprogram_npm'))]) {
    if (file.endsWith('.js')) fs.writeFileSync(file, toCommonJs(fs.readFileSync(file, 'utf8'), file, 'js'));
  }
  return outDir;
}

module.exports = { compileForSimulate };

if (require.main === module) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: node scripts/miniprogram/compile-for-simulate.cjs <outDir>');
    process.exit(2);
  }
  compileForSimulate({ projectRoot: path.resolve(__dirname, '..', '..'), outDir: path.resolve(outDir) });
}
