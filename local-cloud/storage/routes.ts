// The HTTP side of storage, played by local-cloud itself: the COS-like object route that receives the SDK's PUT
// of an upload and serves temporary download URLs (GET, HEAD), and the local-mode upload route the mini-program
// uses in place of `wx.cloud.uploadFile`. Failures answer COS's XML error body, which the SDK parses.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { newRequestId, readBody, sendJson } from '../server';
import { parseMultipart } from '../multipart';
import { fileIdOf, isValidEnvName, keyProblem } from './file-ids';
import { contentTypeOf } from './content-types';
import type { StorageDeps } from './actions';
import { parseObjectPath, parseUploadAuthorization } from './urls';

function sendCosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const requestId = newRequestId();
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${code}</Code>\n<Message>${escapeXml(message)}</Message>\n` +
    `<Resource>${escapeXml(resource)}</Resource>\n<RequestId>${requestId}</RequestId>\n<TraceId>${requestId}</TraceId>\n</Error>`;
  res.writeHead(status, {
    'content-type': 'application/xml',
    'content-length': Buffer.byteLength(xml),
    'x-cos-request-id': requestId,
  });
  res.end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function nowSeconds(deps: StorageDeps, env: string): number {
  return Math.floor(deps.now(env) / 1000);
}

/** PUT of an upload to the URL `storage.getUploadMetadata` returned, signed by its `authorization`. */
export async function handlePut(deps: StorageDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const address = parseObjectPath(url.pathname);
  if (!address || !isValidEnvName(address.env) || keyProblem(address.key)) {
    return sendCosError(res, 400, 'InvalidURI', 'not an object address', url.pathname);
  }
  const auth = parseUploadAuthorization(String(req.headers.authorization ?? ''));
  const { env, key } = address;
  if (!auth || !deps.signer.verify('upload', env, key, auth.expiresAtSeconds, auth.signature)) {
    await readBody(req);
    return sendCosError(
      res,
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match',
      url.pathname,
    );
  }
  if (nowSeconds(deps, env) > auth.expiresAtSeconds) {
    await readBody(req);
    return sendCosError(res, 403, 'AccessDenied', 'Request has expired', url.pathname);
  }
  await deps.store.put(env, key, await readBody(req));
  // COS answers an empty body on success; the SDK treats any XML `<Error>` as failure.
  res.writeHead(200, { 'content-length': 0, 'x-cos-request-id': newRequestId() });
  res.end();
}

/** GET or HEAD of a temporary download URL. */
export async function handleGet(deps: StorageDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const address = parseObjectPath(url.pathname);
  if (!address || !isValidEnvName(address.env) || keyProblem(address.key)) {
    return sendCosError(res, 400, 'InvalidURI', 'not an object address', url.pathname);
  }
  const { env, key } = address;
  const expires = Number(url.searchParams.get('t'));
  const signature = url.searchParams.get('sign') ?? '';
  if (!Number.isInteger(expires) || !deps.signer.verify('download', env, key, expires, signature)) {
    return sendCosError(res, 403, 'AccessDenied', 'Access Denied.', url.pathname);
  }
  if (nowSeconds(deps, env) > expires)
    return sendCosError(res, 403, 'AccessDenied', 'Request has expired', url.pathname);
  const bytes = await deps.store.get(env, key);
  if (!bytes) return sendCosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', url.pathname);
  res.writeHead(200, {
    'content-type': contentTypeOf(key),
    'content-length': bytes.length,
    'x-cos-request-id': newRequestId(),
  });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/**
 * Local mode's stand-in for `wx.cloud.uploadFile`: the mini-program posts `wx.uploadFile` multipart with the file
 * part named `file` and form fields `cloudPath` and `env` (or `?env=`); the answer is `{ fileID }` as in the cloud.
 */
export async function handleLocalUpload(
  deps: StorageDeps,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('multipart/form-data')) {
    return sendJson(res, 400, { errCode: -501001, errMsg: 'uploadFile:fail multipart/form-data expected' });
  }
  const fields = parseMultipart(await readBody(req), type);
  const env = String(fields.env ?? url.searchParams.get('env') ?? '');
  const key = String(fields.cloudPath ?? '');
  const file = fields.file;
  const problem = !isValidEnvName(env)
    ? 'env is missing or invalid'
    : (keyProblem(key) ?? (Buffer.isBuffer(file) ? null : 'file part missing'));
  if (problem) return sendJson(res, 400, { errCode: -501001, errMsg: `uploadFile:fail ${problem}` });
  await deps.store.put(env, key, file as Buffer);
  sendJson(res, 200, { fileID: fileIdOf(env, key), statusCode: 200, errMsg: 'uploadFile:ok' });
}
