// Reads the collection declarations under `database/collections/*.json`: one file per collection with its
// description, indexes and security rules. The same files create collections and indexes in CloudBase (deploy
// script) and in local-cloud, so this loader validates them strictly: a typo must fail loudly, not silently drop
// an index. Depends on Node's fs only (local-cloud may import it; it must not import core/).
import fs from 'node:fs';
import path from 'node:path';

export interface IndexKeyDeclaration {
  field: string;
  direction: 1 | -1;
}

export interface IndexDeclaration {
  name: string;
  unique?: boolean;
  keys: IndexKeyDeclaration[];
}

export interface CollectionDeclaration {
  name: string;
  description: string;
  indexes: IndexDeclaration[];
  /** CloudBase security rules JSON (`read`, `write` or `create`/`update`/`delete`); functions bypass them. */
  rules: Record<string, unknown>;
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const FIELD = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
/** CloudBase's documented ceiling is 100 indexes, but the WeChat quota page says 20: plan for 20. */
const MAX_INDEXES = 20;

export class DeclarationError extends Error {}

/** Validates one parsed declaration; `source` names the file in messages. */
export function validateDeclaration(raw: unknown, source: string): CollectionDeclaration {
  const fail = (why: string): never => {
    throw new DeclarationError(`${source}: ${why}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('must be a JSON object');
  const obj = raw as Record<string, unknown>;
  const allowed = new Set(['name', 'description', 'indexes', 'rules', '$schema']);
  for (const key of Object.keys(obj)) if (!allowed.has(key)) fail(`unknown property "${key}"`);
  if (typeof obj.name !== 'string' || !NAME.test(obj.name)) fail('"name" must be a collection name');
  if (typeof obj.description !== 'string') fail('"description" must be a string');
  if (!Array.isArray(obj.indexes)) fail('"indexes" must be an array');
  const indexes = obj.indexes as unknown[];
  if (indexes.length > MAX_INDEXES) fail(`at most ${MAX_INDEXES} indexes per collection`);
  const names = new Set<string>();
  const shapes = new Set<string>();
  const parsed = indexes.map((index, i): IndexDeclaration => {
    const where = `indexes[${i}]`;
    if (!index || typeof index !== 'object') fail(`${where} must be an object`);
    const ix = index as Record<string, unknown>;
    for (const key of Object.keys(ix))
      if (!['name', 'unique', 'keys'].includes(key)) fail(`${where}: unknown property "${key}"`);
    if (typeof ix.name !== 'string' || !NAME.test(ix.name)) fail(`${where}.name must be an index name`);
    if (names.has(ix.name as string)) fail(`${where}: duplicate index name "${String(ix.name)}"`);
    names.add(ix.name as string);
    if (ix.name === '_id_') fail(`${where}: "_id_" is the implicit _id index`);
    if (ix.unique !== undefined && typeof ix.unique !== 'boolean') fail(`${where}.unique must be a boolean`);
    if (!Array.isArray(ix.keys) || ix.keys.length === 0) fail(`${where}.keys must be a non-empty array`);
    const keys = (ix.keys as unknown[]).map((k, j): IndexKeyDeclaration => {
      const kw = `${where}.keys[${j}]`;
      if (!k || typeof k !== 'object') fail(`${kw} must be an object`);
      const key = k as Record<string, unknown>;
      for (const p of Object.keys(key)) if (!['field', 'direction'].includes(p)) fail(`${kw}: unknown property "${p}"`);
      if (typeof key.field !== 'string' || !FIELD.test(key.field)) fail(`${kw}.field must be a field path`);
      if (key.direction !== 1 && key.direction !== -1) fail(`${kw}.direction must be 1 or -1`);
      return { field: key.field as string, direction: key.direction as 1 | -1 };
    });
    const fields = keys.map((k) => k.field);
    if (new Set(fields).size !== fields.length) fail(`${where}: a field appears twice`);
    if (keys.length > 31) fail(`${where}: at most 31 fields per index`);
    const shape = JSON.stringify(keys);
    if (shapes.has(shape)) fail(`${where}: same keys as another index`);
    shapes.add(shape);
    return { name: ix.name as string, ...(ix.unique ? { unique: true } : {}), keys };
  });
  if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) fail('"rules" must be an object');
  const rules = obj.rules as Record<string, unknown>;
  const ruleKeys = Object.keys(rules);
  const known = ['read', 'write', 'create', 'update', 'delete'];
  for (const key of ruleKeys) if (!known.includes(key)) fail(`rules: unknown operation "${key}"`);
  if (!('read' in rules)) fail('rules.read is required');
  if (!('write' in rules) && !['create', 'update', 'delete'].every((k) => k in rules)) {
    fail('rules need "write" or all of "create", "update", "delete"');
  }
  for (const key of ruleKeys) {
    const v = rules[key];
    if (typeof v !== 'boolean' && typeof v !== 'string') fail(`rules.${key} must be a boolean or an expression string`);
    if (typeof v === 'string' && v.length > 1024) fail(`rules.${key} is longer than 1024 characters`);
  }
  return { name: obj.name as string, description: obj.description as string, indexes: parsed, rules };
}

/** Reads and validates every `<dir>/collections/*.json`; the file name must equal the collection name. */
export function readDeclarations(dir: string): CollectionDeclaration[] {
  const folder = path.join(dir, 'collections');
  if (!fs.existsSync(folder)) return [];
  const files = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const source = path.join(folder, file);
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(source, 'utf8'));
    } catch (error) {
      throw new DeclarationError(`${source}: not valid JSON (${String(error)})`);
    }
    const decl = validateDeclaration(raw, source);
    if (`${decl.name}.json` !== file) throw new DeclarationError(`${source}: "name" must match the file name`);
    return decl;
  });
}
