// scripts/deploy-database.mjs: its dry run (no credentials, no network) plans every declared collection with every
// index exactly as database/collections/*.json declares it, skips the contract-test collections, and a real run
// without an API key stops before contacting anyone. The management SDK it drives offers the calls it makes.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readDeclarations } from '../../database/declarations';

const root = path.resolve(__dirname, '..', '..');

function run(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['scripts/deploy-database.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TENCENTCLOUD_SECRETID: '', TENCENTCLOUD_SECRETKEY: '', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface PlannedIndex {
  IndexName: string;
  MgoKeySchema: { MgoIndexKeys: { Name: string; Direction: string }[]; MgoIsUnique: boolean };
}

test('the dry run plans every declared collection, index and rule', () => {
  const { status, stdout } = run(['--env', 'prod-123', '--dry-run', '--json']);
  expect(status).toBe(0);
  const plan = JSON.parse(stdout) as {
    env: string;
    collections: { name: string; indexes: PlannedIndex[]; securityRule: string }[];
    skipped: string[];
  };
  expect(plan.env).toBe('prod-123');
  const declared = readDeclarations(path.join(root, 'database'));
  const product = declared.filter((d) => !d.name.startsWith('contract'));
  expect(plan.skipped.sort()).toEqual(declared.filter((d) => d.name.startsWith('contract')).map((d) => d.name));
  expect(plan.collections.map((c) => c.name)).toEqual(product.map((d) => d.name));
  for (const decl of product) {
    const planned = plan.collections.find((c) => c.name === decl.name)!;
    expect(JSON.parse(planned.securityRule)).toEqual(decl.rules);
    expect(planned.indexes).toEqual(
      decl.indexes.map((ix) => ({
        IndexName: ix.name,
        MgoKeySchema: {
          MgoIndexKeys: ix.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })),
          MgoIsUnique: ix.unique === true,
        },
      })),
    );
  }
  expect(plan.collections.some((c) => c.name === 'items' && c.indexes.length > 0)).toBe(true);
});

test('the readable dry run lists collections and indexes', () => {
  const { status, stdout } = run(['--env', 'prod-123', '--dry-run']);
  expect(status).toBe(0);
  expect(stdout).toMatch(/collection items: create if missing/);
  expect(stdout).toMatch(/unique: create if missing/);
  expect(stdout).toMatch(/skipped \(test-only\): contractItems/);
});

test('a real run without an API key stops and says what to set', () => {
  const { status, stderr } = run(['--env', 'prod-123']);
  expect(status).toBe(1);
  expect(stderr).toMatch(/TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY/);
  expect(run(['--dry-run']).status).toBe(1);
});

test('@cloudbase/manager-node offers the calls the script makes', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const CloudBase = require('@cloudbase/manager-node') as new (config: object) => {
    database: Record<string, unknown>;
    permission: Record<string, unknown>;
  };
  const manager = new CloudBase({ secretId: 'x', secretKey: 'y', envId: 'prod-123' });
  for (const method of ['createCollectionIfNotExists', 'describeCollection', 'updateCollection']) {
    expect(typeof manager.database[method]).toBe('function');
  }
  expect(typeof manager.permission.modifyResourcePermission).toBe('function');
});
