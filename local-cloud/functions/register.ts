// Plugs the function host and timer triggers into local-cloud: the `functions.invokeFunction` action (what
// `cloud.callFunction` sends, from a function or from a script) and a handle the dev routes use.
import type { Environments } from '../environments';
import { CloudError, type Router } from '../http-router';
import { TimerScheduler } from '../timers/timer-scheduler';
import { FunctionHost, type InvocationResult, type InvokeRequest } from './function-host';
import { invocationRegistryFor } from './invocation-registry';

/** The part of `createServer(...)` subsystems plug into. */
export interface LocalCloudServer {
  readonly router: Router;
  readonly environments: Environments;
}

export interface FunctionsOptions {
  functionsDir: string;
  /** `http://127.0.0.1:PORT/admin`: where the functions' wx-server-sdk sends its calls. */
  adminUrl: string;
  /** Fire timer triggers as real time passes (clock advances always fire them). */
  timers: boolean;
  log: (line: string) => void;
  /** Idle instances are stopped after this long (default 10 minutes). */
  idleMs?: number;
}

export interface FunctionsHandle {
  readonly host: FunctionHost;
  readonly timers: TimerScheduler;
  invoke(request: InvokeRequest): Promise<InvocationResult>;
  close(): Promise<void>;
}

export function registerFunctions(server: LocalCloudServer, options: FunctionsOptions): FunctionsHandle {
  const registry = invocationRegistryFor(server.router);
  const host = new FunctionHost({
    functionsDir: options.functionsDir,
    adminUrl: options.adminUrl,
    environments: server.environments,
    registry,
    log: options.log,
    ...(options.idleMs !== undefined ? { idleMs: options.idleMs } : {}),
  });
  const invoke = (request: InvokeRequest): Promise<InvocationResult> => host.invoke(request);
  const timers = new TimerScheduler({
    environments: server.environments,
    catalog: host.catalog,
    invoke,
    realTime: options.timers,
    log: options.log,
  });

  server.router.registerAction('functions.invokeFunction', async (body, ctx) => {
    const name = String(body.function_name ?? '');
    let event: unknown = {};
    if (typeof body.request_data === 'string' && body.request_data !== '') {
      try {
        event = JSON.parse(body.request_data);
      } catch {
        throw new CloudError('INVALID_PARAM', 'request_data is not JSON');
      }
    }
    // Called from inside a function: the callee runs as the same user, and the source chain grows by `scf`.
    const caller = registry.lookup(body.wxCloudApiToken);
    const result = await host.invoke({
      env: ctx.env,
      name,
      event,
      ...(caller ? { identity: caller.identity, source: `${caller.source ?? 'wx_unknown'},scf` } : {}),
    });
    if (!result.ok) throw new CloudError(result.code, result.message);
    return { data: { response_data: result.response } };
  });

  return {
    host,
    timers,
    invoke,
    close: async () => {
      timers.close();
      await host.close();
    },
  };
}
