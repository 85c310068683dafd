// What is deployed: every folder of the functions directory with a built `index.js`, read the way the platform
// reads a function folder (config.json for timeout, timer triggers and open-API permissions). Read from disk on
// each use, so a rebuilt bundle or an edited config.json takes effect without restarting local-cloud.
import fs from 'node:fs';
import path from 'node:path';

/** The platform's default timeout when config.json names none. */
export const DEFAULT_TIMEOUT_S = 3;

export interface TimerTrigger {
  readonly name: string;
  /** 7-field cron, read as UTC+8. */
  readonly config: string;
}

/** A message-push subscription: the console's 消息推送 row (MsgType, Event) → this function. */
export interface MessagePushConfig {
  readonly msgType: string;
  readonly event: string;
}

export interface FunctionConfig {
  readonly timeoutS: number;
  readonly triggers: readonly TimerTrigger[];
  readonly openapi: readonly string[];
  /** local-cloud only (the console holds this setting in the cloud): `messagePush: [{ msgType, event }]`. */
  readonly messagePush: readonly MessagePushConfig[];
}

export interface DeployedFunction {
  readonly name: string;
  readonly bundlePath: string;
  /** Changes whenever the bundle is rebuilt; instances started from an older one are retired. */
  readonly version: string;
  readonly config: FunctionConfig;
}

interface RawConfig {
  timeout?: unknown;
  triggers?: { name?: unknown; type?: unknown; config?: unknown }[];
  permissions?: { openapi?: unknown };
  messagePush?: { msgType?: unknown; event?: unknown }[];
}

export function readConfig(dir: string): FunctionConfig {
  let raw: RawConfig = {};
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')) as RawConfig;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${dir}/config.json: ${String(error)}`);
  }
  const timeoutS = typeof raw.timeout === 'number' && raw.timeout > 0 ? raw.timeout : DEFAULT_TIMEOUT_S;
  const triggers = (raw.triggers ?? [])
    .filter((t) => t.type === 'timer' && typeof t.config === 'string')
    .map((t) => ({ name: String(t.name ?? 'timer'), config: String(t.config) }));
  const openapi = Array.isArray(raw.permissions?.openapi) ? raw.permissions.openapi.map(String) : [];
  const messagePush = (Array.isArray(raw.messagePush) ? raw.messagePush : [])
    .filter((p) => typeof p?.msgType === 'string')
    .map((p) => ({ msgType: String(p.msgType), event: typeof p.event === 'string' ? p.event : '' }));
  return { timeoutS, triggers, openapi, messagePush };
}

export class FunctionCatalog {
  constructor(readonly functionsDir: string) {}

  /** The deployed function, or undefined when there is no such folder or it has no built bundle. */
  get(name: string): DeployedFunction | undefined {
    if (!/^[A-Za-z0-9_-]+$/.test(name)) return undefined; // a name is a folder, never a path
    const dir = path.join(this.functionsDir, name);
    const bundlePath = path.join(dir, 'index.js');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(bundlePath);
    } catch {
      return undefined;
    }
    return { name, bundlePath, version: `${stat.mtimeMs}:${stat.size}`, config: readConfig(dir) };
  }

  list(): DeployedFunction[] {
    let names: string[];
    try {
      names = fs.readdirSync(this.functionsDir);
    } catch {
      return [];
    }
    return names
      .sort()
      .map((name) => this.get(name))
      .filter((fn): fn is DeployedFunction => fn !== undefined);
  }
}
