// The package-size budget counts what the mini-program would ship: compiled .ts (not the source), no tests, no
// declarations, no docs, nothing packOptions ignores, the reachable TDesign files in the main package, and each
// subpackage's files in that subpackage. A size calculation, not a timing: it belongs in the test suite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compiledSize, measurePackages } from '../../bench/package-size';

const repoRoot = path.resolve(__dirname, '../..');
let project: string;

function write(relative: string, content: string): void {
  const file = path.join(project, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

const size = (relative: string): number => fs.statSync(path.join(project, relative)).size;

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'package-size-test-'));
  // The npm closure is computed from the real TDesign package, reached through a linked node_modules.
  fs.mkdirSync(path.join(project, 'node_modules'));
  fs.symlinkSync(
    path.join(repoRoot, 'node_modules', 'tdesign-miniprogram'),
    path.join(project, 'node_modules', 'tdesign-miniprogram'),
    'dir',
  );
  write(
    'project.config.json',
    JSON.stringify({
      packOptions: {
        ignore: [
          { type: 'file', value: 'miniprogram/tsconfig.json' },
          { type: 'glob', value: 'miniprogram/dev/**/*.js' },
        ],
      },
    }),
  );
  write(
    'miniprogram/app.json',
    JSON.stringify({ pages: ['pages/a/index'], subPackages: [{ root: 'packages/staff', name: 'staff', pages: [] }] }),
  );
  write('miniprogram/tsconfig.json', '{ "compilerOptions": {} }');
  write(
    'miniprogram/pages/a/index.ts',
    'interface Big { alpha: string; beta: number; gamma: boolean }\nconst x: Big = { alpha: "1", beta: 2, gamma: true };\nPage({ data: x });\n',
  );
  write('miniprogram/pages/a/index.wxml', '<view>a</view>');
  write('miniprogram/pages/a/index.json', JSON.stringify({ usingComponents: {} }));
  write('miniprogram/pages/a/index.test.ts', 'x'.repeat(5000));
  write('miniprogram/pages/a/__tests__/helper.js', 'x'.repeat(5000));
  write('miniprogram/typings/wx.d.ts', 'x'.repeat(5000));
  write('miniprogram/README.md', 'x'.repeat(5000));
  write('miniprogram/dev/tools/fake-data.js', 'x'.repeat(5000));
  write('miniprogram/packages/staff/pages/b/index.wxss', '.b { color: red; }');
  write(
    'miniprogram/packages/staff/pages/b/index.json',
    JSON.stringify({ usingComponents: { 't-tag': 'tdesign-miniprogram/tag/tag' } }),
  );
  // A stale full copy on disk must not be counted: the closure is recomputed.
  write('miniprogram/miniprogram_npm/tdesign-miniprogram/huge.js', 'x'.repeat(50_000));
});

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('measurePackages', () => {
  it('counts a .ts file as the JavaScript it compiles to', () => {
    const compiled = compiledSize(path.join(project, 'miniprogram/pages/a/index.ts'));
    expect(compiled).toBeGreaterThan(0);
    expect(compiled).toBeLessThan(size('miniprogram/pages/a/index.ts')); // the interface is erased
    const main = measurePackages({ projectRoot: project }).packages[0];
    expect(main?.byKind.js).toBe(compiled);
  });

  it('leaves out tests, declarations, docs and packOptions-ignored files', () => {
    const main = measurePackages({ projectRoot: project }).packages.find((p) => p.name === 'main');
    const own =
      size('miniprogram/app.json') + size('miniprogram/pages/a/index.wxml') + size('miniprogram/pages/a/index.json');
    expect(main?.byKind.json).toBe(size('miniprogram/app.json') + size('miniprogram/pages/a/index.json'));
    expect((main?.bytes ?? 0) - (main?.byKind.npm ?? 0) - (main?.byKind.js ?? 0)).toBe(own);
  });

  it('puts the TDesign closure a subpackage uses in the main package, not the stale copy on disk', () => {
    const sizes = measurePackages({ projectRoot: project });
    const main = sizes.packages.find((p) => p.name === 'main');
    const staff = sizes.packages.find((p) => p.name === 'staff');
    expect(main?.byKind.npm).toBeGreaterThan(1000);
    expect(main?.byKind.npm).toBeLessThan(200_000); // the tag component and what it reaches, not the package
    expect(staff?.byKind.npm).toBeUndefined();
    expect(staff?.bytes).toBe(
      size('miniprogram/packages/staff/pages/b/index.wxss') + size('miniprogram/packages/staff/pages/b/index.json'),
    );
  });

  it('reports the packages above the budget', () => {
    const sizes = measurePackages({ projectRoot: project, budgetBytes: 100 });
    expect(sizes.over.map((p) => p.name)).toEqual(['main']);
    expect(sizes.totalBytes).toBe(sizes.packages.reduce((s, p) => s + p.bytes, 0));
  });
});
