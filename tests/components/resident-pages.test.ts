/**
 * Residents' pages (main package), rendered by miniprogram-simulate against the real account and resident
 * functions on local-cloud, in an environment seeded with the demo township.
 */
import { mountPage, tapInside, waitFor } from './harness';
import { callAs, DEV, rid, seededEnv, submitAsResident } from './fixtures';
import { ready, withinBudget, failsWhenOffline as offline } from './page-states';
import { expectPhoneBehindPrivacy, installPrivacyPlatform, removePrivacyPlatform } from './privacy-flow';

let env: { name: string; url: string };

beforeAll(async () => {
  env = await seededEnv();
}, 120000);

const failsWhenOffline = (pagePath: string, query?: Record<string, string>) =>
  offline({ env: env.name, openid: DEV.resident }, pagePath, query);

describe('pages/home/index', () => {
  test('shows my deputy and the entries, then my recent items', async () => {
    await submitAsResident(env, '村口道路坑洼');
    const m = mountPage('pages/home/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'whoami');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('我的代表');
    expect(m.text()).toContain('更换代表');
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['反映意见建议', '查看我反映的意见', '选择或更换我的代表']));
    await waitFor(() => m.page.data.recentStatus !== 'loading', 'recent items');
    expect(m.text()).toContain('村口道路坑洼');
    withinBudget(m);
  });

  test('a visitor is offered registration', async () => {
    const m = mountPage('pages/home/index', { env: env.name, openid: `visitor-${rid()}` });
    await ready(m, 'whoami');
    expect(m.text()).toContain('立即登记');
  });

  test('shows the error state with a retry', async () => {
    const m = await failsWhenOffline('pages/home/index');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status === 'ready', 'the retry');
  });
});

describe('pages/register/index', () => {
  test('lists villages and registers a visitor as a resident', async () => {
    const m = mountPage('pages/register/index', { env: env.name, openid: `visitor-${rid()}` });
    await ready(m, 'villages');
    expect((m.page.data.villageNames as string[]).length).toBeGreaterThan(0);
    m.page.instance.setData({ displayName: '王大爷', villageIndex: 0 });
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.navigations.includes('/pages/home/index'), 'registration');
  });

  test('refuses an empty form without calling the server', async () => {
    const m = mountPage('pages/register/index', { env: env.name, openid: `visitor-${rid()}` });
    await ready(m, 'villages');
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.page.data.formError !== '', 'the form error');
    expect(m.text()).toContain('请填写称呼');
  });

  test('shows the error state', async () => {
    await failsWhenOffline('pages/register/index');
  });
});

describe('pages/choose-deputy/index', () => {
  test('lists deputies and links the chosen one', async () => {
    const before = await callAs<{ resident: { linkedDeputyId: string } }>(env, DEV.resident, 'account', 'whoami', {});
    const m = mountPage('pages/choose-deputy/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'deputies');
    const deputies = m.page.data.deputies as { deputyId: string; name: string }[];
    expect(deputies.length).toBeGreaterThan(0);
    expect(m.ariaLabels()).toContain(`选择${deputies[0]!.name}代表`);
    const card = m.page.querySelectorAll('.cd__card')[0]!;
    card.dispatchEvent('tap');
    await waitFor(() => m.navigations.includes('/pages/home/index'), 'the link');
    const who = await callAs<{ resident: { linkedDeputyId: string } }>(env, DEV.resident, 'account', 'whoami', {});
    expect(who.resident.linkedDeputyId).toBe(deputies[0]!.deputyId);
    // Back to the seeded link, so the dev deputy keeps receiving this resident's items in later tests.
    await callAs(env, DEV.resident, 'account', 'linkDeputy', { deputyId: before.resident.linkedDeputyId }, rid());
  });

  test('shows the error state', async () => {
    await failsWhenOffline('pages/choose-deputy/index');
  });
});

describe('pages/submit/index', () => {
  type Wx = Record<string, unknown>;
  const wxGlobal = () => (globalThis as unknown as { wx: Wx }).wx;
  /** Records the commands the page sends (on top of the harness's real wx.request). */
  function recordCommands(): string[] {
    const commands: string[] = [];
    const request = wxGlobal().request as (o: { data?: { command?: string } }) => unknown;
    wxGlobal().request = (o: { data?: { command?: string } }) => {
      if (o.data?.command) commands.push(o.data.command);
      return request(o);
    };
    return commands;
  }

  afterEach(removePrivacyPlatform);

  test("offers the township's categories, asks for subscriptions in the tap, submits and reports the accepted keys", async () => {
    const asked: { tmplIds: string[]; sentBefore: string[] }[] = [];
    let commands: string[] = [];
    wxGlobal().requestSubscribeMessage = (o: { tmplIds: string[]; success(r: Record<string, string>): void }) => {
      asked.push({ tmplIds: o.tmplIds, sentBefore: [...commands] });
      o.success(Object.fromEntries(o.tmplIds.map((id) => [id, 'accept'])));
    };
    const m = mountPage('pages/submit/index', { env: env.name, openid: DEV.resident });
    commands = recordCommands();
    await ready(m, 'categories');
    const { categories } = await callAs<{ categories: string[] }>(env, DEV.resident, 'account', 'listCategories', {});
    expect(m.page.data.categories).toEqual(categories);
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['选择类别', '标题，最多20个字', '提交意见', '同意公开']));
    await waitFor(() => commands.includes('subscriptionTemplates'), 'the template ids');
    await m.settled();
    m.page.instance.setData({
      categoryIndex: 0,
      title: '路灯不亮',
      content: '村东头三盏路灯坏了一个月，晚上看不清路。',
    });
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => asked.length === 1, 'the subscription request');
    // Asked inside the tap with the server's template ids, before the submit went out.
    expect(asked[0]!.tmplIds.length).toBeGreaterThan(0);
    expect(asked[0]!.sentBefore).not.toContain('submit');
    await waitFor(() => m.navigations.some((u) => u.startsWith('/pages/item/index?id=')), 'the submit');
    await waitFor(() => commands.includes('recordSubscriptions'), 'the accepted keys');
    expect(commands.indexOf('recordSubscriptions')).toBeGreaterThan(commands.indexOf('submit'));
    const id = /id=([^&]+)/.exec(m.navigations[0]!)![1]!;
    const detail = await callAs<{ title: string }>(env, DEV.resident, 'resident', 'detail', { itemId: id });
    expect(detail.title).toBe('路灯不亮');
    delete wxGlobal().requestSubscribeMessage;
  });

  test('the phone field stays disabled until the privacy agreement is accepted in the popup', async () => {
    installPrivacyPlatform();
    const m = mountPage('pages/submit/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'categories');
    await expectPhoneBehindPrivacy(m);
  });

  test('the phone field is open at once when the agreement was already given', async () => {
    Object.assign(wxGlobal(), {
      getPrivacySetting: (o: { success(r: { needAuthorization: boolean }): void }) =>
        o.success({ needAuthorization: false }),
    });
    const m = mountPage('pages/submit/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'categories');
    await waitFor(() => m.page.data.privacyAgreed === true, 'no agreement needed');
    expect(m.page.querySelector('#phone-input')!.data.disabled).toBe(false);
  });

  test('explains a missing title before sending', async () => {
    const m = mountPage('pages/submit/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'categories');
    m.page.instance.setData({ categoryIndex: 0, content: '内容' });
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.page.data.formError === '请填写标题', 'the form error');
  });

  test("shows the server's refusal in Chinese", async () => {
    // A visitor is not a resident: the real function refuses, and the page shows its Chinese message.
    const v = mountPage('pages/submit/index', { env: env.name, openid: `visitor-${rid()}` });
    await ready(v, 'categories');
    v.page.instance.setData({ categoryIndex: 0, title: '标题', content: '内容' });
    tapInside(v.page, '#submit-button', '.t-button');
    await waitFor(() => v.page.data.formError !== '' && v.page.data.saving === false, 'the refusal');
    expect(v.text()).toContain(v.page.data.formError as string);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('pages/submit/index');
  });
});

describe('pages/my-items/index', () => {
  test('lists my items with status chips, and refreshes on pull-down', async () => {
    const m = mountPage('pages/my-items/index', { env: env.name, openid: DEV.resident });
    await ready(m, 'listMine');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('待代表处理');
    const before = (m.page.data.rows as unknown[]).length;
    await submitAsResident(env, '河道垃圾');
    await (m.page.instance.onPullDownRefresh as () => Promise<void>)();
    expect((m.page.data.rows as unknown[]).length).toBe(before + 1);
    expect(m.text()).toContain('河道垃圾');
    withinBudget(m);
  });

  test('shows the empty state for someone without items', async () => {
    const m = mountPage('pages/my-items/index', { env: env.name, openid: `visitor-${rid()}` });
    await ready(m, 'listMine');
    expect(['empty', 'error']).toContain(m.page.data.status);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('pages/my-items/index');
  });
});

describe('pages/item/index', () => {
  test("shows the timeline and lets me evaluate the deputy's answer", async () => {
    const itemId = await submitAsResident(env, '自来水压力小');
    const seen = await callAs<{ version: number }>(env, DEV.deputy, 'deputy', 'detail', { itemId });
    await callAs(
      env,
      DEV.deputy,
      'deputy',
      'answerOnSpot',
      { itemId, expectedVersion: seen.version, text: '已联系水厂，本周内检修加压泵。' },
      rid(),
    );
    const m = mountPage('pages/item/index', { env: env.name, openid: DEV.resident, query: { id: itemId } });
    await ready(m, 'detail');
    expect(m.text()).toContain('办理进度');
    expect(m.text()).toContain('请评价办理结果');
    m.page.instance.setData({ rating: 'satisfied', comment: '很及时' });
    tapInside(m.page, '#evaluate-button', '.t-button');
    await waitFor(() => !(m.page.data.item as { can: { rate?: boolean } }).can.rate, 'the evaluation');
    expect(m.text()).toContain('满意');
    withinBudget(m);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('pages/item/index', { id: 'nope' });
  });
});
