// Jest globalTeardown: closes the local-cloud started by global-setup.ts and removes its data folder. Safe to run
// twice (once per jest project).
import fs from 'node:fs';
import { getRunning, setRunning } from './running-cloud';

export default async function globalTeardown(): Promise<void> {
  const running = getRunning();
  if (!running) return;
  setRunning(undefined);
  await running.close();
  fs.rmSync(running.dataDir, { recursive: true, force: true });
}
