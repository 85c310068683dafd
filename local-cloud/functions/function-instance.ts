// One function instance as the platform runs it: a separate Node process holding one loaded bundle, serving one
// invocation at a time. Module scope survives between invocations (warm reuse); a timeout kills the process, as
// the platform discards an instance whose invocation ran out of time.
import { fork, type ChildProcess } from 'node:child_process';
import type { InstanceMessage, InvokeMessage, SerializedError } from './runtime/protocol';

export type InvokeOutcome =
  { ok: true; response: string } | { ok: false; kind: 'error' | 'timeout' | 'crash'; error: SerializedError };

export interface InstanceOptions {
  runtimePath: string;
  bundlePath: string;
  version: string;
  env: NodeJS.ProcessEnv;
  /** Receives each line the function prints. */
  output: (line: string) => void;
}

export class FunctionInstance {
  readonly version: string;
  /** Settles once the bundle is loaded (the cold start); rejects with the error module loading threw. */
  readonly ready: Promise<void>;
  busy = false;
  lastUsed = Date.now();
  private readonly child: ChildProcess;
  private exited = false;
  private pending: { id: number; settle: (outcome: InvokeOutcome) => void } | undefined;
  private nextId = 1;

  constructor(options: InstanceOptions) {
    this.version = options.version;
    this.child = fork(options.runtimePath, [options.bundlePath], {
      env: options.env,
      execArgv: [],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) options.output(line);
      });
    }
    this.ready = new Promise<void>((resolve, reject) => {
      this.child.on('message', (message: InstanceMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'load-failed') reject(toError(message.error));
        else if (message.type === 'done' && this.pending?.id === message.id) {
          const { settle } = this.pending;
          this.pending = undefined;
          settle(
            message.ok ? { ok: true, response: message.response } : { ok: false, kind: 'error', error: message.error },
          );
        }
      });
      this.child.on('exit', (code, signal) => {
        this.exited = true;
        const error = { name: 'Error', message: `function instance exited (${signal ?? `code ${code}`})` };
        reject(toError(error));
        this.pending?.settle({ ok: false, kind: 'crash', error });
        this.pending = undefined;
      });
    });
    this.ready.catch(() => undefined); // observed by callers; never an unhandled rejection
  }

  get alive(): boolean {
    return !this.exited;
  }

  /** Runs one invocation; on timeout the process is killed and the outcome says so. */
  invoke(message: Omit<InvokeMessage, 'type' | 'id'>, timeoutMs: number): Promise<InvokeOutcome> {
    if (this.pending) throw new Error('an instance serves one invocation at a time');
    const id = this.nextId++;
    return new Promise<InvokeOutcome>((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = undefined;
        this.kill();
        resolve({
          ok: false,
          kind: 'timeout',
          error: { name: 'TimeoutError', message: `Invoking task timed out after ${timeoutMs / 1000} seconds` },
        });
      }, timeoutMs);
      this.pending = {
        id,
        settle: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
      };
      this.child.send({ type: 'invoke', id, ...message } satisfies InvokeMessage);
    });
  }

  kill(): void {
    if (!this.exited) this.child.kill('SIGKILL');
  }

  /** Resolves once the process is gone (for orderly shutdown). */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.kill();
    await gone;
  }
}

function toError(error: SerializedError): Error {
  const out = new Error(error.message);
  out.name = error.name;
  if (error.stack) out.stack = error.stack;
  return out;
}
