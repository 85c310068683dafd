// `POST /functions/<name>?env=E`: calls a function as a mini-program user would (`wx.cloud.callFunction`), with
// the user named by the `x-wx-openid` header (`x-wx-appid`, `x-wx-unionid` optional). The body is the event.
import type { IncomingMessage } from 'node:http';
import type { FunctionsHandle } from '../functions/register';
import { DevRouteError, readJson, requiredString } from './json-route';

/** The AppID functions see when the caller names none. */
export const DEV_APPID = 'wx0000000000local';

/** CloudBase's numeric codes for what the client SDK reports. */
const ERR_CODES: Record<string, number> = {
  FUNCTIONS_EXECUTE_FAIL: -504002,
  'ResourceNotFound.Function': -501000,
};

export async function callFunctionRoute(functions: FunctionsHandle, req: IncomingMessage, url: URL): Promise<[number, unknown]> {
  const name = decodeURIComponent(url.pathname.slice('/functions/'.length));
  const env = requiredString(url.searchParams.get('env'), 'env (query parameter)');
  const header = (key: string): string | undefined => {
    const value = req.headers[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const openid = header('x-wx-openid');
  if (!openid) throw new DevRouteError(400, 'x-wx-openid header is required (calls from the mini-program always carry a user)');
  const unionid = header('x-wx-unionid');
  const event = await readJson(req);
  const result = await functions.invoke({
    env,
    name,
    event,
    identity: { openid, appid: header('x-wx-appid') ?? DEV_APPID, ...(unionid ? { unionid } : {}) },
    source: 'wx_client',
  });
  if (result.ok) return [200, { result: result.result, requestId: result.requestId }];
  const errCode = ERR_CODES[result.code] ?? -501001;
  return [result.kind === 'not-found' ? 404 : 502, { errCode, errMsg: result.message, requestId: result.requestId }];
}
