// Storage for local-cloud: registers the `/admin` storage actions and the routes that receive uploads and serve
// downloads, with objects kept under `dataDir`, one folder per environment. What the SDKs see (file ids, upload
// metadata, temporary URLs, per-file error codes) is shaped like CloudBase's; see local-cloud/README.md for the
// deliberate differences (URLs point at local-cloud, keys are checked more strictly).
import type { Router } from '../http-router';
import type { Environments } from '../environments';
import { batchDeleteFile, batchGetDownloadUrl, getUploadMetadata, type StorageDeps } from './actions';
import { FileStore } from './file-store';
import { handleGet, handleLocalUpload, handlePut } from './routes';
import { Signer } from './signing';
import { OBJECT_ROUTE_PREFIX } from './urls';

export interface StorageOptions {
  /** The folder that holds every environment's objects (created on first use). */
  dataDir: string;
}

/** The path of the local-mode upload route (`wx.uploadFile` target for the mini-program in local mode). */
export const LOCAL_UPLOAD_PATH = '/storage/upload';

export function registerStorage(server: { router: Router; environments: Environments }, options: StorageOptions): void {
  const deps: StorageDeps = {
    store: new FileStore(options.dataDir),
    signer: new Signer(options.dataDir),
    now: (env) => server.environments.get(env).clock.now(),
  };
  const { router } = server;
  router.registerAction('storage.getUploadMetadata', (body, ctx) => getUploadMetadata(body, ctx, deps));
  router.registerAction('storage.batchGetDownloadUrl', (body, ctx) => batchGetDownloadUrl(body, ctx, deps));
  router.registerAction('storage.batchDeleteFile', (body, ctx) => batchDeleteFile(body, ctx, deps));
  router.registerRoute('PUT', OBJECT_ROUTE_PREFIX, (req, res, url) => handlePut(deps, req, res, url));
  router.registerRoute('GET', OBJECT_ROUTE_PREFIX, (req, res, url) => handleGet(deps, req, res, url));
  router.registerRoute('HEAD', OBJECT_ROUTE_PREFIX, (req, res, url) => handleGet(deps, req, res, url));
  router.registerRoute('POST', LOCAL_UPLOAD_PATH, (req, res, url) => handleLocalUpload(deps, req, res, url));
}
