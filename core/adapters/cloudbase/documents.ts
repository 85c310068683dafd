/**
 * Converting between our plain documents and what the SDK stores: `undefined` fields are dropped (EJSON would
 * refuse or store them as null inconsistently) and the `_id` travels outside the data, as CloudBase wants.
 */
export function toStored(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined) continue;
    out[key] = stripUndefined(value);
  }
  return out;
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return toStored(value as Record<string, unknown>);
  }
  return value;
}

/** Documents come back with `_id` and, for client writes only, `_openid`; we keep both as they are. */
export function fromStored<T>(doc: Record<string, unknown>): T {
  return doc as T;
}
