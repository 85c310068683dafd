/**
 * The start page, rendered by miniprogram-simulate, talking to the real `account` function on local-cloud.
 */
import {
  freshComponentEnv,
  mountPage,
  takeOversizeSetData,
  tapInside,
  unreachableUrl,
  waitFor,
  SETDATA_LIMIT_BYTES,
} from './harness';

let env: { name: string; url: string };

beforeAll(async () => {
  env = await freshComponentEnv();
});

describe('pages/start/index', () => {
  test('shows a loading skeleton, then the roles account.whoami returns', async () => {
    const mounted = mountPage('pages/start/index', { env: env.name, openid: 'component-test-resident' });
    expect(mounted.page.querySelector('.start__loading')).toBeDefined();

    await waitFor(() => mounted.page.data.status !== 'loading', 'whoami to answer');

    expect(mounted.page.data.status).toBe('ready');
    expect(mounted.text()).toContain('我的身份');
    expect(mounted.text()).toContain('群众');
    expect(mounted.ariaLabels()).toContain('大字模式开关');
    expect(mounted.page.querySelector('.start__error')).toBeUndefined();
    // One function call for the first screen, and every setData within budget.
    expect(mounted.setDataCalls.length).toBeLessThanOrEqual(3);
    for (const call of mounted.setDataCalls) expect(call.bytes).toBeLessThanOrEqual(SETDATA_LIMIT_BYTES);
  });

  test('shows the error state with a retry when local-cloud cannot be reached, and recovers on retry', async () => {
    const mounted = mountPage('pages/start/index', { env: env.name, localCloudUrl: await unreachableUrl() });

    await waitFor(() => mounted.page.data.status === 'error', 'the call to fail');
    expect(mounted.text()).toContain('暂时无法获取您的身份');
    expect(mounted.text()).toContain('网络连接失败，请检查网络后重试');
    expect(mounted.ariaLabels()).toContain('重新加载身份信息');

    // The network comes back: point the app at the real local-cloud and tap retry.
    mounted.storage.set('dev.localCloudUrl', env.url);
    tapInside(mounted.page, '#retry-button', '.t-button');
    await waitFor(() => mounted.page.data.status === 'ready', 'the retry to succeed');
    expect(mounted.text()).toContain('群众');
  });

  test('shows an HTTP error from local-cloud as "service unavailable", in Chinese', async () => {
    // A real failure: local-cloud answers 404 for a route it does not serve.
    const mounted = mountPage('pages/start/index', { env: env.name, localCloudUrl: `${env.url}/no-such-prefix` });
    await waitFor(() => mounted.page.data.status === 'error', 'the call to fail');
    expect(mounted.page.data.errorMessage).toBe('服务暂时不可用，请稍后重试');
  });

  test('switches large-font mode with a class on the page root and remembers it', async () => {
    const mounted = mountPage('pages/start/index', { env: env.name });
    await waitFor(() => mounted.page.data.status !== 'loading', 'whoami to answer');
    const root = mounted.page.querySelector('.page');
    expect(root?.dom.className).not.toContain('page--large');

    expect(mounted.ariaLabels()).toContain('大字模式开关');

    tapInside(mounted.page, '#large-font-switch', '.t-switch');

    await waitFor(() => mounted.page.data.largeFont === true, 'the switch to apply');
    expect(root?.dom.className).toContain('page--large');
    expect(mounted.storage.get('pref.largeFont')).toBe(true);
  });

  test('the harness fails any setData over 64 KB', async () => {
    const mounted = mountPage('pages/start/index', { env: env.name });
    await waitFor(() => mounted.page.data.status !== 'loading', 'whoami to answer');
    expect(() => mounted.page.instance.setData({ errorMessage: 'x'.repeat(SETDATA_LIMIT_BYTES) })).toThrow(/bytes/);
    expect(takeOversizeSetData()).toHaveLength(1); // acknowledged here, so afterEach does not fail this test
  });
});
