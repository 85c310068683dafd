// Makes sure the bundles a test needs exist, by running the project's own build script (the same one `npm run
// build` runs), so a test never drives a stale hand-made artefact and never fails only because nobody built yet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function ensureBuilt(options: { only: string[]; sourceDir?: string; outDir?: string; always?: boolean }): void {
  const sourceDir = path.resolve(ROOT, options.sourceDir ?? 'cloudfunctions');
  const outDir = path.resolve(ROOT, options.outDir ?? sourceDir);
  const missing = options.only.filter((name) => !fs.existsSync(path.join(outDir, name, 'index.js')));
  if (!options.always && missing.length === 0) return;
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts', 'build-functions.mjs'),
      '--only',
      options.only.join(','),
      '--source',
      sourceDir,
      '--out',
      outDir,
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
}
