// Creates the declared collections, their indexes and their security rules in a real CloudBase environment, from
// the same files local-cloud reads: database/collections/*.json, loaded and validated by database/declarations.ts.
// Uses the official management SDK, @cloudbase/manager-node (TencentCloud API with an API key of the account that
// owns the environment).
//
//   node scripts/deploy-database.mjs --env <env-id> --dry-run          the plan; no credentials, no network
//   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… node scripts/deploy-database.mjs --env <env-id>
//
// Idempotent and additive: a collection that exists is kept; an index whose name exists is kept (if its keys or
// uniqueness differ from the declaration, that is reported and left alone: drop it in the console, then run again);
// nothing is ever dropped. Security rules are set as custom rules (安全规则) from each file's "rules".
// Collections whose description starts with "Contract tests only" exist for local-cloud's tests and are skipped.
// Options: --json (with --dry-run: the plan as JSON), --no-rules (leave security rules as they are).
// (`node -r ./scripts/register-ts.cjs scripts/deploy-database.mjs ...` works too; the script registers it itself.)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
require('./register-ts.cjs');
const { readDeclarations } = require('../database/declarations.ts');

const TEST_ONLY = /^Contract tests only/;

function parseArgs(argv) {
  const options = { env: '', dryRun: false, json: false, rules: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--env') options.env = argv[(i += 1)] ?? '';
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--no-rules') options.rules = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

/** What the declarations ask for, in the management API's shapes. */
function planOf(declarations) {
  const collections = [];
  const skipped = [];
  for (const decl of declarations) {
    if (TEST_ONLY.test(decl.description)) {
      skipped.push(decl.name);
      continue;
    }
    collections.push({
      name: decl.name,
      indexes: decl.indexes.map((index) => ({
        IndexName: index.name,
        MgoKeySchema: {
          MgoIndexKeys: index.keys.map((key) => ({ Name: key.field, Direction: String(key.direction) })),
          MgoIsUnique: index.unique === true,
        },
      })),
      securityRule: JSON.stringify(decl.rules),
    });
  }
  return { collections, skipped };
}

function describeIndex(index) {
  const keys = index.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name} ${k.Direction === '1' ? 'asc' : 'desc'}`);
  return `${index.IndexName} (${keys.join(', ')})${index.MgoKeySchema.MgoIsUnique ? ' unique' : ''}`;
}

function printPlan(env, plan, options) {
  const out = (line) => process.stdout.write(`${line}\n`);
  out(`Plan for CloudBase environment ${env} (dry run: nothing is sent)`);
  for (const c of plan.collections) {
    out(`\ncollection ${c.name}: create if missing`);
    for (const index of c.indexes) out(`  index ${describeIndex(index)}: create if missing`);
    if (options.rules) out(`  security rule (CUSTOM): ${c.securityRule}`);
  }
  if (plan.skipped.length > 0) out(`\nskipped (test-only): ${plan.skipped.join(', ')}`);
  const indexes = plan.collections.reduce((n, c) => n + c.indexes.length, 0);
  out(`\n${plan.collections.length} collections, ${indexes} indexes`);
}

/** The existing index's keys, in the plan's shape, to compare with the declaration. */
function sameIndex(existing, wanted) {
  const keys = (existing.Keys ?? []).map((k) => `${k.Name}:${k.Direction}`).join(',');
  const want = wanted.MgoKeySchema.MgoIndexKeys.map((k) => `${k.Name}:${k.Direction}`).join(',');
  return keys === want && Boolean(existing.Unique) === wanted.MgoKeySchema.MgoIsUnique;
}

async function apply(env, plan, options) {
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) {
    throw new Error(
      'set TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (访问管理 → API 密钥 of the account owning the environment), ' +
        'or add --dry-run to see the plan',
    );
  }
  const { default: CloudBase } = await import('@cloudbase/manager-node');
  const manager = new CloudBase({
    secretId,
    secretKey,
    envId: env,
    ...(process.env.TENCENTCLOUD_SESSIONTOKEN ? { token: process.env.TENCENTCLOUD_SESSIONTOKEN } : {}),
  });
  const { database, permission } = manager;
  const problems = [];
  for (const c of plan.collections) {
    const created = await database.createCollectionIfNotExists(c.name);
    process.stdout.write(`collection ${c.name}: ${created.IsCreated ? 'created' : 'exists'}\n`);
    const existing = (await database.describeCollection(c.name)).Indexes ?? [];
    const missing = [];
    for (const index of c.indexes) {
      const found = existing.find((e) => e.Name === index.IndexName);
      if (!found) missing.push(index);
      else if (!sameIndex(found, index)) {
        problems.push(`${c.name}.${index.IndexName} exists with other keys; drop it in the console and run again`);
      }
    }
    if (missing.length > 0) {
      await database.updateCollection(c.name, { CreateIndexes: missing });
      for (const index of missing) process.stdout.write(`  index ${describeIndex(index)}: created\n`);
    }
    if (options.rules) {
      await permission.modifyResourcePermission({
        resourceType: 'collection',
        resource: c.name,
        permission: 'CUSTOM',
        securityRule: c.securityRule,
      });
      process.stdout.write('  security rule: set\n');
    }
  }
  for (const problem of problems) process.stderr.write(`warning: ${problem}\n`);
  return problems.length === 0;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(
      'usage: node scripts/deploy-database.mjs --env <env-id> [--dry-run [--json]] [--no-rules]\n' +
        'Without --dry-run it needs TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY.\n',
    );
    return true;
  }
  if (!options.env) throw new Error('--env <CloudBase environment id> is required');
  const plan = planOf(readDeclarations(path.join(ROOT, 'database')));
  if (options.dryRun) {
    if (options.json) process.stdout.write(`${JSON.stringify({ env: options.env, ...plan }, null, 2)}\n`);
    else printPlan(options.env, plan, options);
    return true;
  }
  return apply(options.env, plan, options);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    process.stderr.write(`deploy-database failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
