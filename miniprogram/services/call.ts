/**
 * The only code in the mini-program that calls the cloud.
 *
 * Guarantees: every call resolves (never rejects) to `{ ok: true, data } | { ok: false, error }`, where `error`
 * carries a Chinese message fit to show as is; cloud mode goes through `wx.cloud.callFunction`, local mode POSTs
 * the same body to local-cloud's `/functions/<name>?env=<env>` with the dev identity in `x-wx-openid`, so a page
 * cannot tell the two apart.
 */
import { domainError, transportError, type ClientError, type TransportErrorCode } from './error-messages';
import { currentSettings, type ServiceSettings } from './settings';
import type { FunctionName, WireError } from './wire';

export type CallResult<T> = { ok: true; data: T } | { ok: false; error: ClientError };

export interface CallOptions {
  /** Client request id: mutating commands carry one so a retry returns the first result (architecture.md). */
  requestId?: string;
}

/** The body every callable function receives, in both modes. */
interface CommandBody {
  command: string;
  payload: unknown;
  requestId?: string;
}

/** What came back before we judged it: an answer from a function, or a transport failure. */
type Outcome = { kind: 'answer'; result: unknown } | { kind: 'transport'; code: TransportErrorCode };

export function callFunction<T>(
  fn: FunctionName,
  command: string,
  payload: unknown = {},
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const settings = currentSettings();
  const body: CommandBody = { command, payload };
  if (options.requestId !== undefined) body.requestId = options.requestId;
  const outcome = settings.mode === 'cloud' ? callCloud(fn, body) : callLocal(fn, body, settings);
  return outcome.then((o) => judge<T>(o));
}

function callLocal(fn: FunctionName, body: CommandBody, settings: ServiceSettings): Promise<Outcome> {
  const url = `${settings.localCloudUrl}/functions/${fn}?env=${encodeURIComponent(settings.env)}`;
  return new Promise((resolve) => {
    wx.request({
      url,
      method: 'POST',
      header: { 'content-type': 'application/json', 'x-wx-openid': settings.devOpenid },
      data: body as unknown as WechatMiniprogram.IAnyObject,
      dataType: 'json',
      timeout: settings.timeoutMs,
      success(res) {
        if (res.statusCode < 200 || res.statusCode >= 300) {
          resolve({ kind: 'transport', code: 'CLOUD.FUNCTION_FAILED' });
          return;
        }
        const data = res.data as { result?: unknown } | null;
        resolve({ kind: 'answer', result: data && typeof data === 'object' ? data.result : undefined });
      },
      fail(err) {
        resolve({ kind: 'transport', code: /timeout/i.test(err.errMsg) ? 'NETWORK.TIMEOUT' : 'NETWORK.UNREACHABLE' });
      },
    });
  });
}

function callCloud(fn: FunctionName, body: CommandBody): Promise<Outcome> {
  return new Promise((resolve) => {
    wx.cloud.callFunction({
      name: fn,
      data: body as unknown as WechatMiniprogram.IAnyObject,
      success(res) {
        resolve({ kind: 'answer', result: res.result });
      },
      fail(err: { errMsg?: string }) {
        // The platform reports timeouts and missing functions in errMsg only; anything else is "unavailable".
        const timedOut = /timeout/i.test(err.errMsg ?? '');
        resolve({ kind: 'transport', code: timedOut ? 'NETWORK.TIMEOUT' : 'CLOUD.FUNCTION_FAILED' });
      },
    });
  });
}

function judge<T>(outcome: Outcome): CallResult<T> {
  if (outcome.kind === 'transport') return { ok: false, error: transportError(outcome.code) };
  const result = outcome.result as { ok?: unknown; data?: unknown; error?: Partial<WireError> } | null | undefined;
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') {
    return { ok: false, error: transportError('CLOUD.BAD_RESPONSE') };
  }
  if (result.ok) return { ok: true, data: result.data as T };
  const error = result.error;
  if (!error || typeof error.code !== 'string') return { ok: false, error: transportError('CLOUD.BAD_RESPONSE') };
  return { ok: false, error: domainError(error.code, error.message) };
}

/**
 * Uploads a local file to cloud storage and resolves to its `cloud://` file id. Cloud mode: wx.cloud.uploadFile;
 * local mode: local-cloud's upload route (`POST /storage/upload`, the same multipart fields). Progress is
 * reported as a percentage; like callFunction it never rejects.
 */
export function uploadFile(
  cloudPath: string,
  filePath: string,
  onProgress?: (percent: number) => void,
): Promise<CallResult<{ fileId: string }>> {
  const settings = currentSettings();
  return new Promise((resolve) => {
    const failed = (err: { errMsg?: string }) =>
      resolve({
        ok: false,
        error: transportError(/timeout/i.test(err.errMsg ?? '') ? 'NETWORK.TIMEOUT' : 'NETWORK.UNREACHABLE'),
      });
    let task: { onProgressUpdate?(cb: (r: { progress: number }) => void): void } | undefined;
    if (settings.mode === 'cloud') {
      task = wx.cloud.uploadFile({
        cloudPath,
        filePath,
        success: (res) => resolve({ ok: true, data: { fileId: res.fileID } }),
        fail: failed,
      }) as unknown as typeof task;
    } else {
      task = wx.uploadFile({
        url: `${settings.localCloudUrl}/storage/upload?env=${encodeURIComponent(settings.env)}`,
        filePath,
        name: 'file',
        formData: { env: settings.env, cloudPath },
        header: { 'x-wx-openid': settings.devOpenid },
        success(res) {
          let body: { fileID?: unknown } = {};
          try {
            body = JSON.parse(res.data) as { fileID?: unknown };
          } catch {
            // an unreadable answer is a bad response below
          }
          if (res.statusCode === 200 && typeof body.fileID === 'string') {
            resolve({ ok: true, data: { fileId: body.fileID } });
          } else {
            resolve({ ok: false, error: transportError('CLOUD.BAD_RESPONSE') });
          }
        },
        fail: failed,
      }) as unknown as typeof task;
    }
    if (onProgress && task && typeof task.onProgressUpdate === 'function') {
      task.onProgressUpdate((r) => onProgress(r.progress));
    }
  });
}
