// The two protobuf messages of wx-server-sdk's open-API wire (definitions in its bundled openapi.js): the request
// `CommApiData { 1 apiType; 2 OpenApiData { 1 repeated KeyValuePair { 1 key; 2 value bytes } }; 6 appid }` and
// the answer `CommOpenApiResp { 1 respData bytes; 2 contentType; 3 errorCode }`. Hand-written because only
// these few fields matter and the protobuf runtime is not one of our dependencies.

function readVarint(buf: Buffer, pos: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    if (byte === undefined) throw new Error('truncated varint');
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
    shift += 7;
  }
}

/** Fields of one message: number → raw values (varints as numbers, length-delimited as Buffers). */
function readFields(buf: Buffer): Map<number, (number | Buffer)[]> {
  const fields = new Map<number, (number | Buffer)[]>();
  let pos = 0;
  while (pos < buf.length) {
    let key: number;
    [key, pos] = readVarint(buf, pos);
    const field = Math.floor(key / 8);
    const wire = key & 7;
    let value: number | Buffer;
    if (wire === 0) [value, pos] = readVarint(buf, pos);
    else if (wire === 2) {
      let length: number;
      [length, pos] = readVarint(buf, pos);
      value = buf.subarray(pos, pos + length);
      pos += length;
    } else if (wire === 5) {
      value = buf.readUInt32LE(pos);
      pos += 4;
    } else if (wire === 1) {
      value = Number(buf.readBigUInt64LE(pos));
      pos += 8;
    } else throw new Error(`unsupported wire type ${wire}`);
    const list = fields.get(field) ?? [];
    list.push(value);
    fields.set(field, list);
  }
  return fields;
}

export interface OpenApiRequest {
  apiType: number;
  /** Each parameter as the SDK sent it: JSON text (snake_case keys), or bytes for media parameters. */
  params: Map<string, Buffer>;
  appid?: string;
}

export function decodeCommApiData(buf: Buffer): OpenApiRequest {
  const top = readFields(buf);
  const params = new Map<string, Buffer>();
  const openapiData = top.get(2)?.[0];
  if (Buffer.isBuffer(openapiData)) {
    for (const pair of readFields(openapiData).get(1) ?? []) {
      if (!Buffer.isBuffer(pair)) continue;
      const kv = readFields(pair);
      const key = kv.get(1)?.[0];
      const value = kv.get(2)?.[0];
      if (Buffer.isBuffer(key)) params.set(key.toString('utf8'), Buffer.isBuffer(value) ? value : Buffer.alloc(0));
    }
  }
  const appid = top.get(6)?.[0];
  return {
    apiType: Number(top.get(1)?.[0] ?? 0),
    params,
    ...(Buffer.isBuffer(appid) ? { appid: appid.toString('utf8') } : {}),
  };
}

function varint(value: number): Buffer {
  const bytes: number[] = [];
  let v = value >>> 0 === value ? value : value < 0 ? 2 ** 64 + value : value; // int32 negatives are 10-byte varints
  if (v > Number.MAX_SAFE_INTEGER) {
    let big = BigInt.asUintN(64, BigInt(value));
    while (big >= 0x80n) {
      bytes.push(Number((big & 0x7fn) | 0x80n));
      big >>= 7n;
    }
    bytes.push(Number(big));
    return Buffer.from(bytes);
  }
  while (v >= 0x80) {
    bytes.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  bytes.push(v);
  return Buffer.from(bytes);
}

function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([varint(field * 8 + 2), varint(value.length), value]);
}

export function encodeCommOpenApiResp(resp: { respData?: Buffer; contentType?: string; errorCode?: number }): Buffer {
  const parts: Buffer[] = [];
  if (resp.respData) parts.push(bytesField(1, resp.respData));
  if (resp.contentType) parts.push(bytesField(2, Buffer.from(resp.contentType, 'utf8')));
  if (resp.errorCode) parts.push(varint(3 * 8), varint(resp.errorCode));
  return Buffer.concat(parts);
}
