/**
 * My notices (main package, every role): the inbox page with unread markers and mark read, and the unread badge
 * on each role's home — against the real account function on local-cloud (notices written by real submits).
 */
import { mountPage, tapInside, unreachableUrl, waitFor } from './harness';
import { callAs, DEV, seededEnv, submitAsResident } from './fixtures';
import { ready } from './page-states';

let env: { name: string; url: string };

beforeAll(async () => {
  env = await seededEnv();
}, 120000);

async function unreadOf(openid: string): Promise<number> {
  return (await callAs<{ count: number }>(env, openid, 'account', 'unreadNoticeCount', {})).count;
}

describe('pages/notices/index', () => {
  test('lists notices with unread markers; opening one marks it read and opens its item; 全部已读', async () => {
    const first = await submitAsResident(env, '路灯不亮请修');
    await submitAsResident(env, '垃圾清运不及时');
    await waitFor(() => true, 'noop');
    let unread = 0;
    const deadline = Date.now() + 10000;
    while (unread < 2 && Date.now() < deadline) unread = await unreadOf(DEV.deputy);
    expect(unread).toBeGreaterThanOrEqual(2);

    const m = mountPage('pages/notices/index', { env: env.name, openid: DEV.deputy });
    await ready(m, 'notices');
    expect(m.page.data.status).toBe('ready');
    const rows = m.page.data.rows as { id: string; read: boolean; page: string }[];
    expect(rows.filter((r) => !r.read).length).toBeGreaterThanOrEqual(2);
    expect(m.ariaLabels().filter((l) => l.startsWith('未读，')).length).toBeGreaterThanOrEqual(2);

    const index = rows.findIndex((r) => r.page.includes(first));
    expect(index).toBeGreaterThanOrEqual(0);
    m.page.querySelectorAll('.notice')[index]!.dispatchEvent('tap');
    await waitFor(() => m.navigations.length > 0, 'opening the notice');
    expect(m.navigations[0]).toBe(`/packages/deputy/pages/item/index?id=${first}`);
    expect((m.page.data.rows as { read: boolean }[])[index]!.read).toBe(true);
    expect(await unreadOf(DEV.deputy)).toBe(unread - 1);

    tapInside(m.page, '#mark-all', '.t-button');
    await waitFor(() => (m.page.data.rows as { read: boolean }[]).every((r) => r.read), 'mark all');
    expect(await unreadOf(DEV.deputy)).toBe(0);
    expect(m.ariaLabels().filter((l) => l.startsWith('未读，'))).toEqual([]);
  });

  test('an empty inbox says so', async () => {
    const m = mountPage('pages/notices/index', { env: env.name, openid: DEV.chair });
    await ready(m, 'notices');
    expect(['empty', 'ready']).toContain(m.page.data.status);
  });

  test('shows the error state with a retry', async () => {
    const m = mountPage('pages/notices/index', {
      env: env.name,
      openid: DEV.deputy,
      localCloudUrl: await unreachableUrl(),
    });
    await waitFor(() => m.page.data.status === 'error', 'the error');
    expect(m.text()).toContain('网络连接失败，请检查网络后重试');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status !== 'error' && m.page.data.status !== 'loading', 'the retry');
  });
});

describe('the unread badge on each home', () => {
  test('the deputy home shows the unread count and opens the inbox', async () => {
    await submitAsResident(env, '桥面破损');
    let unread = 0;
    const deadline = Date.now() + 10000;
    while (unread < 1 && Date.now() < deadline) unread = await unreadOf(DEV.deputy);
    const m = mountPage('packages/deputy/pages/home/index', { env: env.name, openid: DEV.deputy });
    await waitFor(() => m.page.data.unread === unread, 'the badge', 20000);
    expect(m.ariaLabels()).toContain(`我的消息，${unread}条未读`);
    m.page.querySelector('#notice-entry')!.querySelector('.notice-entry')!.dispatchEvent('tap');
    await waitFor(() => m.navigations.includes('/pages/notices/index'), 'the inbox');
  });

  test.each([
    ['pages/home/index', DEV.resident],
    ['packages/presidium/pages/home/index', DEV.staff],
    ['packages/unit/pages/home/index', DEV.unit],
  ])('%s has the entry to my notices', async (path, openid) => {
    const m = mountPage(path, { env: env.name, openid });
    await ready(m, path);
    await waitFor(() => m.ariaLabels().some((l) => l.startsWith('我的消息')), 'the entry');
    expect(m.page.querySelector('#notice-entry')).toBeTruthy();
  });
});
