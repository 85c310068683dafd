// Runs deployed functions the way CloudBase does. Each (environment, function) has a pool of instances: an idle
// instance started from the current bundle is reused (warm), otherwise a new one starts (cold start); each serves
// one invocation at a time; idle ones are reaped. The config.json timeout is enforced by killing the instance.
// Every invocation carries its own identity and API token in the variables the platform sets.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { transformSync } from 'esbuild';
import type { Environments } from '../environments';
import { FunctionCatalog } from './function-catalog';
import { FunctionInstance, type InvokeOutcome } from './function-instance';
import type { Identity, InvocationRegistry } from './invocation-registry';

export interface InvokeRequest {
  env: string;
  name: string;
  event: unknown;
  identity?: Identity;
  /** The platform's SOURCE: `wx_client` for the mini-program, `wx_trigger` for timers, chains end with `scf`. */
  source?: string;
  /** Timer runs carry the trigger token variables instead of the user ones. */
  trigger?: boolean;
}

export type InvocationResult =
  | { ok: true; requestId: string; result: unknown; response: string; coldStart: boolean; durationMs: number }
  | {
      ok: false;
      requestId: string;
      /** CloudBase's code: FUNCTIONS_EXECUTE_FAIL (thrown, timed out, crashed) or ResourceNotFound.Function. */
      code: string;
      message: string;
      kind: 'not-found' | 'error' | 'timeout' | 'crash';
      coldStart: boolean;
      durationMs: number;
    };

export interface FunctionHostOptions {
  functionsDir: string;
  adminUrl: string;
  environments: Environments;
  registry: InvocationRegistry;
  log: (line: string) => void;
  /** Idle instances older than this are stopped (platform: minutes). */
  idleMs?: number;
}

export interface InstanceStats {
  env: string;
  name: string;
  instances: number;
  busy: number;
}

let runtimePathCache: string | undefined;

/** The instance runtime, transpiled once into a standalone CommonJS file. */
function runtimePath(): string {
  if (runtimePathCache) return runtimePathCache;
  const source = fs.readFileSync(path.join(__dirname, 'runtime', 'instance-runtime.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'node16' });
  const hash = crypto.createHash('sha1').update(code).digest('hex').slice(0, 12);
  const file = path.join(os.tmpdir(), `local-cloud-instance-runtime-${hash}.cjs`);
  if (!fs.existsSync(file)) {
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, file); // atomic: parallel test workers may race to write it
  }
  runtimePathCache = file;
  return file;
}

let requestSeq = 0;

export class FunctionHost {
  readonly catalog: FunctionCatalog;
  private readonly pools = new Map<string, { env: string; name: string; instances: FunctionInstance[] }>();
  private readonly reaper: NodeJS.Timeout;
  private readonly idleMs: number;
  private closed = false;

  constructor(private readonly options: FunctionHostOptions) {
    this.catalog = new FunctionCatalog(options.functionsDir);
    this.idleMs = options.idleMs ?? 10 * 60_000;
    this.reaper = setInterval(() => this.reap(), Math.min(this.idleMs, 30_000));
    this.reaper.unref();
  }

  async invoke(request: InvokeRequest): Promise<InvocationResult> {
    requestSeq += 1;
    const requestId = `${Date.now().toString(36)}-${requestSeq}-${request.name}`;
    const started = Date.now();
    const fn = this.closed ? undefined : this.catalog.get(request.name);
    if (!fn) {
      return {
        ok: false,
        requestId,
        code: 'ResourceNotFound.Function',
        message: `FunctionName not found: ${request.name} (is it built? run npm run build)`,
        kind: 'not-found',
        coldStart: false,
        durationMs: 0,
      };
    }
    const pool = this.pool(request.env, fn.name);
    let instance = pool.instances.find((i) => !i.busy && i.alive && i.version === fn.version);
    const coldStart = !instance;
    if (!instance) {
      instance = this.spawn(request.env, fn.name, fn.bundlePath, fn.version);
      pool.instances.push(instance);
    }
    instance.busy = true;
    const identity = request.identity ?? {};
    const token = this.options.registry.open({
      env: request.env,
      functionName: fn.name,
      identity,
      ...(request.source ? { source: request.source } : {}),
      openapi: fn.config.openapi,
    });
    let outcome: InvokeOutcome;
    try {
      await instance.ready;
      const clock = this.options.environments.get(request.env).clock;
      outcome = await instance.invoke(
        {
          event: request.event,
          context: {
            request_id: requestId,
            function_name: fn.name,
            function_version: '$LATEST',
            namespace: request.env,
            memory_limit_in_mb: 256,
            time_limit_in_ms: fn.config.timeoutS * 1000,
          },
          vars: invocationVars(identity, token, request),
          clock: { now: clock.now(), frozen: clock.isFrozen() },
        },
        fn.config.timeoutS * 1000,
      );
    } catch (error) {
      const e = error as Error;
      outcome = {
        ok: false,
        kind: 'error',
        error: { name: e.name, message: e.message, ...(e.stack ? { stack: e.stack } : {}) },
      };
      instance.kill(); // a bundle that failed to load leaves a useless instance
    } finally {
      this.options.registry.close(token);
    }
    instance.busy = false;
    instance.lastUsed = Date.now();
    if (!instance.alive || instance.version !== this.catalog.get(fn.name)?.version)
      this.retire(pool.instances, instance);
    const durationMs = Date.now() - started;
    if (outcome.ok) {
      return {
        ok: true,
        requestId,
        result: JSON.parse(outcome.response) as unknown,
        response: outcome.response,
        coldStart,
        durationMs,
      };
    }
    if (outcome.kind === 'timeout') this.retire(pool.instances, instance);
    return {
      ok: false,
      requestId,
      code: 'FUNCTIONS_EXECUTE_FAIL',
      // The platform reports what main threw as "<name>: <message>" plus the stack, or the timeout sentence.
      message:
        outcome.kind === 'timeout'
          ? outcome.error.message
          : (outcome.error.stack ?? `${outcome.error.name}: ${outcome.error.message}`),
      kind: outcome.kind,
      coldStart,
      durationMs,
    };
  }

  stats(): InstanceStats[] {
    return [...this.pools.values()].map((p) => ({
      env: p.env,
      name: p.name,
      instances: p.instances.filter((i) => i.alive).length,
      busy: p.instances.filter((i) => i.busy).length,
    }));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.reaper);
    const all = [...this.pools.values()].flatMap((p) => p.instances);
    this.pools.clear();
    await Promise.all(all.map((i) => i.stop()));
  }

  private pool(env: string, name: string): { env: string; name: string; instances: FunctionInstance[] } {
    const key = `${env}\u0000${name}`;
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { env, name, instances: [] };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private spawn(env: string, name: string, bundlePath: string, version: string): FunctionInstance {
    return new FunctionInstance({
      runtimePath: runtimePath(),
      bundlePath,
      version,
      env: {
        PATH: process.env.PATH ?? '',
        // The platform runs functions in UTC+0 unless TZ is set; code must not lean on the machine's zone.
        TZ: 'UTC',
        TCB_ENV: env,
        SCF_NAMESPACE: env,
        SCF_FUNCTIONNAME: name,
        TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.options.adminUrl }),
        // Without credentials the SDK crashes the process; local-cloud does not check them.
        TENCENTCLOUD_SECRETID: 'local-cloud',
        TENCENTCLOUD_SECRETKEY: 'local-cloud',
        // Functions do run "on Tencent Cloud" here: without this both SDKs probe the cloud metadata server
        // (unreachable on a laptop) twice per call, adding ~60 ms to every database request.
        TENCENTCLOUD: 'true',
      },
      output: (line) => this.options.log(`${name}@${env}: ${line}`),
    });
  }

  private retire(instances: FunctionInstance[], instance: FunctionInstance): void {
    instance.kill();
    const index = instances.indexOf(instance);
    if (index >= 0) instances.splice(index, 1);
  }

  private reap(): void {
    const now = Date.now();
    for (const pool of this.pools.values()) {
      for (const instance of [...pool.instances]) {
        if (!instance.busy && (!instance.alive || now - instance.lastUsed > this.idleMs))
          this.retire(pool.instances, instance);
      }
    }
  }
}

/** The variables the platform sets for one invocation; getWXContext() reads the keys listed in WX_CONTEXT_KEYS. */
function invocationVars(identity: Identity, token: string, request: InvokeRequest): Record<string, string> {
  const vars: Record<string, string> = { WX_API_TOKEN: token };
  if (identity.openid) vars.WX_OPENID = identity.openid;
  if (identity.appid) vars.WX_APPID = identity.appid;
  if (identity.unionid) vars.WX_UNIONID = identity.unionid;
  if (request.trigger) {
    vars.TRIGGER_SRC = 'timer';
    vars.WX_TRIGGER_API_TOKEN_V0 = token;
  }
  if (request.source) vars.TCB_SOURCE = request.source;
  vars.WX_CONTEXT_KEYS = Object.keys(vars)
    .filter((k) => k.startsWith('WX_'))
    .join(',');
  return vars;
}
