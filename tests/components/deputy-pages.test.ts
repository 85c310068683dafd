/**
 * Deputy subpackage pages, rendered by miniprogram-simulate against the real deputy and account functions on
 * local-cloud, in an environment seeded with the demo township, as the dev deputy.
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
  offline({ env: env.name, openid: DEV.deputy }, pagePath, query);

describe('packages/deputy/pages/home/index', () => {
  test("lists a resident's new item with tab counts, and refreshes on pull-down", async () => {
    await submitAsResident(env, '桥面护栏松动');
    const m = mountPage('packages/deputy/pages/home/index', { env: env.name, openid: DEV.deputy });
    await ready(m, 'inbox');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('桥面护栏松动');
    await waitFor(() => (m.page.data.tabs as { label: string }[])[0]!.label !== '新意见', 'the counts');
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['代群众录入意见', '查看我的履职记录', '按办理阶段筛选']));
    const before = (m.page.data.rows as unknown[]).length;
    await submitAsResident(env, '垃圾清运不及时');
    await (m.page.instance.onPullDownRefresh as () => Promise<void>)();
    expect((m.page.data.rows as unknown[]).length).toBe(before + 1);
    expect(m.text()).toContain('垃圾清运不及时');
    withinBudget(m);
  });

  test('shows the error state with a retry', async () => {
    const m = await failsWhenOffline('packages/deputy/pages/home/index');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status === 'ready', 'the retry');
  });
});

describe('packages/deputy/pages/item/index', () => {
  test('answers an item a resident submitted', async () => {
    const itemId = await submitAsResident(env, '路灯不亮');
    const m = mountPage('packages/deputy/pages/item/index', {
      env: env.name,
      openid: DEV.deputy,
      query: { id: itemId },
    });
    await ready(m, 'detail');
    expect(m.text()).toContain('路灯不亮');
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['直接答复群众', '转报主席团']));
    tapInside(m.page, '#answer-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'answer', 'the answer form');
    m.page.instance.setData({ answerText: '已联系电工，明天维修。' });
    tapInside(m.page, '#answer-button', '.t-button');
    await waitFor(() => !(m.page.data.item as { can: { answerOnSpot?: boolean } }).can.answerOnSpot, 'the answer');
    expect(m.page.data.actionError).toBe('');
    const seen = await callAs<{ reply?: { text: string } }>(env, DEV.resident, 'resident', 'detail', { itemId });
    expect(seen.reply?.text).toBe('已联系电工，明天维修。');
    withinBudget(m);
  });

  test('forwards an item to the presidium', async () => {
    const itemId = await submitAsResident(env, '村道需要拓宽');
    const m = mountPage('packages/deputy/pages/item/index', {
      env: env.name,
      openid: DEV.deputy,
      query: { id: itemId },
    });
    await ready(m, 'detail');
    tapInside(m.page, '#forward-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'forward', 'the forward form');
    m.page.instance.setData({ summary: '村道狭窄会车困难', deputyView: '建议列入年度道路计划', urgent: true });
    tapInside(m.page, '#forward-button', '.t-button');
    await waitFor(() => m.page.data.saving === false && m.page.data.mode === '', 'the forward');
    const seen = await callAs<{ status: string }>(env, DEV.deputy, 'deputy', 'detail', { itemId });
    expect(seen.status).toBe('forwarded');
  });

  test('hands an item to the village committee and records the village result', async () => {
    // Entered on a resident's behalf (the resident's daily submission limit is spent by the tests above).
    const entered = await callAs<{ itemId: string }>(
      env,
      DEV.deputy,
      'deputy',
      'enterOnBehalf',
      {
        channel: 'visit',
        submitterName: '周大伯',
        villageId: 'qh-v01',
        title: '村口水沟堵塞',
        content: '村口水沟被垃圾堵塞，下雨就漫到路上。',
        category: '道路交通',
      },
      rid(),
    );
    const itemId = entered.itemId;
    const m = mountPage('packages/deputy/pages/item/index', {
      env: env.name,
      openid: DEV.deputy,
      query: { id: itemId },
    });
    await ready(m, 'detail');
    expect(m.ariaLabels()).toContain('交村(居)委会办理');
    tapInside(m.page, '#village-mode-button', '.t-button');
    await waitFor(() => (m.page.data.villages as unknown[]).length > 0, 'the village committees', 20000);
    const villages = m.page.data.villages as { unitId: string; name: string; unitType: string }[];
    expect(villages.every((v) => v.unitType === 'village')).toBe(true);
    tapInside(m.page, '#refer-button', '.t-button');
    await waitFor(() => m.page.data.actionError === '请选择村(居)委会', 'the missing village');
    (m.page.instance.onVillage as (e: object) => void)({ detail: { value: 0 } });
    expect(m.text()).toContain(villages[0]!.name);
    m.page.instance.setData({ villageNote: '请村里三天内清理水沟。' });
    tapInside(m.page, '#refer-button', '.t-button');
    await waitFor(
      () => !!(m.page.data.item as { can: Record<string, boolean> }).can.recordVillageResult,
      'the hand-over',
      20000,
    );
    expect((await callAs<{ status: string }>(env, DEV.deputy, 'deputy', 'detail', { itemId })).status).toBe(
      'referredToVillage',
    );
    m.page.instance.setData({ villageResult: '村里已组织人员清理水沟，排水恢复正常。' });
    tapInside(m.page, '#village-result-button', '.t-button');
    await waitFor(
      () => !(m.page.data.item as { can: Record<string, boolean> }).can.recordVillageResult,
      'the result',
      20000,
    );
    expect(m.page.data.actionError).toBe('');
    const seen = await callAs<{ status: string }>(env, DEV.deputy, 'deputy', 'detail', { itemId });
    expect(seen.status).toBe('awaitingEvaluation');
    withinBudget(m);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/deputy/pages/item/index', { id: 'nope' });
  });
});

describe('packages/deputy/pages/enter/index', () => {
  test("enters an opinion on a resident's behalf", async () => {
    const m = mountPage('packages/deputy/pages/enter/index', { env: env.name, openid: DEV.deputy });
    await ready(m, 'villages');
    await waitFor(() => (m.page.data.categories as string[]).length > 0, "the township's categories");
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['选择渠道', '群众姓名', '提交录入']));
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.page.data.formError === '请填写群众姓名', 'the form error');
    m.page.instance.setData({
      channelIndex: 0,
      submitterName: '李大娘',
      villageIndex: 0,
      categoryIndex: 0,
      title: '卫生室缺药',
      content: '村卫生室常用降压药经常断货，老人要跑镇上买。',
      phone: '13800000000',
      consent: true,
    });
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.navigations.some((u) => u.startsWith('/packages/deputy/pages/item/index?id=')), 'the entry');
    const id = /id=([^&]+)/.exec(m.navigations[0]!)![1]!;
    const detail = await callAs<{ title: string }>(env, DEV.deputy, 'deputy', 'detail', { itemId: id });
    expect(detail.title).toBe('卫生室缺药');
  });

  test("the resident's phone field stays disabled until the privacy agreement is accepted in the popup", async () => {
    installPrivacyPlatform();
    try {
      const m = mountPage('packages/deputy/pages/enter/index', { env: env.name, openid: DEV.deputy });
      await ready(m, 'villages');
      await expectPhoneBehindPrivacy(m);
      await m.settled();
    } finally {
      removePrivacyPlatform();
    }
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/deputy/pages/enter/index');
  });
});

describe('packages/deputy/pages/record/index', () => {
  test('shows my duty record from the server', async () => {
    const m = mountPage('packages/deputy/pages/record/index', { env: env.name, openid: DEV.deputy });
    await ready(m, 'myRecord');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('收到意见');
    expect(m.text()).toContain('平均响应时间');
    expect(m.ariaLabels()).toContain('我的履职记录');
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/deputy/pages/record/index');
  });
});
