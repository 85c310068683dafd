/**
 * The effective service settings: build-time config plus the developer's run-time overrides.
 *
 * Guarantees: in cloud mode only config.ts counts (a stored override can never redirect production traffic);
 * in local mode a developer may store another local-cloud address, environment or dev identity, e.g. to preview
 * on a phone against a laptop on the same network, or to act as a deputy instead of a resident.
 */
import { config, type ServiceMode } from '../config';

export const DEV_STORAGE_KEYS = {
  localCloudUrl: 'dev.localCloudUrl',
  env: 'dev.env',
  openid: 'dev.openid',
} as const;

export interface ServiceSettings {
  mode: ServiceMode;
  env: string;
  localCloudUrl: string;
  devOpenid: string;
  timeoutMs: number;
}

function storedString(key: string): string | undefined {
  try {
    const value: unknown = wx.getStorageSync(key);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    // Storage can fail on a full device; the build-time default is always a safe answer.
    return undefined;
  }
}

export function currentSettings(): ServiceSettings {
  if (config.mode === 'cloud') {
    return {
      mode: 'cloud',
      env: config.env,
      localCloudUrl: config.localCloudUrl,
      devOpenid: '',
      timeoutMs: config.timeoutMs,
    };
  }
  return {
    mode: 'local',
    env: storedString(DEV_STORAGE_KEYS.env) ?? config.env,
    localCloudUrl: (storedString(DEV_STORAGE_KEYS.localCloudUrl) ?? config.localCloudUrl).replace(/\/+$/, ''),
    devOpenid: storedString(DEV_STORAGE_KEYS.openid) ?? config.defaultDevOpenid,
    timeoutMs: config.timeoutMs,
  };
}
