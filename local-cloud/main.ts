// Command-line entry: `node -r ./scripts/register-ts.cjs local-cloud/main.ts`. Reads LOCAL_CLOUD_PORT (default
// 3900), LOCAL_CLOUD_DATA (default ./.local-cloud), LOCAL_CLOUD_STRICT_INDEXES=1, prints the URL once it serves,
// and closes the store cleanly on SIGINT/SIGTERM (a kill -9 loses nothing acknowledged either: see README).
import path from 'node:path';
import { startLocalCloud } from './index';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const port = Number(process.env.LOCAL_CLOUD_PORT ?? 3900);
  const dataDir = path.resolve(process.env.LOCAL_CLOUD_DATA ?? path.join(root, '.local-cloud'));
  const cloud = await startLocalCloud({
    port,
    dataDir,
    databaseDir: path.join(root, 'database'),
    functionsDir: path.join(root, 'cloudfunctions'),
    strictIndexes: process.env.LOCAL_CLOUD_STRICT_INDEXES === '1',
  });
  process.stdout.write(`local-cloud listening on ${cloud.url} (data: ${dataDir})\n`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`local-cloud: ${signal}, closing\n`);
    cloud.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`local-cloud: close failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `local-cloud failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
