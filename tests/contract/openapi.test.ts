// The open API as functions call it through the real wx-server-sdk (cloud.openapi.*): subscription messages
// recorded and refused without a platform credit (43101) or with a field over its type limit (47003);
// msgSecCheck v2 by a configurable word list; mediaCheckAsync trace ids; mini-program codes; permissions.
import { callFunction, connectWxServerSdk, freshEnv, type TestEnv } from '../support/cloud';
import { ensureBuilt } from '../local-cloud/function-host-build';

type Probe = Record<string, unknown>;
let env: TestEnv;

beforeAll(async () => {
  ensureBuilt({ only: ['_probe'] });
  env = await freshEnv({ startAt: '2026-03-02T02:00:00Z', frozen: true });
});

const openapi = (api: string, params: Probe): Promise<Probe> =>
  callFunction(env, '_probe', { command: 'openapi', api, params }, { openid: 'o-caller' }) as Promise<Probe>;

async function dev(method: 'GET' | 'POST', route: string, body?: unknown): Promise<Probe> {
  const res = await fetch(`${env.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!res.ok) throw new Error(`${route} → ${res.status}`);
  return (await res.json()) as Probe;
}

const send = (touser: string, fields: Record<string, string>): Promise<Probe> =>
  openapi('subscribeMessage.send', {
    touser,
    templateId: 'TPL-REPLY',
    page: 'pages/opinion/detail?id=1',
    data: Object.fromEntries(Object.entries(fields).map(([k, value]) => [k, { value }])),
  });

describe('subscribeMessage.send', () => {
  test('each credit the user granted allows one send, recorded with recipient, template, page, fields, time', async () => {
    await dev('POST', '/_dev/subscriptions', { env: env.name, openid: 'o-res1', templateId: 'TPL-REPLY', count: 1 });
    const first = await send('o-res1', { thing1: '村道路灯不亮', phrase2: '已答复' });
    const second = await send('o-res1', { thing1: '再发一次', phrase2: '已答复' });

    expect(first).toMatchObject({ ok: true, res: { errCode: 0 } });
    expect(second).toMatchObject({ ok: false, errCode: 43101 });
    const { messages } = await dev('GET', `/_dev/messages?env=${env.name}`);
    expect(messages).toEqual([
      {
        env: env.name,
        touser: 'o-res1',
        templateId: 'TPL-REPLY',
        page: 'pages/opinion/detail?id=1',
        fields: { thing1: '村道路灯不亮', phrase2: '已答复' },
        time: '2026-03-02T02:00:00.000Z',
      },
    ]);
  });

  test('credits are per user and template', async () => {
    await dev('POST', '/_dev/subscriptions', { env: env.name, openid: 'o-res2', templateId: 'TPL-OTHER', count: 3 });
    await expect(send('o-res2', { thing1: '模板不同' })).resolves.toMatchObject({ ok: false, errCode: 43101 });
  });

  test.each([
    ['thing over 20 characters', { thing1: '一二三四五六七八九十一二三四五六七八九十一' }, 'data.thing1.value'],
    ['phrase over 5 characters', { phrase3: '正在办理中的事' }, 'data.phrase3.value'],
    ['phrase that is not Chinese', { phrase3: 'done' }, 'data.phrase3.value'],
    ['empty value', { thing1: '' }, 'data.thing1.value'],
  ])('47003 for a %s, naming the field, without using the credit', async (_label, fields, field) => {
    await dev('POST', '/_dev/subscriptions', { env: env.name, openid: 'o-res3', templateId: 'TPL-REPLY', count: 1 });
    const res = await send('o-res3', fields);
    expect(res).toMatchObject({ ok: false, errCode: 47003 });
    expect(String(res.errMsg)).toContain(field);
    await expect(send('o-res3', { thing1: '合规内容' })).resolves.toMatchObject({ ok: true });
  });
});

describe('security.msgSecCheck v2', () => {
  const check = (content: string, extra: Probe = {}): Promise<Probe> =>
    openapi('security.msgSecCheck', { version: 2, openid: 'o-res1', scene: 2, content, ...extra });

  test('ordinary text passes with label 100; a listed word is risky with its label', async () => {
    await dev('POST', '/_dev/content-rules', {
      env: env.name,
      words: ['违禁词', { word: '待审词', label: 20003, suggest: 'review' }],
    });
    await expect(check('村口的路灯坏了三天了')).resolves.toMatchObject({
      ok: true,
      res: { result: { suggest: 'pass', label: 100 } },
    });
    await expect(check('这里有违禁词')).resolves.toMatchObject({
      ok: true,
      res: { result: { suggest: 'risky', label: 21000 } },
    });
    await expect(check('这里有待审词')).resolves.toMatchObject({
      ok: true,
      res: { result: { suggest: 'review', label: 20003 } },
    });
  });

  test('the default word list applies until a test sets its own', async () => {
    const other = await freshEnv({ frozen: true });
    const res = (await callFunction(
      other,
      '_probe',
      {
        command: 'openapi',
        api: 'security.msgSecCheck',
        params: { version: 2, openid: 'o-x', scene: 1, content: '赌博' },
      },
      { openid: 'o-x' },
    )) as Probe;
    expect(res).toMatchObject({ ok: true, res: { result: { suggest: 'risky' } } });
  });

  test.each([
    ['without version 2', { version: 1 }],
    ['without openid', { openid: '' }],
    ['with an unknown scene', { scene: 9 }],
  ])('refuses a call %s', async (_label, extra) => {
    await expect(check('内容', extra)).resolves.toMatchObject({ ok: false });
  });
});

describe('other APIs', () => {
  test('mediaCheckAsync answers a trace id and records the request', async () => {
    const res = await openapi('security.mediaCheckAsync', {
      mediaUrl: 'https://example.invalid/a.jpg',
      mediaType: 2,
      version: 2,
      openid: 'o-res1',
      scene: 1,
    });
    const traceId = (res.res as Probe).traceId;
    expect(typeof traceId).toBe('string');
    const { mediaChecks } = await dev('GET', `/_dev/media-checks?env=${env.name}`);
    expect(mediaChecks).toEqual([
      expect.objectContaining({ traceId, mediaUrl: 'https://example.invalid/a.jpg', mediaType: 2 }),
    ]);
  });

  test('wxacode.getUnlimited returns a PNG buffer (called from outside a function here)', async () => {
    const cloud = connectWxServerSdk(env);
    const res = (await cloud.openapi.wxacode.getUnlimited({ scene: 'deputy=D01', page: 'pages/deputy/index' })) as {
      contentType: string;
      buffer: Buffer;
    };
    expect(res.contentType).toBe('image/png');
    expect(res.buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  test('a function calling an API missing from its config.json permissions gets -604101', async () => {
    const res = (await callFunction(
      env,
      '_probe',
      { command: 'openapi', api: 'wxacode.getUnlimited', params: { scene: 'x' } },
      { openid: 'o-caller' },
    )) as Probe;
    expect(res).toMatchObject({ ok: false, errCode: -604101 });
  });
});
