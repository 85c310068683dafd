// `POST /functions/<name>?env=E`: calls a function as a mini-program user would (`wx.cloud.callFunction`), with
// the user named by the `x-wx-openid` header (`x-wx-appid`, `x-wx-unionid` optional). The body is the event.
// Without the header the call carries no user, like a call through CloudBase's HTTP access (SOURCE wx_http).
import type { IncomingMessage } from 'node:http';
import type { FunctionsHandle } from '../functions/register';
import { readJson, requiredString } from './json-route';

/** The AppID functions see when the caller names none. */
export const DEV_APPID = 'wx0000000000local';

/** CloudBase's numeric codes for what the client SDK reports. */
const ERR_CODES: Record<string, number> = {
  FUNCTIONS_EXECUTE_FAIL: -504002,
  'ResourceNotFound.Function': -501000,
};

export async function callFunctionRoute(
  functions: FunctionsHandle,
  req: IncomingMessage,
  url: URL,
): Promise<[number, unknown]> {
  const name = decodeURIComponent(url.pathname.slice('/functions/'.length));
  const env = requiredString(url.searchParams.get('env'), 'env (query parameter)');
  const header = (key: string): string | undefined => {
    const value = req.headers[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const openid = header('x-wx-openid');
  const unionid = header('x-wx-unionid');
  const event = await readJson(req);
  const result = await functions.invoke({
    env,
    name,
    event,
    ...(openid
      ? {
          identity: { openid, appid: header('x-wx-appid') ?? DEV_APPID, ...(unionid ? { unionid } : {}) },
          source: 'wx_client',
        }
      : { source: 'wx_http' }),
  });
  if (result.ok) return [200, { result: result.result, requestId: result.requestId }];
  const errCode = ERR_CODES[result.code] ?? -501001;
  return [result.kind === 'not-found' ? 404 : 502, { errCode, errMsg: result.message, requestId: result.requestId }];
}
