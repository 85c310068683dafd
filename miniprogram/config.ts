/**
 * Build-time configuration of the mini-program: which backend the services talk to.
 *
 * Guarantees: the only place that names the service mode, the local-cloud address and the CloudBase environment.
 * A developer switches to a real environment by setting `mode: 'cloud'` and `env` to the environment id;
 * on a phone in local mode the address and dev identity can be overridden at run time (services/settings.ts).
 */

export type ServiceMode = 'local' | 'cloud';

export interface AppConfig {
  /** 'local': HTTP to local-cloud's `/functions/<name>`; 'cloud': `wx.cloud.callFunction`. */
  readonly mode: ServiceMode;
  /** Base URL of local-cloud (loopback in DevTools; a LAN address when previewing on a phone). */
  readonly localCloudUrl: string;
  /** CloudBase environment id in cloud mode; the local-cloud environment name in local mode. */
  readonly env: string;
  /** Dev identity sent as `x-wx-openid` in local mode when none was chosen in the app. */
  readonly defaultDevOpenid: string;
  /** Milliseconds before a call is reported as timed out (the platform maximum is 60 s). */
  readonly timeoutMs: number;
}

export const config: AppConfig = {
  mode: 'local',
  localCloudUrl: 'http://127.0.0.1:3900',
  env: 'dev',
  defaultDevOpenid: 'dev-resident-openid',
  timeoutMs: 15000,
};
