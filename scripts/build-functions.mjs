// Builds every cloud function: `<sourceDir>/<fn>/src/index.ts` (with the core/ code it imports) becomes one
// CommonJS bundle `<outDir>/<fn>/index.js` for Node as CloudBase runs it. `wx-server-sdk` and the function's own
// package.json dependencies stay external: the platform installs them from that package.json.
// Usage: node scripts/build-functions.mjs [--watch] [--only a,b] [--source dir] [--out dir] [--if-missing]
// Exits non-zero on any error. When --out differs from --source, config.json and package.json are copied along.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Node 16 is the oldest runtime CloudBase offers for wx-server-sdk functions; stay compatible with it. */
const TARGET = 'node16';

function functionNames(sourceDir, only) {
  if (!fs.existsSync(sourceDir)) return [];
  return fs
    .readdirSync(sourceDir)
    .filter((name) => fs.existsSync(path.join(sourceDir, name, 'src', 'index.ts')))
    .filter((name) => !only || only.includes(name))
    .sort();
}

function externals(fnDir) {
  const external = new Set(['wx-server-sdk']);
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(fnDir, 'package.json'), 'utf8'));
    for (const dep of Object.keys(pkg.dependencies ?? {})) external.add(dep);
  } catch {
    // no package.json: only wx-server-sdk is provided
  }
  return [...external];
}

function copyManifests(name, sourceDir, outDir) {
  if (path.resolve(sourceDir) === path.resolve(outDir)) return;
  for (const file of ['config.json', 'package.json']) {
    const from = path.join(sourceDir, name, file);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(outDir, name, file));
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Builds the functions; resolves with `[{ name, outfile, bytes }]` or rejects with the esbuild errors.
 * @param {{ sourceDir?: string, outDir?: string, only?: string[], ifMissing?: boolean, watch?: boolean,
 *           log?: (line: string) => void }} [options]
 */
export async function buildFunctions(options = {}) {
  const sourceDir = path.resolve(ROOT, options.sourceDir ?? 'cloudfunctions');
  const outDir = path.resolve(ROOT, options.outDir ?? options.sourceDir ?? 'cloudfunctions');
  const log = options.log ?? ((line) => process.stdout.write(`${line}\n`));
  let names = functionNames(sourceDir, options.only);
  if (options.ifMissing) names = names.filter((name) => !fs.existsSync(path.join(outDir, name, 'index.js')));
  if (names.length === 0) return [];

  // One context per function (each has its own externals), all built in parallel.
  const contexts = await Promise.all(
    names.map((name) => {
      fs.mkdirSync(path.join(outDir, name), { recursive: true });
      return esbuild.context({
        entryPoints: [path.join(sourceDir, name, 'src', 'index.ts')],
        outfile: path.join(outDir, name, 'index.js'),
        bundle: true,
        platform: 'node',
        target: TARGET,
        format: 'cjs',
        external: externals(path.join(sourceDir, name)),
        sourcemap: false,
        legalComments: 'none',
        // Whitespace and syntax only: identifiers stay, so stack traces in the cloud console stay readable.
        minifyWhitespace: true,
        minifySyntax: true,
        // Chinese messages as UTF-8, not \uXXXX escapes: a third smaller (three bytes a character instead of six)
        // and readable in the cloud console's code view.
        charset: 'utf8',
        metafile: true,
        logLevel: 'silent',
        plugins: [
          {
            name: 'report',
            setup(build) {
              build.onEnd((result) => {
                if (!options.watch) return;
                if (result.errors.length) log(`✗ ${name}: ${result.errors.map((e) => e.text).join('; ')}`);
                else {
                  copyManifests(name, sourceDir, outDir);
                  log(`↻ ${name} rebuilt`);
                }
              });
            },
          },
        ],
      });
    }),
  );

  if (options.watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    log(`watching ${names.length} function(s): ${names.join(', ')}`);
    return names.map((name) => ({ name, outfile: path.join(outDir, name, 'index.js'), bytes: 0 }));
  }

  try {
    const results = await Promise.allSettled(contexts.map((ctx) => ctx.rebuild()));
    const failures = [];
    const built = [];
    results.forEach((result, i) => {
      const name = names[i];
      if (result.status === 'rejected') {
        const errors = result.reason?.errors ?? [{ text: String(result.reason) }];
        failures.push(
          ...errors.map((e) => `${name}: ${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`),
        );
        return;
      }
      copyManifests(name, sourceDir, outDir);
      const outfile = path.join(outDir, name, 'index.js');
      built.push({ name, outfile, bytes: fs.statSync(outfile).size });
    });
    if (failures.length) throw new Error(`build failed:\n  ${failures.join('\n  ')}`);
    return built;
  } finally {
    await Promise.all(contexts.map((ctx) => ctx.dispose()));
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--watch') options.watch = true;
    else if (arg === '--if-missing') options.ifMissing = true;
    else if (arg === '--only') options.only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (arg === '--source') options.sourceDir = argv[++i];
    else if (arg === '--out') options.outDir = argv[++i];
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const options = parseArgs(process.argv.slice(2));
    const built = await buildFunctions(options);
    if (!options.watch) {
      for (const { name, bytes } of built) console.log(`  ${name.padEnd(16)} ${kb(bytes).padStart(10)}`);
      console.log(`built ${built.length} function(s) in ${Date.now() - started} ms`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
