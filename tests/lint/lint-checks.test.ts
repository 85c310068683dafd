/**
 * The lint checks catch what they exist to catch: a broken template fails the WXML/WXSS check with the file and
 * the compiler's message, and a forbidden import fails dependency-cruiser with the rule's name.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempTree(parent: string, files: Record<string, string>): string {
  fs.mkdirSync(parent, { recursive: true });
  const dir = fs.mkdtempSync(path.join(parent, 'lint-probe-'));
  temps.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

function checkWxml(dir: string) {
  const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-wxml.mjs'), dir], { encoding: 'utf8' });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}

const goodPage = {
  'app.json': JSON.stringify({
    pages: ['pages/a/index'],
    usingComponents: { 't-button': 'tdesign-miniprogram/button/button' },
  }),
  'app.wxss': '.page { font-size: 32rpx; }\n',
  'pages/a/index.json': JSON.stringify({ usingComponents: {} }),
  'pages/a/index.wxml':
    '<view class="page" aria-label="示例"><text wx:if="{{ok}}">{{title}}</text><t-button bind:tap="go">去</t-button></view>\n',
  'pages/a/index.wxss': '.page { color: #333; }\n',
};

describe('WXML/WXSS check (wcc/wcsc)', () => {
  test('passes a good page', () => {
    const { status, output } = checkWxml(tempTree(os.tmpdir(), goodPage));
    expect(output).toContain('1 wxml');
    expect(status).toBe(0);
  });

  test('fails an unclosed tag, naming the file and the compiler message', () => {
    const dir = tempTree(os.tmpdir(), {
      ...goodPage,
      'pages/a/index.wxml': '<view class="page">\n  <text>hi</text>\n',
    });
    const { status, output } = checkWxml(dir);
    expect(status).toBe(1);
    expect(output).toMatch(/pages\/a\/index\.wxml: .*pages\/a\/index\.wxml:\d+:\d+/);
  });

  test('fails broken WXSS, naming the file', () => {
    const dir = tempTree(os.tmpdir(), { ...goodPage, 'pages/a/index.wxss': '.page { color: red;\n .x { \n' });
    const { status, output } = checkWxml(dir);
    expect(status).toBe(1);
    expect(output).toContain('pages/a/index.wxss');
  });

  test('fails invalid JSON', () => {
    const dir = tempTree(os.tmpdir(), { ...goodPage, 'pages/a/index.json': '{ "usingComponents": ' });
    const { status, output } = checkWxml(dir);
    expect(status).toBe(1);
    expect(output).toContain('pages/a/index.json: invalid JSON');
  });
});

describe('dependency rules (dependency-cruiser)', () => {
  // Inside the project (.build is git-ignored) so that package imports resolve from node_modules.
  function cruise(files: Record<string, string>) {
    const dir = tempTree(path.join(ROOT, '.build'), files);
    const res = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        path.join(ROOT, '.dependency-cruiser.cjs'),
        '--output-type',
        'err',
        ...Object.keys(files).map((f) => f.split('/')[0] as string),
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    return { status: res.status, output: `${res.stdout}${res.stderr}` };
  }

  const domain = { 'core/domain/roles.ts': 'export const ROLES = [1];\nexport type Role = number;\n' };

  test('allows type-only imports of core/ from the mini-program', () => {
    const { status, output } = cruise({
      ...domain,
      'miniprogram/a.ts': "import type { Role } from '../core/domain/roles';\nexport const r: Role = 1;\n",
    });
    expect(output).toContain('no dependency violations');
    expect(status).toBe(0);
  });

  test.each([
    [
      'miniprogram-imports-core-types-only',
      { 'miniprogram/a.ts': "import { ROLES } from '../core/domain/roles';\nexport const r = ROLES;\n" },
    ],
    ['domain-is-pure', { 'core/domain/clock.ts': "import os from 'node:os';\nexport const h = os.hostname;\n" }],
    [
      'wx-server-sdk-only-in-adapters',
      { 'core/app/x.ts': "import * as cloud from 'wx-server-sdk';\nexport const c = cloud;\n" },
    ],
    [
      'local-cloud-is-a-cloudbase',
      { 'local-cloud/x.ts': "import { ROLES } from '../core/domain/roles';\nexport const r = ROLES;\n" },
    ],
    [
      'no-circular',
      {
        'core/domain/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
        'core/domain/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
      },
    ],
  ])('reports %s', (rule, files) => {
    const { status, output } = cruise({ ...domain, ...files });
    expect(output).toContain(`error ${rule}:`);
    expect(status).not.toBe(0);
  });
});
