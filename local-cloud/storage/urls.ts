// The URLs local-cloud hands out for objects: where to PUT an upload (as COS's upload URL, path segments encoded)
// and the temporary download URL (as CloudBase's, key left raw: the SDK `encodeURI`s it before fetching). Both are
// served by this same local-cloud, under one path prefix, and carry an expiry and a signature.
export const OBJECT_ROUTE_PREFIX = '/tcb-storage/';

export function uploadUrl(base: string, env: string, key: string): string {
  return `${base}${OBJECT_ROUTE_PREFIX}${env}/${key.split('/').map(encodeURIComponent).join('/')}`;
}

export function downloadUrl(
  base: string,
  env: string,
  key: string,
  expiresAtSeconds: number,
  signature: string,
): string {
  return `${base}${OBJECT_ROUTE_PREFIX}${env}/${key}?sign=${signature}&t=${expiresAtSeconds}`;
}

export interface ObjectAddress {
  env: string;
  key: string;
}

/** Reads `/tcb-storage/<env>/<key>` (percent-encoded or not); null when the path is not an object address. */
export function parseObjectPath(pathname: string): ObjectAddress | null {
  if (!pathname.startsWith(OBJECT_ROUTE_PREFIX)) return null;
  const rest = pathname.slice(OBJECT_ROUTE_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  try {
    return { env: decodeURIComponent(rest.slice(0, slash)), key: decodeURIComponent(rest.slice(slash + 1)) };
  } catch {
    return null;
  }
}

/** COS's `Authorization` for an upload: the key-time window and a signature over it. */
export function uploadAuthorization(startSeconds: number, expiresAtSeconds: number, signature: string): string {
  return `q-sign-algorithm=sha256&q-ak=local-cloud&q-sign-time=${startSeconds};${expiresAtSeconds}&q-key-time=${startSeconds};${expiresAtSeconds}&q-signature=${signature}`;
}

export function parseUploadAuthorization(header: string): { expiresAtSeconds: number; signature: string } | null {
  const time = /q-key-time=(\d+);(\d+)/.exec(header);
  const signature = /q-signature=([0-9a-f]+)/.exec(header);
  if (!time || !signature) return null;
  return { expiresAtSeconds: Number(time[2]), signature: signature[1] ?? '' };
}
