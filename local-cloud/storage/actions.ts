// The storage actions of `POST /admin`, answering in the shapes @cloudbase/node-sdk reads (and wx-server-sdk
// wraps): `storage.getUploadMetadata` → `data.{url, token, authorization, fileId, cosFileId, download_url}`,
// `storage.batchGetDownloadUrl` → `data.download_list[]`, `storage.batchDeleteFile` → `data.delete_list[]`.
// Per-file failures are per-item codes (`STORAGE_FILE_NONEXIST`), as in CloudBase; a malformed request is a
// request-level `INVALID_PARAM`. Expiries follow the environment's clock, so moving the clock ages URLs too.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { CloudError, type ActionContext } from '../http-router';
import { fileIdOf, keyProblem, parseFileId } from './file-ids';
import type { FileStore } from './file-store';
import type { Signer } from './signing';
import { downloadUrl, uploadAuthorization, uploadUrl } from './urls';

/** How long an upload URL stays usable, as CloudBase's upload metadata (seconds). */
const UPLOAD_WINDOW_SECONDS = 15 * 60;
/** CloudBase's default lifetime of a temporary download URL when `maxAge` is not given (seconds). */
const DEFAULT_MAX_AGE_SECONDS = 24 * 60 * 60;

export interface StorageDeps {
  store: FileStore;
  signer: Signer;
  /** The environment's clock, in ms since epoch. */
  now(env: string): number;
}

/** The base URL the caller reached local-cloud at, so returned URLs work for that caller. */
function baseUrlOf(req: IncomingMessage): string {
  return `http://${req.headers.host ?? '127.0.0.1'}`;
}

function nowSeconds(deps: StorageDeps, env: string): number {
  return Math.floor(deps.now(env) / 1000);
}

function temporaryUrl(deps: StorageDeps, ctx: ActionContext, env: string, key: string, maxAge: number): string {
  const expires = nowSeconds(deps, ctx.env) + maxAge;
  return downloadUrl(baseUrlOf(ctx.req), env, key, expires, deps.signer.sign('download', env, key, expires));
}

export async function getUploadMetadata(body: Record<string, unknown>, ctx: ActionContext, deps: StorageDeps) {
  const key = body.path as string;
  const problem = keyProblem(key);
  if (problem) throw new CloudError('INVALID_PARAM', problem);
  const start = nowSeconds(deps, ctx.env);
  const expires = start + UPLOAD_WINDOW_SECONDS;
  const signature = deps.signer.sign('upload', ctx.env, key, expires);
  const fileId = fileIdOf(ctx.env, key);
  return {
    data: {
      url: uploadUrl(baseUrlOf(ctx.req), ctx.env, key),
      token: randomBytes(16).toString('hex'),
      authorization: uploadAuthorization(start, expires, signature),
      fileId,
      cosFileId: `local-${randomBytes(8).toString('hex')}`,
      download_url: temporaryUrl(deps, ctx, ctx.env, key, DEFAULT_MAX_AGE_SECONDS),
    },
  };
}

interface DownloadRequest {
  fileid?: unknown;
  max_age?: unknown;
}

export async function batchGetDownloadUrl(body: Record<string, unknown>, ctx: ActionContext, deps: StorageDeps) {
  const list = body.file_list;
  if (!Array.isArray(list) || list.length === 0)
    throw new CloudError('INVALID_PARAM', 'file_list must be a non-empty array');
  const download_list = [];
  for (const entry of list as DownloadRequest[]) {
    const fileID = String(entry?.fileid ?? '');
    const maxAge = typeof entry?.max_age === 'number' && entry.max_age > 0 ? entry.max_age : DEFAULT_MAX_AGE_SECONDS;
    const parsed = parseFileId(fileID);
    if (!parsed) {
      download_list.push({
        fileID,
        tempFileURL: '',
        code: 'INVALID_PARAM',
        message: 'fileID is not a file id of this storage',
        maxAge,
      });
    } else if ((await deps.store.size(parsed.env, parsed.key)) === null) {
      download_list.push({
        fileID,
        tempFileURL: '',
        code: 'STORAGE_FILE_NONEXIST',
        message: 'storage file not exist',
        maxAge,
      });
    } else {
      download_list.push({
        fileID,
        tempFileURL: temporaryUrl(deps, ctx, parsed.env, parsed.key, maxAge),
        code: 'SUCCESS',
        maxAge,
      });
    }
  }
  return { data: { download_list } };
}

export async function batchDeleteFile(body: Record<string, unknown>, _ctx: ActionContext, deps: StorageDeps) {
  const list = body.fileid_list;
  if (!Array.isArray(list) || list.length === 0)
    throw new CloudError('INVALID_PARAM', 'fileid_list must be a non-empty array');
  const delete_list = [];
  for (const item of list) {
    const fileID = String(item ?? '');
    const parsed = parseFileId(fileID);
    if (!parsed) {
      delete_list.push({ fileID, code: 'INVALID_PARAM', message: 'fileID is not a file id of this storage' });
    } else if (await deps.store.remove(parsed.env, parsed.key)) {
      delete_list.push({ fileID, code: 'SUCCESS' });
    } else {
      delete_list.push({ fileID, code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exist' });
    }
  }
  return { data: { delete_list } };
}
