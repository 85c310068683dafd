// Jest globalSetup: starts ONE local-cloud in this (the parent) process and hands its URL to the test workers
// through LOCAL_CLOUD_URL. Strict indexes (an unindexed query fails the test that makes it) and no real-time
// timers (tests move each environment's clock themselves). Both jest projects run this file; the second call
// finds the server already running and does nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalCloud } from '../../local-cloud/index';
import { getRunning, setRunning } from './running-cloud';

export default async function globalSetup(): Promise<void> {
  if (getRunning()) return;
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-test-'));
  const logFile = path.join(dataDir, 'local-cloud.log');
  const cloud = await startLocalCloud({
    port: 0,
    dataDir,
    databaseDir: path.join(root, 'database'),
    functionsDir: path.join(root, 'cloudfunctions'),
    strictIndexes: true,
    timers: false,
    log: (line) => fs.appendFileSync(logFile, `${line}\n`),
  });
  setRunning({ close: cloud.close, dataDir });
  process.env.LOCAL_CLOUD_URL = cloud.url;
  process.env.LOCAL_CLOUD_LOG = logFile;
}
