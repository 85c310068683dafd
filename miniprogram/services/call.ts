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
