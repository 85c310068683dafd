// What a test needs to work against local-cloud: a fresh, isolated CloudBase environment (own database, clock,
// function instances, open-API log), its clock, and the real SDKs pointed at it. Nothing here imitates an SDK:
// wx-server-sdk and @cloudbase/node-sdk are the real ones, configured the way a deployment would configure them.
import type tcbNodeSdk from '@cloudbase/node-sdk';

export interface TestEnv {
  /** The environment id (`env` in cloud.init). */
  name: string;
  /** local-cloud's base URL, e.g. http://127.0.0.1:PORT. */
  url: string;
  /** Where the SDKs send their calls (`<url>/admin`). */
  adminUrl: string;
  /** This environment's clock, in ms since epoch. */
  now(): Promise<number>;
  /** Moves the clock forward; timers due in the span fire in order. Resolves to the new now. */
  advance(ms: number): Promise<number>;
  /** Moves the clock forward to an instant (ISO string or ms). Resolves to the new now. */
  advanceTo(instant: string | number): Promise<number>;
}

export function localCloudUrl(): string {
  const url = process.env.LOCAL_CLOUD_URL;
  if (!url) throw new Error('LOCAL_CLOUD_URL is not set: run tests through jest (tests/support/global-setup.ts)');
  return url;
}

let counter = 0;

/**
 * Off the cloud, both SDKs probe Tencent's metadata server before every call (30 ms timeout, result not cached
 * on failure), twice per call. TENCENTCLOUD=true tells them they run on Tencent Cloud, which skips the probe; the
 * endpoint still comes from TCB_CONTEXT_CNFG / serviceUrl, so nothing else changes for local-cloud.
 */
function skipMetadataProbe(): void {
  process.env.TENCENTCLOUD = 'true';
}

async function requestJson(method: string, url: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${url} → ${res.status}: ${text}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Creates a new uniquely named environment; `frozen` clocks stand still between advances. */
export async function freshEnv(opts: { startAt?: string | number; frozen?: boolean } = {}): Promise<TestEnv> {
  const url = localCloudUrl();
  skipMetadataProbe(); // any SDK the test then points at this environment, wx-server-sdk or node-sdk directly
  counter += 1;
  const name = `t-${process.pid}-${Date.now().toString(36)}-${counter}`;
  await requestJson('POST', `${url}/_dev/envs`, {
    env: name,
    ...(opts.startAt !== undefined ? { startAt: opts.startAt } : {}),
    ...(opts.frozen !== undefined ? { frozen: opts.frozen } : {}),
  });
  const clock = (body: Record<string, unknown>) => requestJson('POST', `${url}/_dev/clock`, { env: name, ...body });
  return {
    name,
    url,
    adminUrl: `${url}/admin`,
    now: async () => Number((await requestJson('GET', `${url}/_dev/clock?env=${encodeURIComponent(name)}`)).now),
    advance: async (ms) => Number((await clock({ advanceMs: ms })).now),
    advanceTo: async (instant) => Number((await clock({ to: instant })).now),
  };
}

type WxServerSdk = typeof import('wx-server-sdk');

/**
 * wx-server-sdk's published typings give every database call a callback-or-promise union result (and omit options
 * such as throwOnNotFound or serverDate's offset). Contract tests assert the runtime shapes the SDK really returns,
 * so they use the database untyped; app code goes through core/adapters with its own narrow types.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type UntypedDatabase = any;

let wxConnectedTo: string | undefined;

/**
 * Points the real wx-server-sdk at `env` and returns it, initialised. wx-server-sdk is a module singleton, so a
 * test file uses one environment with it (connecting a second one re-initialises the same module).
 */
export function connectWxServerSdk(env: TestEnv): WxServerSdk {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: env.adminUrl });
  // Dummy credentials: without them the SDK rejects asynchronously and crashes the process.
  process.env.TENCENTCLOUD_SECRETID = 'local-cloud';
  process.env.TENCENTCLOUD_SECRETKEY = 'local-cloud';
  process.env.TCB_ENV = env.name;
  skipMetadataProbe();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as WxServerSdk;
  cloud.init({ env: env.name });
  wxConnectedTo = env.name;
  return cloud;
}

/** The environment wx-server-sdk was last connected to (for helpers that need to check). */
export function wxServerSdkEnv(): string | undefined {
  return wxConnectedTo;
}

export type NodeSdkApp = ReturnType<typeof tcbNodeSdk.init>;

/** An initialised @cloudbase/node-sdk app for `env` (its own instance; several may coexist). */
export function connectNodeSdk(env: TestEnv): NodeSdkApp {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tcb = require('@cloudbase/node-sdk') as typeof tcbNodeSdk;
  skipMetadataProbe();
  return tcb.init({
    env: env.name,
    serviceUrl: env.adminUrl,
    secretId: 'local-cloud',
    secretKey: 'local-cloud',
  } as Parameters<typeof tcb.init>[0]);
}

/**
 * Calls a cloud function as the mini-program would in local mode (`POST /functions/<name>`), as user `openid`.
 * Resolves to the function's result; rejects with the platform's errCode/errMsg when the call fails.
 */
export async function callFunction(
  env: TestEnv,
  name: string,
  data: unknown,
  opts: { openid?: string } = {},
): Promise<unknown> {
  const res = await fetch(`${env.url}/functions/${encodeURIComponent(name)}?env=${encodeURIComponent(env.name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.openid ? { 'x-wx-openid': opts.openid } : {}) },
    body: JSON.stringify(data ?? {}),
  });
  const text = await res.text();
  const body = (text ? JSON.parse(text) : {}) as { result?: unknown; errCode?: number; errMsg?: string };
  if (body.errCode !== undefined && body.errCode !== 0) {
    throw Object.assign(new Error(`callFunction ${name} failed: ${body.errCode} ${body.errMsg ?? ''}`), {
      errCode: body.errCode,
      errMsg: body.errMsg,
    });
  }
  if (!res.ok) throw new Error(`callFunction ${name} → ${res.status}: ${text}`);
  return body.result;
}
