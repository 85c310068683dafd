// The function host against the real wx-server-sdk inside built functions: identity per invocation, nested
// callFunction, warm reuse and cold starts, timeouts, thrown errors, the shared clock and the runtime zone.
import { callFunction, connectWxServerSdk, freshEnv, type TestEnv } from '../support/cloud';
import { ensureBuilt } from '../local-cloud/function-host-build';

type Probe = Record<string, unknown>;
let env: TestEnv;

beforeAll(async () => {
  ensureBuilt({ only: ['_probe', 'account'] });
  env = await freshEnv({ startAt: '2026-03-02T01:30:00Z', frozen: true });
});

const probe = (data: Probe, openid?: string): Promise<Probe> =>
  callFunction(env, '_probe', data, openid ? { openid } : {}) as Promise<Probe>;

describe('identity', () => {
  test('getWXContext() returns the caller of each invocation, even on the same warm instance', async () => {
    const first = (await probe({ command: 'context' }, 'o-alice')).wx;
    const second = (await probe({ command: 'context' }, 'o-bob')).wx;
    expect(first).toMatchObject({ OPENID: 'o-alice', ENV: env.name, SOURCE: 'wx_client' });
    expect(second).toMatchObject({ OPENID: 'o-bob', ENV: env.name, SOURCE: 'wx_client' });
    expect(typeof (first as Probe).APPID).toBe('string');
  });

  test('a call without a user carries no OPENID (HTTP access)', async () => {
    const { wx } = await probe({ command: 'context' });
    expect(wx).toEqual({ ENV: env.name, SOURCE: 'wx_http' });
  });

  test('a built product function answers through the same path: an unknown command is a coded error', async () => {
    await expect(callFunction(env, 'account', { command: 'whoami' }, { openid: 'o-carol' })).resolves.toMatchObject({
      ok: true,
      data: { registered: false, roles: [] },
    });
    await expect(callFunction(env, 'account', { command: 'nope' }, { openid: 'o-carol' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'COMMAND.UNKNOWN' },
    });
  });
});

describe('callFunction between functions', () => {
  test('the callee runs as the same user, and SOURCE records the chain', async () => {
    const res = await probe({ command: 'call', name: '_probe', data: { command: 'context' } }, 'o-dave');
    expect(res.errMsg).toBe('callFunction:ok');
    expect((res.result as Probe).wx).toMatchObject({ OPENID: 'o-dave', SOURCE: 'wx_client,scf' });
  });

  test('wx-server-sdk outside any function reaches functions too (scripts, tests)', async () => {
    const cloud = connectWxServerSdk(env);
    const res = await cloud.callFunction({ name: '_probe', data: { command: 'context' } });
    // A script is no mini-program user: the callee runs without an OPENID, as HTTP access does in the cloud.
    expect(res).toMatchObject({ errMsg: 'callFunction:ok', result: { wx: { ENV: env.name } } });
    expect((res as { result: Probe }).result.wx).not.toHaveProperty('OPENID');
  });

  test('a failing callee rejects the caller with what main threw (wx-server-sdk 4.0.2 reports errCode -1)', async () => {
    const res = await probe({ command: 'callCatch', data: { command: 'throw', message: 'inner boom' } }, 'o-erin');
    expect(res.caught).toMatchObject({ errCode: -1 });
    expect(String((res.caught as Probe).errMsg)).toMatch(/^callFunction:fail TypeError: inner boom/);
  });

  test('calling a function that does not exist fails', async () => {
    const res = await probe({ command: 'callCatch', name: 'no-such-function', data: {} }, 'o-erin');
    expect(String((res.caught as Probe).errMsg)).toMatch(/not found/);
  });
});

describe('instances', () => {
  test('sequential calls reuse one warm instance; its module scope persists', async () => {
    const a = await probe({ command: 'instance' }, 'o-f');
    const b = await probe({ command: 'instance' }, 'o-f');
    expect(b.instanceId).toBe(a.instanceId);
    expect(b.invocations).toBe((a.invocations as number) + 1);
  });

  test('concurrent calls get separate instances (cold starts), one invocation each at a time', async () => {
    const results = await Promise.all([1, 2, 3].map(() => probe({ command: 'sleep', ms: 300 }, 'o-g')));
    expect(new Set(results.map((r) => r.instanceId)).size).toBe(3);
  });
});

describe('failures, as the platform reports them', () => {
  test('an error thrown by main answers errCode -504002 with the error name and message', async () => {
    await expect(probe({ command: 'throw', message: 'bad thing' }, 'o-h')).rejects.toMatchObject({
      errCode: -504002,
      errMsg: expect.stringContaining('TypeError: bad thing') as unknown,
    });
  });

  test('running past the config.json timeout (1 s for _probe) is cut off; the function keeps answering', async () => {
    await expect(probe({ command: 'sleep', ms: 1500 }, 'o-i')).rejects.toMatchObject({
      errCode: -504002,
      errMsg: 'Invoking task timed out after 1 seconds',
    });
    await expect(probe({ command: 'sleep', ms: 10 }, 'o-i')).resolves.toMatchObject({ slept: 10 });
  });

  test('the instance that timed out is killed: its module scope is gone', async () => {
    const lone = await freshEnv({ frozen: true }); // its own pool: exactly one instance
    const call = (data: Probe): Promise<Probe> =>
      callFunction(lone, '_probe', data, { openid: 'o-k' }) as Promise<Probe>;
    const first = await call({ command: 'instance' });
    await expect(call({ command: 'sleep', ms: 1500 })).rejects.toMatchObject({ errCode: -504002 });
    const next = await call({ command: 'instance' });
    expect(next.instanceId).not.toBe(first.instanceId);
    expect(next.invocations).toBe(1);
  });
});

describe('time', () => {
  test("functions see the environment's clock and run in UTC", async () => {
    const at = await probe({ command: 'now' }, 'o-j');
    expect(at.iso).toBe(new Date(await env.now()).toISOString());
    expect(at.hours).toBe(1); // 01:30 UTC: the runtime zone is UTC whatever the machine's
    await env.advance(3_600_000);
    expect((await probe({ command: 'now' }, 'o-j')).iso).toBe('2026-03-02T02:30:00.000Z');
  });
});
