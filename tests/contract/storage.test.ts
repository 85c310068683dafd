// Contract: cloud storage as wx-server-sdk and @cloudbase/node-sdk see it, served by local-cloud's storage.
// The SDKs are the real ones, pointed at a local-cloud that has only storage registered (storage needs nothing
// else); what is asserted is what our functions and the seed rely on: file ids shaped like CloudBase's, temporary
// URLs that serve the bytes and expire on the environment's clock, per-file error codes as the SDK reports them,
// and files that survive a restart.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import * as cloud from 'wx-server-sdk';
import { createServer, type RunningServer } from '../../local-cloud/server';
import { registerStorage } from '../../local-cloud/storage/register';

const ENV = 'storage-contract';
const OTHER_ENV = 'storage-other';
const CREDENTIALS = { secretId: 'local-id', secretKey: 'local-key' };

let dataDir: string;
let server: RunningServer;

async function startStorageCloud(): Promise<RunningServer> {
  const created = createServer({ port: 0 });
  registerStorage(created, { dataDir });
  return created.listen();
}

interface TempUrlItem {
  fileID: string;
  status: number;
  errMsg: string;
  tempFileURL: string;
  maxAge: number;
}

async function tempUrls(fileList: (string | { fileID: string; maxAge: number })[]): Promise<TempUrlItem[]> {
  const result = (await cloud.getTempFileURL({ fileList } as never)) as unknown as { fileList: TempUrlItem[] };
  return result.fileList;
}

interface Fetched {
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

/** GET without connection reuse, as a client that opens the URL later would (the server may have restarted). */
function get(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    http
      .get(encodeURI(url), { agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers['content-type'],
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

async function upload(cloudPath: string, bytes: Buffer): Promise<string> {
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: bytes });
  return fileID;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-contract-'));
  server = await startStorageCloud();
  cloud.init({ env: ENV, serviceUrl: `${server.url}/admin`, ...CREDENTIALS } as never);
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('uploadFile', () => {
  it('answers a fileID shaped cloud://<env>.<bucket>/<cloudPath>', async () => {
    const fileID = await upload('items/2026-0001/photo-1.png', Buffer.from('png bytes'));
    expect(fileID).toMatch(
      /^cloud:\/\/storage-contract\.[0-9a-f]{4}-storage-contract-\d+\/items\/2026-0001\/photo-1\.png$/,
    );
  });

  it('keeps Chinese and spaces in the path', async () => {
    const fileID = await upload('信件/来信 扫描.jpg', Buffer.from('letter'));
    expect(fileID.endsWith('/信件/来信 扫描.jpg')).toBe(true);
    const [item] = await tempUrls([fileID]);
    expect((await get(item!.tempFileURL)).body.toString()).toBe('letter');
  });

  it('refuses an unusable cloudPath with INVALID_PARAM', async () => {
    await expect(upload('/leading-slash.png', Buffer.from('x'))).rejects.toMatchObject({ code: 'INVALID_PARAM' });
    await expect(upload('a/../b.png', Buffer.from('x'))).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  });

  it('overwrites an object uploaded again to the same path', async () => {
    const first = await upload('overwrite/a.txt', Buffer.from('first'));
    const second = await upload('overwrite/a.txt', Buffer.from('second'));
    expect(second).toBe(first);
    const { fileContent } = await cloud.downloadFile({ fileID: first });
    expect(fileContent.toString()).toBe('second');
  });
});

describe('getTempFileURL', () => {
  it('answers a URL that serves the bytes with a content type from the extension', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    const fileID = await upload('temp/binary.png', bytes);
    const [item] = await tempUrls([{ fileID, maxAge: 120 }]);
    expect(item).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 120 });
    const response = await get(item!.tempFileURL);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('image/png');
    expect(response.body).toEqual(bytes);
  });

  it('reports a missing file per item with status -503003, other items unaffected', async () => {
    const fileID = await upload('temp/present.txt', Buffer.from('here'));
    const missing = fileID.replace('present.txt', 'absent.txt');
    const [present, absent] = await tempUrls([fileID, missing]);
    expect(present).toMatchObject({ status: 0 });
    expect(absent).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' });
  });

  it('answers 403 once the URL has expired on the environment clock', async () => {
    const fileID = await upload('temp/expiring.txt', Buffer.from('soon gone'));
    const [item] = await tempUrls([{ fileID, maxAge: 60 }]);
    expect((await get(item!.tempFileURL)).status).toBe(200);
    await server.environments.get(ENV).clock.advance(61_000);
    const expired = await get(item!.tempFileURL);
    expect(expired.status).toBe(403);
    expect(expired.body.toString()).toContain('<Code>AccessDenied</Code>');
  });

  it('answers 403 to a URL whose signature was tampered with', async () => {
    const fileID = await upload('temp/guarded.txt', Buffer.from('guarded'));
    const [item] = await tempUrls([fileID]);
    const tampered = item!.tempFileURL.replace('guarded.txt', 'other.txt');
    expect((await get(tampered)).status).toBe(403);
  });
});

describe('downloadFile', () => {
  it('answers the bytes', async () => {
    const fileID = await upload('download/report.csv', Buffer.from('村,件数\n青禾村,3\n'));
    const result = await cloud.downloadFile({ fileID });
    expect(result.fileContent.toString()).toBe('村,件数\n青禾村,3\n');
  });

  it('rejects a missing file with code STORAGE_FILE_NONEXIST', async () => {
    const fileID = (await upload('download/keep.txt', Buffer.from('k'))).replace('keep.txt', 'never-uploaded.txt');
    await expect(cloud.downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' });
  });
});

describe('deleteFile', () => {
  it('deletes, after which the file is missing, and a second delete reports it per item', async () => {
    const fileID = await upload('delete/once.txt', Buffer.from('bye'));
    const first = (await cloud.deleteFile({ fileList: [fileID] })) as unknown as { fileList: { status: number }[] };
    expect(first.fileList).toEqual([{ fileID, status: 0, errMsg: 'ok' }]);
    const [after] = await tempUrls([fileID]);
    expect(after!.status).toBe(-503003);
    const second = (await cloud.deleteFile({ fileList: [fileID] })) as unknown as { fileList: { status: number }[] };
    expect(second.fileList[0]).toMatchObject({ fileID, status: -503003 });
  });
});

describe('environments and restarts', () => {
  it('keeps environments apart: the same cloudPath is a different file in another environment', async () => {
    const other = tcb.init({ env: OTHER_ENV, serviceUrl: `${server.url}/admin`, ...CREDENTIALS });
    const mine = await upload('shared/name.txt', Buffer.from('mine'));
    const theirs = (await other.uploadFile({ cloudPath: 'shared/name.txt', fileContent: Buffer.from('theirs') }))
      .fileID;
    expect(theirs).not.toBe(mine);
    expect(theirs.startsWith(`cloud://${OTHER_ENV}.`)).toBe(true);
    expect((await cloud.downloadFile({ fileID: mine })).fileContent.toString()).toBe('mine');
    expect((await other.downloadFile({ fileID: theirs })).fileContent?.toString()).toBe('theirs');
  });

  it('still serves files and previously issued URLs after local-cloud restarts on the same folder', async () => {
    const fileID = await upload('restart/kept.txt', Buffer.from('kept'));
    const [item] = await tempUrls([fileID]);
    const port = server.port;
    await server.close();
    const created = createServer({ port });
    registerStorage(created, { dataDir });
    server = await created.listen();
    expect((await get(item!.tempFileURL)).body.toString()).toBe('kept');
    expect((await cloud.downloadFile({ fileID })).fileContent.toString()).toBe('kept');
  });
});

describe('local-mode upload route (the mini-program in local mode)', () => {
  it('stores a multipart upload and answers a fileID the SDK can read', async () => {
    const form = new FormData();
    form.append('env', ENV);
    form.append('cloudPath', 'local-mode/photo.jpg');
    form.append('file', new Blob([Buffer.from('jpeg bytes')]), 'photo.jpg');
    const response = await fetch(`${server.url}/storage/upload`, { method: 'POST', body: form });
    const body = (await response.json()) as { fileID: string };
    expect(response.status).toBe(200);
    expect((await cloud.downloadFile({ fileID: body.fileID })).fileContent.toString()).toBe('jpeg bytes');
  });
});
