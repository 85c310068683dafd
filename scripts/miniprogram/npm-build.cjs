/**
 * What WeChat DevTools' "构建 npm" does for this project, reduced to what we ship.
 *
 * Guarantees: copies from node_modules/tdesign-miniprogram/miniprogram_dist only the files the mini-program can
 * reach: the components named in any usingComponents under miniprogram/ (app.json included), then, file by file,
 * everything those reach through usingComponents, JS imports, wxml import/include/wxs, wxss @import and wxs
 * require; bare imports (tslib...) resolve inside the package's own miniprogram_npm, as DevTools resolves them.
 * The output tree mirrors DevTools' layout: <out>/tdesign-miniprogram/<same relative paths>.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const PACKAGE = 'tdesign-miniprogram';

function walkFiles(dir, accept, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'miniprogram_npm' || entry.name === 'node_modules') continue;
      walkFiles(full, accept, out);
    } else if (accept(entry.name)) {
      out.push(full);
    }
  }
  return out;
}

/** Component paths inside the package (e.g. "button/button") named by our json files. */
function usedComponents(miniprogramDir) {
  const used = new Set();
  for (const file of walkFiles(miniprogramDir, (n) => n.endsWith('.json'))) {
    let json;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      continue; // a broken json file is the WXML check's business, not this build's
    }
    for (const target of Object.values(json.usingComponents ?? {})) {
      if (typeof target === 'string' && target.startsWith(`${PACKAGE}/`)) used.add(target.slice(PACKAGE.length + 1));
    }
  }
  return [...used].sort();
}

function existing(candidates) {
  return candidates.find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
}

/** Resolves a JS specifier the way the mini-program runtime does (file, .js, /index.js; bare → miniprogram_npm). */
function resolveJs(fromFile, spec, distDir) {
  let base;
  if (spec.startsWith('.') || spec.startsWith('/')) {
    base = spec.startsWith('/') ? path.join(distDir, spec) : path.resolve(path.dirname(fromFile), spec);
  } else {
    base = path.join(distDir, 'miniprogram_npm', spec);
    const pkgJson = path.join(base, 'package.json');
    if (fs.existsSync(pkgJson)) {
      const main = JSON.parse(fs.readFileSync(pkgJson, 'utf8')).main;
      if (main) base = path.join(base, main);
    }
  }
  return existing([base, `${base}.js`, path.join(base, 'index.js')]);
}

function referencesOf(file, distDir) {
  const text = fs.readFileSync(file, 'utf8');
  const dir = path.dirname(file);
  const refs = [];
  const rel = (spec, exts) => existing(exts.map((e) => path.resolve(dir, spec + e)));
  switch (path.extname(file)) {
    case '.json': {
      const json = JSON.parse(text);
      for (const target of Object.values(json.usingComponents ?? {})) {
        const base = path.resolve(dir, target);
        for (const ext of ['.json', '.js', '.wxml', '.wxss']) refs.push(existing([base + ext]));
      }
      break;
    }
    case '.js':
    case '.wxs':
      for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']([^"']+)["']/g)) {
        refs.push(resolveJs(file, m[1], distDir));
      }
      break;
    case '.wxml':
      for (const m of text.matchAll(/<(?:import|include|wxs)\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)) {
        refs.push(rel(m[1], ['', '.wxml', '.wxs']));
      }
      break;
    case '.wxss':
      for (const m of text.matchAll(/@import\s+["']([^"']+)["']/g)) refs.push(rel(m[1], ['', '.wxss']));
      break;
    default:
      break;
  }
  return refs.filter(Boolean);
}

/**
 * Builds miniprogram_npm for `miniprogramDir` into `outDir` (default <miniprogramDir>/miniprogram_npm).
 * `all: true` copies the whole package instead of the reachable closure.
 * Returns { components, files, bytes }.
 */
function buildMiniprogramNpm({ projectRoot, miniprogramDir, outDir, all = false }) {
  const distDir = path.join(projectRoot, 'node_modules', PACKAGE, 'miniprogram_dist');
  const target = path.join(outDir ?? path.join(miniprogramDir, 'miniprogram_npm'), PACKAGE);
  const components = usedComponents(miniprogramDir);
  const files = new Set();
  if (all) {
    const everything = (d) =>
      fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
        const f = path.join(d, e.name);
        if (e.isDirectory()) everything(f);
        else files.add(f);
      });
    everything(distDir);
  } else {
    const queue = [];
    for (const c of components) {
      const base = path.join(distDir, c);
      if (!fs.existsSync(`${base}.json`)) throw new Error(`${PACKAGE}/${c}: no such component in ${distDir}`);
      for (const ext of ['.json', '.js', '.wxml', '.wxss']) if (fs.existsSync(base + ext)) queue.push(base + ext);
    }
    while (queue.length > 0) {
      const file = queue.pop();
      if (files.has(file)) continue;
      files.add(file);
      for (const ref of referencesOf(file, distDir)) if (!files.has(ref)) queue.push(ref);
    }
  }
  fs.rmSync(target, { recursive: true, force: true });
  let bytes = 0;
  for (const file of files) {
    if (file.endsWith('.d.ts')) continue; // DevTools drops declarations from the package too
    const dest = path.join(target, path.relative(distDir, file));
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.copyFileSync(file, dest);
    bytes += fs.statSync(file).size;
  }
  return { components, files: files.size, bytes, target };
}

module.exports = { buildMiniprogramNpm, usedComponents, PACKAGE };
