// The real wx-server-sdk, in this process, configured the way a deployment configures it (environment variables
// only; nothing is mocked). The SDK reads TCB_CONTEXT_CNFG on every request (@cloudbase/node-sdk
// getCloudbaseContext), so `pointAt` can move the same initialised SDK between local-cloud and the bare transport
// server without re-initialising it: both measurements use one SDK instance, one HTTP agent, one process.

/** The slice of the SDK's database chain the bench uses (its published typings are a callback/promise union). */
export interface QueryChain {
  where(filter: Record<string, unknown>): QueryChain;
  orderBy(field: string, direction: 'asc' | 'desc'): QueryChain;
  limit(n: number): QueryChain;
  get(): Promise<{ data: Record<string, unknown>[] }>;
}

export interface BenchSdk {
  collection(name: string): QueryChain;
  /** Sends the SDK's next requests to `adminUrl` (`http://127.0.0.1:PORT/admin`). */
  pointAt(adminUrl: string): void;
}

export function connectSdk(env: string, adminUrl: string): BenchSdk {
  const pointAt = (url: string): void => {
    process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: url });
  };
  pointAt(adminUrl);
  // Dummy credentials: without them the SDK rejects asynchronously and crashes the process.
  process.env.TENCENTCLOUD_SECRETID = 'local-cloud';
  process.env.TENCENTCLOUD_SECRETKEY = 'local-cloud';
  process.env.TCB_ENV = env;
  // Off the cloud the SDK probes Tencent's metadata server before each call (30 ms timeout, twice): that would
  // dominate every figure. TENCENTCLOUD=true skips the probe; the endpoint still comes from TCB_CONTEXT_CNFG.
  process.env.TENCENTCLOUD = 'true';
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
  cloud.init({ env });
  const db = cloud.database() as unknown as { collection(name: string): QueryChain };
  return { collection: (name) => db.collection(name), pointAt };
}
