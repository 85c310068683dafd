// The local-cloud started by global-setup, shared with global-teardown. Jest may load the two files as separate
// module instances, so the handle lives on globalThis of the parent process rather than in a module variable.
export interface RunningCloud {
  close(): Promise<void>;
  dataDir: string;
}

const KEY = Symbol.for('deputy-direct.local-cloud');
type Holder = { [KEY]?: RunningCloud };

export function getRunning(): RunningCloud | undefined {
  return (globalThis as Holder)[KEY];
}

export function setRunning(value: RunningCloud | undefined): void {
  (globalThis as Holder)[KEY] = value;
}
