// Test-only function (leading underscore: never deployed) for local-cloud's function-host contract tests. Each
// command exercises one platform behaviour: identity, warm reuse (a module-scope counter), nested calls,
// timeouts, thrown errors, the clock, open-API calls and their permissions.
import * as cloud from 'wx-server-sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

/** Lives as long as the instance: counts invocations served by this process. */
let invocations = 0;
const instanceId = `${process.pid}`;

interface ProbeEvent {
  command: string;
  ms?: number;
  message?: string;
  name?: string;
  data?: Record<string, unknown>;
  api?: string;
  params?: Record<string, unknown>;
}

export async function main(event: ProbeEvent, context: { function_name?: string }): Promise<unknown> {
  invocations += 1;
  switch (event.command) {
    case 'context':
      return { wx: cloud.getWXContext(), functionName: context.function_name, tz: process.env.TZ };
    case 'instance':
      return { instanceId, invocations };
    case 'sleep':
      await new Promise((resolve) => setTimeout(resolve, event.ms ?? 0));
      return { slept: event.ms ?? 0, instanceId };
    case 'throw':
      throw new TypeError(event.message ?? 'probe failure');
    case 'now':
      return { now: Date.now(), iso: new Date().toISOString(), hours: new Date().getHours() };
    case 'call': {
      // The typings allow void (callback style); with no callback it is always a promise of the result.
      const res = (await cloud.callFunction({ name: event.name ?? '_probe', data: event.data ?? {} })) as {
        result: unknown;
        errMsg: string;
      };
      return { result: res.result, errMsg: res.errMsg };
    }
    case 'callCatch':
      try {
        await cloud.callFunction({ name: event.name ?? '_probe', data: event.data ?? {} });
        return { caught: null };
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string; code?: string };
        return { caught: { errCode: e.errCode, code: e.code, errMsg: e.errMsg } };
      }
    case 'openapi': {
      const [group = '', method = ''] = (event.api ?? '').split('.');
      try {
        const res = (await cloud.openapi[group][method](event.params ?? {})) as Record<string, unknown>;
        const { buffer, ...rest } = res as { buffer?: Buffer };
        return { ok: true, res: rest, ...(buffer ? { bufferBase64: Buffer.from(buffer).toString('base64') } : {}) };
      } catch (error) {
        const e = error as { errCode?: number; errMsg?: string };
        return { ok: false, errCode: e.errCode, errMsg: e.errMsg };
      }
    }
    default:
      return { unknown: event.command };
  }
}
