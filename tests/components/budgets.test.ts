/**
 * Budgets the harness enforces on every page test (issue 5, "Budgets"): one function call to render a page's
 * first screen. The harness fails any test whose page makes more; here we show it counts right and does fail.
 */
import { mountPage, takeOverBudgetFirstScreens, waitFor } from './harness';
import { DEV, seededEnv } from './fixtures';

let env: { name: string; url: string };

beforeAll(async () => {
  env = await seededEnv();
}, 120000);

const FIRST_SCREENS: { path: string; openid: string }[] = [
  { path: 'pages/home/index', openid: DEV.resident },
  { path: 'pages/my-items/index', openid: DEV.resident },
  { path: 'pages/submit/index', openid: DEV.resident },
  { path: 'packages/deputy/pages/enter/index', openid: DEV.deputy },
  { path: 'pages/notices/index', openid: DEV.resident },
  { path: 'packages/deputy/pages/home/index', openid: DEV.deputy },
  { path: 'packages/presidium/pages/home/index', openid: DEV.staff },
  { path: 'packages/presidium/pages/settings/index', openid: DEV.chair },
  { path: 'packages/presidium/pages/statistics/index', openid: DEV.staff },
  { path: 'packages/unit/pages/home/index', openid: DEV.unit },
];

test.each(FIRST_SCREENS)('$path renders its first screen with one function call', async ({ path, openid }) => {
  const m = mountPage(path, { env: env.name, openid });
  await waitFor(() => m.firstScreenCalls() !== undefined, `${path} first screen`, 20000);
  expect(m.firstScreenCalls()).toBe(1);
  await m.settled();
});

test('a page that makes a second call before its first screen is reported', async () => {
  const m = mountPage('pages/home/index', { env: env.name, openid: DEV.resident });
  // A second request while the page still waits on its first: as if the page had fired two calls at once.
  (globalThis as unknown as { wx: { request(o: object): void } }).wx.request({ url: `${env.url}/healthz` });
  await waitFor(() => m.firstScreenCalls() !== undefined, 'first screen');
  expect(m.firstScreenCalls()).toBe(2);
  expect(takeOverBudgetFirstScreens()).toEqual(['pages/home/index made 2 calls before its first render with data']);
});
