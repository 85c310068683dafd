// CloudBase file ids and object keys. A file id names the environment, its bucket and the object key:
// `cloud://<env>.<bucket>/<cloudPath>`, with the bucket shaped like CloudBase's (`<hex of the env's first two
// characters>-<env>-<appid>`), so code that stores or parses file ids sees the same shape locally as in the cloud.
// Keys are checked here once: every other storage module receives only keys that cannot leave their folder.

/** The fixed fake appid that completes local bucket names. */
const LOCAL_APPID = '1250000000';

const ENV_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidEnvName(env: string): boolean {
  return ENV_NAME.test(env);
}

export function bucketOf(env: string): string {
  return `${Buffer.from(env.slice(0, 2), 'utf8').toString('hex')}-${env}-${LOCAL_APPID}`;
}

export function fileIdOf(env: string, key: string): string {
  return `cloud://${env}.${bucketOf(env)}/${key}`;
}

/**
 * Why a cloud path is refused, or null when it is a usable key. Stricter than COS on purpose (no leading slash,
 * no empty, `.` or `..` segments, no control characters or backslashes): code that passes here stores keys that
 * are also unambiguous in the cloud.
 */
export function keyProblem(key: string): string | null {
  if (typeof key !== 'string' || key.length === 0) return 'cloudPath must be a non-empty string';
  if (key.length > 850) return 'cloudPath is longer than 850 characters';
  if (key.startsWith('/')) return 'cloudPath must not start with "/"';
  // `?` and `#` would cut the raw temporary URL CloudBase hands out (the SDK only `encodeURI`s it).
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point of this check
  if (/[\u0000-\u001f\u007f\\?#]/.test(key)) return 'cloudPath must not contain control characters, "\\", "?" or "#"';
  for (const segment of key.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') return `cloudPath has an empty, "." or ".." segment`;
  }
  return null;
}

export interface ParsedFileId {
  env: string;
  key: string;
}

/** Parses a file id of a local bucket; null for anything else (foreign buckets, malformed ids, unsafe keys). */
export function parseFileId(fileId: string): ParsedFileId | null {
  const match = /^cloud:\/\/([^./]+)\.([^/]+)\/(.+)$/.exec(fileId);
  if (!match) return null;
  const [, env, bucket, key] = match as unknown as [string, string, string, string];
  if (!isValidEnvName(env) || bucket !== bucketOf(env) || keyProblem(key)) return null;
  return { env, key };
}
