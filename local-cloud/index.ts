// Composes local-cloud: one HTTP server with the database, storage, function host, open API and dev routes
// plugged into it. `main.ts` runs it from the command line; tests and `npm start` call `startLocalCloud`.
import path from 'node:path';
import { createServer, type RunningServer } from './server';
import type { ClockOptions } from './clock';
import { registerDatabase, type DatabaseHandle } from './db/register';
import { registerStorage } from './storage/register';
import { registerFunctions, type FunctionsHandle } from './functions/register';
import { registerOpenApi, type OpenApiHandle } from './openapi/register';
import { registerDevRoutes } from './dev/register';
import { MessagePush } from './openapi/message-push';
import { registerMessagePushDevRoutes } from './dev/message-push-routes';

export interface LocalCloudOptions {
  /** 0 picks a free port. */
  port: number;
  /** Where the store and uploaded files live. */
  dataDir: string;
  /** Collection and index declarations (the project's `database/` folder). */
  databaseDir: string;
  /** The folder holding `<fn>/index.js` bundles and `<fn>/config.json` (the project's `cloudfunctions/`). */
  functionsDir: string;
  /**
   * Address to bind; default 127.0.0.1. Whatever it is, only loopback callers are served (tests bind 0.0.0.0 to
   * prove that a caller from another address is refused).
   */
  host?: string;
  /** Fail queries no declared index serves, instead of warning. */
  strictIndexes?: boolean;
  /** Clock settings for environments created without their own. */
  clock?: ClockOptions;
  /** Whether timer triggers fire on real time passing (the clock's advances always fire them). */
  timers?: boolean;
  log?: (line: string) => void;
}

export interface LocalCloud extends RunningServer {
  readonly database: DatabaseHandle;
  readonly functions: FunctionsHandle;
  readonly openApi: OpenApiHandle;
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[local-cloud] ${line}\n`));
  // /healthz answers 503 until every subsystem below is plugged in (the function host needs the port first).
  const server = createServer({
    port: options.port,
    deferReady: true,
    ...(options.host ? { host: options.host } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const database = await registerDatabase(server, {
    dataDir: options.dataDir,
    databaseDir: options.databaseDir,
    strictIndexes: options.strictIndexes ?? false,
    log,
  });
  registerStorage(server, { dataDir: path.join(options.dataDir, 'files') });
  const openApi = registerOpenApi(server, { dataDir: options.dataDir, log });
  const running = await server.listen();
  const functions = registerFunctions(server, {
    functionsDir: options.functionsDir,
    adminUrl: `${running.url}/admin`,
    timers: options.timers ?? true,
    log,
  });
  registerDevRoutes(server, { functions, log });
  running.markReady();
  // Results of asynchronous open APIs (mediaCheckAsync) pushed to the function configured for them.
  const messagePush = new MessagePush(openApi.state, {
    environments: server.environments,
    catalog: functions.host.catalog,
    invoke: functions.invoke,
    log,
  });
  registerMessagePushDevRoutes(server.router, messagePush, openApi.state);
  return {
    ...running,
    database,
    functions,
    openApi,
    close: async () => {
      await functions.close();
      await running.close();
      await database.close();
    },
  };
}
