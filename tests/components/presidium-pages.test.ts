/**
 * Presidium subpackage pages, rendered by miniprogram-simulate against the real presidium, deputy and resident
 * functions on local-cloud, in an environment seeded with the demo township. Items reach the queue the real way: a
 * resident submits, the deputy forwards to the presidium.
 */
import { mountPage, tapInside, waitFor, type Mounted, type SimComponent } from './harness';
import { callAs, DEV, rid, seededEnv, submitAsResident } from './fixtures';
import { ready, withinBudget, failsWhenOffline as offline } from './page-states';
import { expectPhoneBehindPrivacy, installPrivacyPlatform, removePrivacyPlatform } from './privacy-flow';

let env: { name: string; url: string };

beforeAll(async () => {
  env = await seededEnv();
}, 120000);

/** A resident's opinion forwarded by the dev deputy to the presidium; returns its id. */
async function forwardedItem(title: string): Promise<string> {
  const itemId = await submitAsResident(env, title);
  const seen = await callAs<{ version: number }>(env, DEV.deputy, 'deputy', 'detail', { itemId });
  await callAs(
    env,
    DEV.deputy,
    'deputy',
    'forwardToPresidium',
    {
      itemId,
      expectedVersion: seen.version,
      summary: `${title}，群众反映强烈`,
      deputyView: '建议交有关部门尽快处理。',
    },
    rid(),
  );
  return itemId;
}

/** An opinion staff entered on a resident's behalf (no resident daily limit); it arrives `forwarded`. */
async function enteredItem(title: string): Promise<string> {
  const data = await callAs<{ itemId: string }>(
    env,
    DEV.staff,
    'presidium',
    'enterItem',
    {
      channel: 'phone',
      submitterName: '赵大爷',
      villageId: 'qh-v01',
      title,
      content: `${title}，来电反映，请尽快处理。`,
      category: '道路交通',
    },
    rid(),
  );
  return data.itemId;
}

const versionOf = (itemId: string) =>
  callAs<{ version: number }>(env, DEV.staff, 'presidium', 'detail', { itemId }).then((d) => d.version);

/** Takes an item from registration to a released answer of the dev unit (农业农村办). */
async function answeredItem(itemId: string, outcome: 'resolved' | 'planned'): Promise<void> {
  const ref = async (openid: string, fn: string) => ({
    itemId,
    expectedVersion: (await callAs<{ version: number }>(env, openid, fn, 'detail', { itemId })).version,
  });
  const assignment = {
    leadUnitId: 'qh-u-nyb',
    leaderInCharge: '王副镇长',
    responsiblePerson: '李主任',
    contact: '13800000001',
  };
  await callAs(env, DEV.staff, 'presidium', 'register', await ref(DEV.staff, 'presidium'), rid());
  await callAs(env, DEV.staff, 'presidium', 'assign', { ...(await ref(DEV.staff, 'presidium')), ...assignment }, rid());
  await callAs(env, DEV.unit, 'unit', 'sign', await ref(DEV.unit, 'unit'), rid());
  const reply =
    outcome === 'planned'
      ? {
          text: '已列入明年计划。',
          outcome,
          plan: '明年汛期前完成',
          milestones: [{ stage: '施工' }],
          expectedDate: '2027-06-30',
        }
      : { text: '已处理完毕。', outcome };
  await callAs(env, DEV.unit, 'unit', 'submitReply', { ...(await ref(DEV.unit, 'unit')), ...reply }, rid());
  await callAs(env, DEV.staff, 'presidium', 'releaseReply', await ref(DEV.staff, 'presidium'), rid());
}

const failsWhenOffline = (pagePath: string, query?: Record<string, string>) =>
  offline({ env: env.name, openid: DEV.staff }, pagePath, query);

describe('packages/presidium/pages/home/index', () => {
  test('shows the queue with counts per status, filters by status and keyword, refreshes on pull-down', async () => {
    await forwardedItem('桥面护栏松动');
    const m = mountPage('packages/presidium/pages/home/index', { env: env.name, openid: DEV.staff });
    await ready(m, 'queue');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('桥面护栏松动');
    const chips = m.page.data.chips as { key: string; label: string; count: number }[];
    expect(chips.length).toBeGreaterThan(0);
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['打开设置', `${chips[0]!.label}，${chips[0]!.count}件`]));
    expect(m.ariaLabels().some((l) => l.startsWith('只看逾期'))).toBe(true);

    // A status chip narrows the list to that status.
    (m.page.querySelector(`#chip-${chips[0]!.key}`) as never as { dispatchEvent: (e: string) => void }).dispatchEvent(
      'tap',
    );
    await waitFor(() => m.page.data.statusFilter === chips[0]!.key && m.page.data.status !== 'loading', 'chip');
    for (const row of m.page.data.rows as { statusLabel: string }[]) expect(row.statusLabel).toBe(chips[0]!.label);

    // Keyword search over all statuses.
    m.page.instance.setData({ statusFilter: '', keyword: '护栏' });
    await (m.page.instance.onSearch as () => void)();
    await waitFor(() => m.page.data.status !== 'loading', 'search');
    const titles = (m.page.data.rows as { title: string }[]).map((r) => r.title);
    expect(titles).toContain('桥面护栏松动');
    expect(titles.every((t) => t.includes('护栏'))).toBe(true);

    // Pull-down refresh shows a newly forwarded item.
    await forwardedItem('护栏油漆脱落');
    await (m.page.instance.onPullDownRefresh as () => Promise<void>)();
    expect(m.text()).toContain('护栏油漆脱落');
    withinBudget(m);
  });

  test('shows the empty state when nothing matches', async () => {
    const m = mountPage('packages/presidium/pages/home/index', { env: env.name, openid: DEV.staff });
    await ready(m, 'queue');
    m.page.instance.setData({ keyword: '没有这样的事项' });
    await (m.page.instance.onSearch as () => void)();
    await waitFor(() => m.page.data.status === 'empty', 'the empty state');
    expect(m.text()).toContain('没有符合条件的事项');
  });

  test('shows the error state with a retry', async () => {
    const m = await failsWhenOffline('packages/presidium/pages/home/index');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status === 'ready', 'the retry', 20000);
  });
});

describe('packages/presidium/pages/item/index', () => {
  const open = (itemId: string) =>
    mountPage('packages/presidium/pages/item/index', { env: env.name, openid: DEV.staff, query: { id: itemId } });

  test('staff register an item as 重点, then assign it with the unit form and the deadline preview', async () => {
    const itemId = await forwardedItem('学校门口缺少斑马线');
    const m = open(itemId);
    await ready(m, 'detail');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('学校门口缺少斑马线');
    expect(m.text()).toContain('办理进度');
    expect(m.ariaLabels()).toEqual(
      expect.arrayContaining(['登记受理', '登记为重点事项', '确认不予受理', '不属本级职权', '确认并案']),
    );
    const before = (m.page.data.item as { statusLabel: string }).statusLabel;
    (m.page.querySelector('#key-toggle') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    tapInside(m.page, '#action-register', '.t-button');
    await waitFor(() => m.page.data.actionDone === '已登记受理', 'the registration', 20000);
    const after = m.page.data.item as { statusLabel: string; can: Record<string, boolean> };
    expect(after.statusLabel).not.toBe(before);
    expect(after.statusLabel).toBe('待交办');
    expect(after.can.register).toBeUndefined();
    const seen = await callAs<{ status: string; isKey: boolean }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(seen.status).toBe('registered');
    expect(seen.isKey).toBe(true);

    // A registered item is to be assigned: units from listUnits, the leader prefilled from the unit.
    expect(m.page.data.canAssign).toBe(true);
    const form = m.page.querySelector('#assign-form') as never as SimComponent;
    await waitFor(() => (form.data.units as unknown[]).length > 0, 'the units');
    const units = form.data.units as { unitId: string; name: string; leaderInCharge?: string }[];
    const index = Math.max(
      0,
      units.findIndex((u) => !!u.leaderInCharge),
    );
    (form.instance.onUnit as (e: object) => void)({ detail: { value: index } });
    expect(m.text()).toContain(units[index]!.name);
    if (units[index]!.leaderInCharge) expect(form.data.leaderInCharge).toBe(units[index]!.leaderInCharge);
    else form.instance.setData({ leaderInCharge: '王副镇长' });
    form.instance.setData({ responsiblePerson: '李站长', contact: '李站长 13800000000' });
    // Co-units (协办): added from the list; the lead unit and a repeat are ignored; a tap on a chip removes it.
    const others = units.map((_, i) => i).filter((i) => i !== index);
    const addCoUnit = (i: number) => (form.instance.onAddCoUnit as (e: object) => void)({ detail: { value: i } });
    for (const i of [others[0]!, index, others[1]!, others[0]!, others[2]!]) addCoUnit(i);
    expect((form.data.coUnits as { unitId: string }[]).map((u) => u.unitId)).toEqual(
      [others[0]!, others[1]!, others[2]!].map((i) => units[i]!.unitId),
    );
    expect(m.ariaLabels()).toContain(`移除协办单位${units[others[2]!]!.name}`);
    (
      form.querySelector(`#co-unit-${units[others[2]!]!.unitId}`) as never as { dispatchEvent: (e: string) => void }
    ).dispatchEvent('tap');
    await waitFor(() => (form.data.coUnits as unknown[]).length === 2, 'the removal');
    (form.querySelector('#priority-toggle') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    (form.querySelector('#difficult-toggle') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    await waitFor(() => form.data.preview !== null || form.data.previewError !== '', 'the preview');
    expect(m.text()).toContain('个工作日');
    expect(m.text()).toContain('法定上限');
    tapInside(form, '#assign-submit', '.t-button');
    await waitFor(() => String(m.page.data.actionDone).startsWith('已交办'), 'the assignment', 20000);
    const assigned = await callAs<{
      status: string;
      priority: string;
      assignment?: { leadUnitName: string; coUnitNames: string[] };
    }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(assigned.assignment?.coUnitNames).toEqual([units[others[0]!]!.name, units[others[1]!]!.name]);
    expect(assigned.status).toBe('assigned');
    expect(assigned.priority).toBe('key');
    expect(assigned.assignment?.leadUnitName).toBe(units[index]!.name);
    expect(m.page.data.canAssign).toBe(false);
    withinBudget(m);
  });

  test('the assign form refuses without a unit', async () => {
    const itemId = await enteredItem('村道路灯不亮');
    await callAs(env, DEV.staff, 'presidium', 'register', { itemId, expectedVersion: await versionOf(itemId) }, rid());
    const m = open(itemId);
    await ready(m, 'detail');
    const form = m.page.querySelector('#assign-form') as never as SimComponent;
    tapInside(form, '#assign-submit', '.t-button');
    await waitFor(() => form.data.formError === '请选择主办单位', 'the missing unit');
    expect(m.text()).toContain('请选择主办单位');
  });

  test('merges an item into a primary picked from the queue', async () => {
    const primaryId = await enteredItem('集市占道经营');
    const itemId = await enteredItem('集市摊位占道');
    const m = open(itemId);
    await ready(m, 'detail');
    expect(m.page.data.canMerge).toBe(true);
    tapInside(m.page, '#merge-button', '.t-button');
    await waitFor(() => m.page.data.actionError === '请填写或选择主件编号', 'the missing primary');
    (m.page.querySelector('#load-candidates') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    await waitFor(() => (m.page.data.candidates as unknown[]).length > 0, 'the candidates', 20000);
    const candidates = m.page.data.candidates as { itemId: string }[];
    expect(candidates.some((c) => c.itemId === itemId)).toBe(false);
    const i = candidates.findIndex((c) => c.itemId === primaryId);
    if (i >= 0) {
      (m.page.querySelector(`#candidate-${i}`) as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    } else {
      m.page.instance.setData({ primaryItemId: primaryId });
    }
    await waitFor(() => m.page.data.primaryItemId === primaryId, 'the picked primary');
    tapInside(m.page, '#merge-button', '.t-button');
    await waitFor(() => m.page.data.actionDone === '已并案', 'the merge', 20000);
    const seen = await callAs<{ status: string; mergedIntoItemId?: string }>(env, DEV.staff, 'presidium', 'detail', {
      itemId,
    });
    expect(seen.status).toBe('merged');
    expect(seen.mergedIntoItemId).toBe(primaryId);
  });

  test('after 不满意: the chair is offered 说明后办结, staff re-handle with the unit form', async () => {
    const itemId = await forwardedItem('河堤护坡坍塌');
    await answeredItem(itemId, 'resolved');
    let seen = await callAs<{ status: string; version: number }>(env, DEV.resident, 'resident', 'detail', { itemId });
    if (seen.status === 'replied') {
      await callAs(
        env,
        DEV.deputy,
        'deputy',
        'relay',
        { itemId, expectedVersion: seen.version, method: 'phone' },
        rid(),
      );
      seen = await callAs(env, DEV.resident, 'resident', 'detail', { itemId });
    }
    await callAs(
      env,
      DEV.resident,
      'resident',
      'evaluate',
      { itemId, expectedVersion: seen.version, rating: 'unsatisfied', comment: '护坡只是简单堆了土。' },
      rid(),
    );
    expect((await callAs<{ status: string }>(env, DEV.staff, 'presidium', 'detail', { itemId })).status).toBe(
      'reHandleReview',
    );

    // Staff are not offered 说明后办结 (chair only); the chair is, and may re-handle as well.
    const staffView = await callAs<{ actions: string[] }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(staffView.actions).not.toContain('closeWithExplanation');
    expect(staffView.actions).toContain('reHandle');
    const m = mountPage('packages/presidium/pages/item/index', {
      env: env.name,
      openid: DEV.chair,
      query: { id: itemId },
    });
    await ready(m, 'detail as the chair');
    const can = (m.page.data.item as { can: Record<string, boolean> }).can;
    expect(can.closeWithExplanation).toBe(true);
    expect((m.page.data.buttons as { key: string }[]).map((b) => b.key)).toContain('closeWithExplanation');
    expect(m.ariaLabels()).toContain('作出说明后办结（填写说明）');
    expect(m.page.data.canReHandle).toBe(true);
    expect(m.text()).toContain('重新办理');
    const form = m.page.querySelector('#rehandle-form') as never as SimComponent;
    await waitFor(() => (form.data.units as unknown[]).length > 0, 'the units');
    const units = form.data.units as { unitId: string }[];
    (form.instance.onUnit as (e: object) => void)({
      detail: {
        value: Math.max(
          0,
          units.findIndex((u) => u.unitId === 'qh-u-nyb'),
        ),
      },
    });
    form.instance.setData({
      leaderInCharge: '王副镇长',
      responsiblePerson: '李主任',
      contact: '13800000001',
      reason: '群众反映护坡未按标准修复，请重新办理。',
    });
    tapInside(form, '#assign-submit', '.t-button');
    await waitFor(
      () => String(m.page.data.actionDone).startsWith('已交重新办理') || form.data.formError !== '',
      're-handle',
      20000,
    );
    expect(form.data.formError).toBe('');
    const after = await callAs<{ status: string }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(after.status).toBe('reHandling');
    withinBudget(m);
  });

  test('列入计划: a closed planned answer goes to monitoring with milestones', async () => {
    const itemId = await enteredItem('灌渠改造');
    await answeredItem(itemId, 'planned');
    const d = await callAs<{ version: number }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    await callAs(
      env,
      DEV.staff,
      'presidium',
      'close',
      { itemId, expectedVersion: d.version, reason: '已答复，列入明年计划。' },
      rid(),
    );
    const m = open(itemId);
    await ready(m, 'detail');
    expect(m.page.data.canMonitor).toBe(true);
    const form = m.page.querySelector('#monitoring-form') as never as SimComponent;
    tapInside(form, '#monitoring-submit', '.t-button');
    await waitFor(() => form.data.formError === '请填写计划', 'the missing plan');
    form.instance.setData({ plan: '列入明年农田水利计划，汛期前完工。' });
    const editor = form.querySelector('#monitoring-milestones') as never as SimComponent;
    await waitFor(() => (editor.data.rows as unknown[]).length === 1, 'the milestones editor');
    (editor.instance.onStage as (e: object) => void)({
      detail: { value: '资金落实' },
      currentTarget: { dataset: { index: 0 } },
    });
    await waitFor(() => (form.data.milestones as unknown[]).length === 1, 'the milestone');
    tapInside(form, '#monitoring-submit', '.t-button');
    await waitFor(
      () =>
        m.page.data.actionDone === '已列入计划跟踪落实' || !['', '请填写计划'].includes(form.data.formError as string),
      'monitoring',
      20000,
    );
    expect(form.data.formError).toBe('');
    const after = await callAs<{ status: string }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(after.status).toBe('monitoring');
  });

  test('not accepting needs a reason, then the server records it', async () => {
    const itemId = await enteredItem('邻里宅基地纠纷');
    const m = open(itemId);
    await ready(m, 'detail');
    tapInside(m.page, '#not-accept-button', '.t-button');
    await waitFor(() => m.page.data.actionError === '请选择不予受理的理由', 'the missing reason');
    (m.page.querySelector('#reason-personalMatter') as never as { dispatchEvent: (e: string) => void }).dispatchEvent(
      'tap',
    );
    m.page.instance.setData({ rejectText: '属于邻里民事纠纷，建议通过村调解委员会调解。' });
    tapInside(m.page, '#not-accept-button', '.t-button');
    await waitFor(() => m.page.data.actionDone === '已作不予受理处理', 'the refusal', 20000);
    expect(m.text()).toContain('不予受理');
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/presidium/pages/item/index', { id: 'nope' });
  });
});

describe('packages/presidium/pages/enter/index', () => {
  test('the queue links to the entry page', async () => {
    const home = mountPage('packages/presidium/pages/home/index', { env: env.name, openid: DEV.staff });
    await ready(home, 'queue');
    expect(home.ariaLabels()).toContain('录入群众意见');
    (home.page.querySelector('#enter-link') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    await waitFor(() => home.navigations.includes('/packages/presidium/pages/enter/index'), 'the entry link');
    await home.settled();
  });

  test("the person's phone field stays disabled until the privacy agreement is accepted in the popup", async () => {
    installPrivacyPlatform();
    try {
      const m = mountPage('packages/presidium/pages/enter/index', { env: env.name, openid: DEV.staff });
      await ready(m, 'villages');
      await expectPhoneBehindPrivacy(m);
      await m.settled();
    } finally {
      removePrivacyPlatform();
    }
  });

  test('staff enter a petition, which opens registered', async () => {
    const m = mountPage('packages/presidium/pages/enter/index', { env: env.name, openid: DEV.staff });
    await ready(m, 'villages');
    await waitFor(() => (m.page.data.categories as string[]).length > 0, "the township's categories");
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['选择渠道', '提出人姓名', '提交录入']));
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(() => m.page.data.formError === '请填写提出人姓名', 'the form error');
    const channels = m.page.data.channelLabels as string[];
    m.page.instance.setData({
      channelIndex: channels.indexOf('信访'),
      submitterName: '钱大爷',
      villageIndex: 0,
      categoryIndex: 0,
      title: '宅前排水沟破损',
      content: '宅前排水沟破损多年，雨季污水倒灌进院子。',
      phone: '13800000002',
    });
    tapInside(m.page, '#submit-button', '.t-button');
    await waitFor(
      () => m.navigations.some((u) => u.startsWith('/packages/presidium/pages/item/index?id=')),
      'the entry',
      20000,
    );
    const id = /id=([^&]+)/.exec(m.navigations.find((u) => u.includes('item/index'))!)![1]!;
    const detail = await callAs<{ title: string; status: string; registrationNumber?: string }>(
      env,
      DEV.staff,
      'presidium',
      'detail',
      { itemId: id },
    );
    expect(detail.title).toBe('宅前排水沟破损');
    expect(detail.status).toBe('registered');
    expect(detail.registrationNumber).toBeTruthy();
    withinBudget(m);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/presidium/pages/enter/index');
  });
});

describe('packages/presidium/pages/settings/index', () => {
  const open = () => mountPage('packages/presidium/pages/settings/index', { env: env.name, openid: DEV.staff });

  test('mutes a non-urgent notice kind for me; urgent kinds are not offered', async () => {
    const m = open();
    await ready(m, 'settings');
    await waitFor(() => (m.page.data.mutes as unknown[]).length > 0, 'my notice preferences');
    const kinds = (m.page.data.mutes as { kind: string }[]).map((k) => k.kind);
    expect(kinds).toContain('dailyDigest');
    expect(kinds).not.toContain('urged');
    expect(m.ariaLabels()).toContain('每日摘要提醒');
    tapInside(m.page, '#mute-dailyDigest', '.t-switch');
    const muted = () =>
      callAs<{ mutedKinds: string[] }>(env, DEV.staff, 'account', 'noticePreferences', {}).then((p) => p.mutedKinds);
    await waitFor(
      () => (m.page.data.mutes as { kind: string; muted: boolean }[]).some((k) => k.kind === 'dailyDigest' && k.muted),
      'the mute',
    );
    expect(await muted()).toEqual(['dailyDigest']);
    tapInside(m.page, '#mute-dailyDigest', '.t-switch');
    await waitFor(() => (m.page.data.mutes as { kind: string; muted: boolean }[]).every((k) => !k.muted), 'the unmute');
    expect(await muted()).toEqual([]);
  });

  test('edits the categories and a time limit', async () => {
    const m = open();
    await ready(m, 'settings');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('意见类别');
    expect(m.text()).toContain('法定上限 3个月');
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['添加类别', '保存设置', '代表建议办理（个月）']));
    const categories = [...(m.page.data.categories as string[])];
    m.page.instance.setData({ newCategory: '文化体育' });
    (m.page.querySelector('#add-category') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    const rules = m.page.data.rules as { key: string }[];
    const i = rules.findIndex((r) => r.key === 'routingWorkingDays');
    m.page.instance.setData({ [`rules[${i}].value`]: '4' });
    tapInside(m.page, '#save-button', '.t-button');
    await waitFor(() => m.page.data.savedText === '已保存', 'the save', 20000);
    const saved = await callAs<{ categories: string[]; timeRules: Record<string, number> }>(
      env,
      DEV.staff,
      'presidium',
      'getSettings',
      {},
    );
    expect(saved.categories).toEqual([...categories, '文化体育']);
    expect(saved.timeRules.routingWorkingDays).toBe(4);
    withinBudget(m);
  });

  test('shows the Chinese refusal when a limit exceeds the statutory cap', async () => {
    const m = open();
    await ready(m, 'settings');
    const rules = m.page.data.rules as { key: string }[];
    const i = rules.findIndex((r) => r.key === 'suggestionHandlingMonths');
    m.page.instance.setData({ [`rules[${i}].value`]: '5' });
    tapInside(m.page, '#save-button', '.t-button');
    await waitFor(() => m.page.data.formError !== '' && m.page.data.saving === false, 'the refusal', 20000);
    expect(m.page.data.formError).toContain('法定时限上限');
    expect(m.page.data.formError).toContain('代表建议办理');
    expect(m.text()).toContain(m.page.data.formError as string);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/presidium/pages/settings/index');
  });
});

describe('packages/presidium/pages/statistics/index', () => {
  interface Figure {
    key: string;
    value: string;
    note: string;
  }
  const open = (openid: string = DEV.staff) =>
    mountPage('packages/presidium/pages/statistics/index', { env: env.name, openid });
  const figure = (m: Mounted, key: string) => (m.page.data.headline as Figure[]).find((f) => f.key === key)!;
  const tap = (m: Mounted, selector: string) =>
    (m.page.querySelector(selector) as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
  const pick = (m: Mounted, handler: 'onFrom' | 'onTo', value: string) =>
    (m.page.instance[handler] as (e: object) => void)({ detail: { value } });
  /** Today in Beijing, `YYYY-MM-DD`. */
  const today = () => new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);

  test('the queue links to the statistics page', async () => {
    const home = mountPage('packages/presidium/pages/home/index', { env: env.name, openid: DEV.staff });
    await ready(home, 'queue');
    expect(home.ariaLabels()).toContain('打开统计报表');
    tap(home, '#statistics-link');
    await waitFor(() => home.navigations.includes('/packages/presidium/pages/statistics/index'), 'the link');
    await home.settled();
  });

  test("shows this year's figures from the township's items; a newly answered item counts after pull-down", async () => {
    const m = open();
    await ready(m, 'statistics');
    const year = today().slice(0, 4);
    expect(m.page.data).toMatchObject({ periodKey: 'year', from: `${year}-01-01`, to: `${year}-12-31` });
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['本年，已选', '本月', `开始日期 ${year}-01-01`]));
    const received = Number(figure(m, 'received').value);
    const assigned = Number(figure(m, 'assignedCount').value);

    const itemId = await forwardedItem('村口路灯损坏');
    await answeredItem(itemId, 'resolved');
    await (m.page.instance.onPullDownRefresh as () => Promise<void>)();
    expect(m.page.data.status).toBe('ready');
    expect(figure(m, 'received').value).toBe(String(received + 1));
    expect(figure(m, 'assignedCount').value).toBe(String(assigned + 1));

    // The figures are the server's, as text: a rate with one decimal and n/d, "—" 暂无数据 for nothing measured.
    const server = await callAs<{
      report: Record<string, number | { numerator: number; denominator: number; rate: number | null }>;
      names: { deputies: Record<string, string>; units: Record<string, string> };
    }>(env, DEV.staff, 'presidium', 'statistics', { from: `${year}-01-01`, to: `${year}-12-31` });
    expect(figure(m, 'received').value).toBe(String(server.report.received));
    for (const key of ['closureRate', 'onTimeRate', 'satisfactionRate', 'resolutionRate']) {
      const rate = server.report[key] as { numerator: number; denominator: number; rate: number | null };
      const shown = figure(m, key);
      if (rate.rate === null) expect(shown).toMatchObject({ value: '—', note: '暂无数据' });
      else {
        expect(shown.value).toBe(`${(Math.round((rate.numerator * 1000) / rate.denominator) / 10).toFixed(1)}%`);
        expect(shown.note).toBe(`（${rate.numerator}/${rate.denominator}）`);
      }
    }
    expect(figure(m, 'closureRate').value).toMatch(/^\d+\.\d%$/);
    expect(m.text()).toContain('收件数');
    expect(m.text()).toContain('办结率');
    expect(m.ariaLabels()).toContain(`收件数：${received + 1}`);

    // Per unit and per deputy, named from the answer.
    const units = m.page.data.units as { id: string; name: string; assigned: number }[];
    expect(units.find((u) => u.id === 'qh-u-nyb')).toMatchObject({ name: '农业农村办公室' });
    expect(units.find((u) => u.id === 'qh-u-nyb')!.assigned).toBeGreaterThanOrEqual(1);
    expect(m.text()).toContain('农业农村办公室');
    const deputies = m.page.data.deputies as { id: string; name: string; received: number }[];
    expect(deputies.length).toBeGreaterThan(0);
    for (const d of deputies) expect(d.name).toBe(server.names.deputies[d.id] ?? '（已删除）');
    expect(m.text()).toContain(deputies[0]!.name);
    expect(m.text()).not.toContain('数据量过大');
    // When the server read only part of the data, the page says so above the figures.
    m.page.instance.setData({ truncated: true });
    expect(m.text()).toContain('数据量过大，仅统计了部分数据');
    withinBudget(m);
  });

  test('a period chip reads that period; a span of days with nothing in it shows the empty state', async () => {
    const m = open();
    await ready(m, 'statistics');
    const first = m.setDataCalls.length;
    tap(m, '#period-month');
    await waitFor(() => m.page.data.periodKey === 'month' && m.page.data.status !== 'loading', 'this month');
    expect(m.setDataCalls.slice(first).some((c) => c.keys.includes('headline'))).toBe(true);
    expect(m.page.data.from).toBe(`${today().slice(0, 7)}-01`);
    expect(m.ariaLabels()).toContain('本月，已选');
    const month = await callAs<{ report: { received: number } }>(env, DEV.staff, 'presidium', 'statistics', {
      from: m.page.data.from,
      to: m.page.data.to,
    });
    expect(figure(m, 'received').value).toBe(String(month.report.received));

    // Two dates picked in a row: only the answer for the last span is shown.
    pick(m, 'onFrom', '2001-01-01');
    pick(m, 'onTo', '2001-12-31');
    await waitFor(() => m.page.data.status === 'empty', 'the empty state', 20000);
    expect(m.page.data).toMatchObject({ periodKey: 'custom', from: '2001-01-01', to: '2001-12-31' });
    expect(m.text()).toContain('本期暂无统计数据');
    expect(m.ariaLabels()).toContain('自定义，已选');

    // A start after the end moves the end with it.
    pick(m, 'onFrom', '2002-03-01');
    expect(m.page.data.to).toBe('2002-03-01');
    await waitFor(() => m.page.data.status !== 'loading', 'the span');
    withinBudget(m);
  });

  test('导出Excel opens the period on screen as a spreadsheet, with the share menu', async () => {
    const m = open();
    await ready(m, 'statistics');
    expect(m.ariaLabels()).toContain('导出本期统计为Excel表格');
    tapInside(m.page, '#export-button', '.t-button');
    await waitFor(() => m.documents.length === 1 && m.page.data.exporting === false, 'the export', 20000);
    const [doc] = m.documents;
    expect(doc).toMatchObject({ fileType: 'xlsx', showMenu: true });
    // An .xlsx is a zip: it starts with "PK" and is more than an error page.
    expect(doc!.content.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(doc!.content.length).toBeGreaterThan(2000);
    expect(m.toasts).toEqual([]);
    withinBudget(m);
  });

  test('a presidium member may read the statistics but not export them', async () => {
    const m = open(DEV.presidiumMember);
    await ready(m, 'statistics as a presidium member');
    expect(['ready', 'empty']).toContain(m.page.data.status);
    expect((m.page.data.headline as Figure[]).length).toBeGreaterThan(0);
    tapInside(m.page, '#export-button', '.t-button');
    await waitFor(() => m.toasts.length === 1, 'the refusal');
    expect(m.toasts[0]).toContain('没有权限');
    expect(m.documents).toEqual([]);
    expect(m.page.data.exporting).toBe(false);
  });

  test('a unit handler may not', async () => {
    const m = open(DEV.unit);
    await ready(m, 'statistics as a unit handler');
    expect(m.page.data.status).toBe('error');
    expect(m.text()).toContain('没有权限');
    expect(m.page.data.headline).toEqual([]);
  });

  test('shows the error state with a retry', async () => {
    const m = await failsWhenOffline('packages/presidium/pages/statistics/index');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status === 'ready' || m.page.data.status === 'empty', 'the retry', 20000);
  });
});
