// What the mini-program would ship, package by package, measured against WeChat's size budgets (issue 5: main
// package ≤ 1 MB, each subpackage ≤ 1 MB). Used by scripts/check-package-size.mjs (exits non-zero over budget)
// and printed by `npm run bench`.
//
// How a file is counted, imitating DevTools' upload:
// - Only file types the platform ships (js, json, wxml, wxss, wxs, images, audio...) count; docs and maps do not.
// - A .ts source ships as the .js the TypeScript compiler plugin makes of it: we esbuild-transpile it and count
//   that output (unminified, so the figure is an upper bound; DevTools minifies on upload). .d.ts ships nothing.
// - Tests (*.test.ts, *.spec.ts, __tests__/) and project.config.json `packOptions.ignore` entries are left out.
// - miniprogram_npm is not read from disk (it is a build product and may be stale or a full copy): the closure
//   of TDesign files the pages reach is recomputed with scripts/miniprogram/npm-build.cjs, the same code that
//   builds it, into a temporary folder. The root miniprogram_npm belongs to the main package.
// - A file belongs to the subpackage whose `root` (app.json subPackages) contains it, else to the main package.
// Not modelled: `ignoreUploadUnusedFiles` (DevTools may drop files nothing references), WXML/WXSS minification.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';

/** WeChat counts 1 MB as 1024 × 1024 bytes. */
export const PACKAGE_BUDGET_BYTES = 1024 * 1024;

const SHIPPED_EXTENSIONS = new Set([
  '.js',
  '.json',
  '.wxml',
  '.wxss',
  '.wxs',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.svg',
  '.webp',
  '.bmp',
  '.ico',
  '.mp3',
  '.aac',
  '.m4a',
  '.wav',
  '.ogg',
  '.silk',
  '.mp4',
  '.wasm',
  '.ttf',
  '.woff',
  '.woff2',
]);

export interface PackageFigure {
  /** "main" or the subpackage's name (its root when unnamed). */
  name: string;
  /** Folder inside miniprogram/ ("" for the main package). */
  root: string;
  bytes: number;
  files: number;
  /** Bytes by kind: js (compiled .ts included), wxml, wxss, json, npm, other. */
  byKind: Record<string, number>;
}

export interface PackageSizes {
  packages: PackageFigure[];
  budgetBytes: number;
  totalBytes: number;
  /** Packages above the budget. */
  over: PackageFigure[];
}

export interface MeasureOptions {
  /** Holds project.config.json and node_modules/tdesign-miniprogram. */
  projectRoot: string;
  /** Default: <projectRoot>/miniprogram. */
  miniprogramDir?: string;
  budgetBytes?: number;
}

interface IgnoreRule {
  type: string;
  value: string;
}

function readJson(file: string): Record<string, unknown> | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function ignoreRules(projectRoot: string): IgnoreRule[] {
  const config = readJson(path.join(projectRoot, 'project.config.json'));
  const pack = (config?.packOptions ?? {}) as { ignore?: IgnoreRule[] };
  return (pack.ignore ?? []).filter((r) => typeof r?.type === 'string' && typeof r?.value === 'string');
}

/** `**` any path, `*` any name part, `?` one character (DevTools' glob ignore rules). */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** DevTools reads ignore paths relative to the project; ours also accept them relative to miniprogram/. */
function ignored(rules: IgnoreRule[], fromProject: string, fromMiniprogram: string): boolean {
  const base = path.posix.basename(fromMiniprogram);
  return rules.some(({ type, value }) => {
    const v = value.replace(/^\.\//, '').replace(/\/$/, '');
    const paths = [fromProject, fromMiniprogram];
    switch (type) {
      case 'suffix':
        return base.endsWith(value);
      case 'prefix':
        return base.startsWith(value);
      case 'file':
        return paths.includes(v);
      case 'folder':
        return paths.some((p) => p.startsWith(`${v}/`));
      case 'glob':
        return paths.some((p) => globToRegExp(v).test(p));
      case 'regexp':
        return paths.some((p) => new RegExp(value).test(p));
      default:
        return false;
    }
  });
}

function isTest(relative: string): boolean {
  return /\.(test|spec)\.[jt]s$/.test(relative) || relative.split('/').includes('__tests__');
}

/** Files under `dir`; `skipNpm` leaves out miniprogram_npm (recomputed, see header) and node_modules (never ships). */
function walk(dir: string, skipNpm: boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (skipNpm && (entry.name === 'miniprogram_npm' || entry.name === 'node_modules')) continue;
      walk(full, skipNpm, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
  return out;
}

/** Bytes of the .js DevTools would make of a .ts file (unminified). */
export function compiledSize(file: string): number {
  const { code } = transformSync(fs.readFileSync(file, 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    // The mini-program base library runs ES2017+; a lower target would inflate the estimate with helpers.
    target: 'es2017',
    sourcefile: file,
  });
  return Buffer.byteLength(code);
}

interface SubpackageRoot {
  name: string;
  root: string;
}

function subpackageRoots(miniprogramDir: string): SubpackageRoot[] {
  const app = readJson(path.join(miniprogramDir, 'app.json')) ?? {};
  const list = (app.subPackages ?? app.subpackages ?? []) as { root?: string; name?: string }[];
  return list
    .filter((s) => typeof s.root === 'string')
    .map((s) => {
      const root = (s.root as string).replace(/^\.?\//, '').replace(/\/$/, '');
      return { name: s.name ?? root, root };
    });
}

/** The TDesign files the pages reach, built into a temporary folder; [{ path relative to it, bytes }]. */
function npmClosure(projectRoot: string, miniprogramDir: string): { relative: string; bytes: number }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const npmBuild = require('../scripts/miniprogram/npm-build.cjs') as {
    buildMiniprogramNpm(o: { projectRoot: string; miniprogramDir: string; outDir: string }): unknown;
  };
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'package-size-npm-'));
  try {
    npmBuild.buildMiniprogramNpm({ projectRoot, miniprogramDir, outDir });
    // The closure nests the package's own miniprogram_npm (tslib): it ships, so it is walked.
    return walk(outDir, false)
      .filter((f) => !f.endsWith('.d.ts'))
      .map((f) => ({ relative: path.relative(outDir, f), bytes: fs.statSync(f).size }));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

export function measurePackages(options: MeasureOptions): PackageSizes {
  const projectRoot = path.resolve(options.projectRoot);
  const miniprogramDir = path.resolve(options.miniprogramDir ?? path.join(projectRoot, 'miniprogram'));
  const budgetBytes = options.budgetBytes ?? PACKAGE_BUDGET_BYTES;
  const rules = ignoreRules(projectRoot);
  const subs = subpackageRoots(miniprogramDir);
  const main: PackageFigure = { name: 'main', root: '', bytes: 0, files: 0, byKind: {} };
  const packages = [main, ...subs.map((s): PackageFigure => ({ ...s, bytes: 0, files: 0, byKind: {} }))];
  const packageOf = (relative: string): PackageFigure =>
    packages.find((p) => p.root !== '' && relative.startsWith(`${p.root}/`)) ?? main;
  const add = (pkg: PackageFigure, kind: string, bytes: number): void => {
    pkg.bytes += bytes;
    pkg.files += 1;
    pkg.byKind[kind] = (pkg.byKind[kind] ?? 0) + bytes;
  };

  for (const file of walk(miniprogramDir, true)) {
    const relative = path.relative(miniprogramDir, file).split(path.sep).join('/');
    const fromProject = path.relative(projectRoot, file).split(path.sep).join('/');
    if (isTest(relative) || ignored(rules, fromProject, relative)) continue;
    if (file.endsWith('.d.ts')) continue;
    const ext = path.extname(file).toLowerCase();
    if (ext === '.ts') {
      add(packageOf(relative), 'js', compiledSize(file));
      continue;
    }
    if (!SHIPPED_EXTENSIONS.has(ext)) continue;
    const kind = ['.js', '.wxml', '.wxss', '.json'].includes(ext) ? ext.slice(1) : 'other';
    add(packageOf(relative), kind, fs.statSync(file).size);
  }
  for (const file of npmClosure(projectRoot, miniprogramDir)) add(main, 'npm', file.bytes);

  const totalBytes = packages.reduce((sum, p) => sum + p.bytes, 0);
  return { packages, budgetBytes, totalBytes, over: packages.filter((p) => p.bytes > budgetBytes) };
}
