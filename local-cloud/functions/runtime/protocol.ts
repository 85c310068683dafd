// Messages between the function host and one instance process (over the child's IPC channel).

/** Environment variables the platform sets per invocation; everything getWXContext() and the SDK read. */
export type InvocationVars = Record<string, string>;

export interface InvokeMessage {
  type: 'invoke';
  id: number;
  event: unknown;
  context: Record<string, unknown>;
  vars: InvocationVars;
  /** The environment's clock at the start of the invocation, so the function's `Date` agrees with local-cloud. */
  clock: { now: number; frozen: boolean };
}

export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
}

export type InstanceMessage =
  | { type: 'ready'; loadMs: number }
  | { type: 'load-failed'; error: SerializedError }
  | { type: 'done'; id: number; ok: true; response: string }
  | { type: 'done'; id: number; ok: false; error: SerializedError };
