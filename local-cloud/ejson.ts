// Extended JSON as the CloudBase wire uses it. The SDKs send canonical EJSON strings ($numberInt, $date
// {$numberLong}, $regularExpression, ...) plus CloudBase's own `{"$tcb_server_date":{"offset":n}}`, which means "now
// on this environment's clock, plus n ms". Decoding gives plain JS values (numbers, Date, RegExp) so mingo can
// evaluate them; encoding gives canonical EJSON that the SDK's `EJSON.parse` turns back into the same values.
// Guarantees: decode(encode(v)) deep-equals v for JSON values, Dates, RegExps and finite/non-finite numbers.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface DecodeContext {
  /** Milliseconds since epoch that `$tcb_server_date` resolves to (before its offset). */
  now: number;
}

/** Decodes one EJSON value (already JSON-parsed) into plain JS values. */
export function decode(value: unknown, ctx: DecodeContext): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => decode(item, ctx));
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length === 1 || keys.length === 2) {
    const special = decodeSpecial(obj, keys, ctx);
    if (special !== NOT_SPECIAL) return special;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = decode(obj[key], ctx);
  return out;
}

const NOT_SPECIAL = Symbol('not special');

function decodeSpecial(obj: Record<string, unknown>, keys: string[], ctx: DecodeContext): unknown {
  const key = keys[0];
  const v = obj[key as string];
  if (keys.length === 2) {
    // Legacy regex form {$regex, $options} is also a query operator; it stays as is for mingo.
    return NOT_SPECIAL;
  }
  switch (key) {
    case '$numberInt':
    case '$numberLong':
      return typeof v === 'string' ? Number(v) : NOT_SPECIAL;
    case '$numberDouble':
      return typeof v === 'string' ? Number(v) : NOT_SPECIAL;
    case '$numberDecimal':
      return typeof v === 'string' ? Number(v) : NOT_SPECIAL;
    case '$date': {
      if (typeof v === 'string') return new Date(v);
      if (typeof v === 'number') return new Date(v);
      if (v && typeof v === 'object' && typeof (v as { $numberLong?: unknown }).$numberLong === 'string') {
        return new Date(Number((v as { $numberLong: string }).$numberLong));
      }
      return NOT_SPECIAL;
    }
    case '$regularExpression': {
      const r = v as { pattern?: unknown; options?: unknown };
      if (r && typeof r.pattern === 'string') return new RegExp(r.pattern, jsRegexFlags(String(r.options ?? '')));
      return NOT_SPECIAL;
    }
    case '$oid':
      return typeof v === 'string' ? v : NOT_SPECIAL;
    case '$tcb_server_date': {
      // The offset itself arrives as canonical EJSON ({"$numberInt": "60000"}).
      const offset = Number(decode((v as { offset?: unknown } | null)?.offset ?? 0, ctx)) || 0;
      return new Date(ctx.now + offset);
    }
    default:
      return NOT_SPECIAL;
  }
}

/** BSON regex options include some JS lacks (x, l); keep the ones JS understands. */
function jsRegexFlags(options: string): string {
  return [...new Set(options.split(''))].filter((f) => 'imsu'.includes(f)).join('');
}

/** Encodes a JS value as canonical EJSON (the SDK parses it back to the same value). */
export function encode(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647 && !Object.is(value, -0)) {
      return { $numberInt: String(value) };
    }
    if (Number.isNaN(value)) return { $numberDouble: 'NaN' };
    if (value === Infinity) return { $numberDouble: 'Infinity' };
    if (value === -Infinity) return { $numberDouble: '-Infinity' };
    return { $numberDouble: Object.is(value, -0) ? '-0.0' : String(value) };
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return { $date: { $numberLong: String(value.getTime()) } };
  if (value instanceof RegExp) return { $regularExpression: { pattern: value.source, options: value.flags } };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v !== undefined) out[k] = encode(v);
    }
    return out;
  }
  return null;
}

export function parseEjson(text: string, ctx: DecodeContext): unknown {
  return decode(JSON.parse(text), ctx);
}

export function stringifyEjson(value: unknown): string {
  return JSON.stringify(encode(value));
}
