/**
 * Handling-unit subpackage pages, rendered by miniprogram-simulate against the real unit function on local-cloud,
 * in an environment seeded with the demo township, as the dev unit handler. Assigned items are made through the
 * real functions: a resident submits, the dev deputy forwards, the dev staff registers and assigns to the dev unit.
 */
import { mountPage, tapInside, waitFor, type SimComponent } from './harness';
import { callAs, DEV, rid, seededEnv, submitAsResident } from './fixtures';
import { ready, withinBudget, failsWhenOffline as offline } from './page-states';

let env: { name: string; url: string };

/** The dev unit handler's unit in the demo township (农业农村办). */
const DEV_UNIT_ID = 'qh-u-nyb';

beforeAll(async () => {
  env = await seededEnv();
}, 120000);

const version = async (openid: string, fn: string, itemId: string) =>
  (await callAs<{ version: number }>(env, openid, fn, 'detail', { itemId })).version;

/** An item assigned to the dev unit, waiting to be signed. */
async function assignedItem(title: string): Promise<string> {
  const itemId = await submitAsResident(env, title);
  await callAs(
    env,
    DEV.deputy,
    'deputy',
    'forwardToPresidium',
    {
      itemId,
      expectedVersion: await version(DEV.deputy, 'deputy', itemId),
      summary: title,
      deputyView: '请相关部门办理',
      urgent: false,
    },
    rid(),
  );
  await callAs(
    env,
    DEV.staff,
    'presidium',
    'register',
    { itemId, expectedVersion: await version(DEV.staff, 'presidium', itemId) },
    rid(),
  );
  await callAs(
    env,
    DEV.staff,
    'presidium',
    'assign',
    {
      itemId,
      expectedVersion: await version(DEV.staff, 'presidium', itemId),
      leadUnitId: DEV_UNIT_ID,
      leaderInCharge: '王副镇长',
      responsiblePerson: '李主任',
      contact: '13800000001',
    },
    rid(),
  );
  return itemId;
}

/** An item staff entered (no resident daily limit), registered and assigned to the dev unit, then signed. */
async function signedEnteredItem(title: string): Promise<string> {
  const { itemId } = await callAs<{ itemId: string }>(
    env,
    DEV.staff,
    'presidium',
    'enterItem',
    {
      channel: 'phone',
      submitterName: '孙大姐',
      villageId: 'qh-v01',
      title,
      content: `${title}，来电反映，请尽快处理。`,
      category: '农业农村',
    },
    rid(),
  );
  const ref = async () => ({ itemId, expectedVersion: await version(DEV.staff, 'presidium', itemId) });
  await callAs(env, DEV.staff, 'presidium', 'register', await ref(), rid());
  await callAs(
    env,
    DEV.staff,
    'presidium',
    'assign',
    {
      ...(await ref()),
      leadUnitId: DEV_UNIT_ID,
      leaderInCharge: '王副镇长',
      responsiblePerson: '李主任',
      contact: '13800000001',
    },
    rid(),
  );
  await callAs(
    env,
    DEV.unit,
    'unit',
    'sign',
    { itemId, expectedVersion: await version(DEV.unit, 'unit', itemId) },
    rid(),
  );
  return itemId;
}

const failsWhenOffline = (pagePath: string, query?: Record<string, string>) =>
  offline({ env: env.name, openid: DEV.unit }, pagePath, query);

describe('packages/unit/pages/home/index', () => {
  test('lists an assigned item to sign with tab counts, and refreshes on pull-down', async () => {
    await assignedItem('灌溉渠堵塞');
    const m = mountPage('packages/unit/pages/home/index', { env: env.name, openid: DEV.unit });
    await ready(m, 'assignments');
    expect(m.page.data.status).toBe('ready');
    expect(m.text()).toContain('灌溉渠堵塞');
    await waitFor(() => (m.page.data.tabs as { label: string }[])[0]!.label !== '待签收', 'the counts');
    expect(m.ariaLabels()).toContain('按办理阶段筛选');
    const before = (m.page.data.rows as unknown[]).length;
    await assignedItem('农机补贴未到账');
    await (m.page.instance.onPullDownRefresh as () => Promise<void>)();
    expect((m.page.data.rows as unknown[]).length).toBe(before + 1);
    expect(m.text()).toContain('农机补贴未到账');
    withinBudget(m);
  });

  test('shows the error state with a retry', async () => {
    const m = await failsWhenOffline('packages/unit/pages/home/index');
    m.storage.set('dev.localCloudUrl', env.url);
    tapInside(m.page.querySelector('#state') as never, '#retry-button', '.t-button');
    await waitFor(() => m.page.data.status !== 'loading' && m.page.data.status !== 'error', 'the retry');
  });
});

describe('packages/unit/pages/item/index', () => {
  test('signs an assigned item, records progress and answers with an outcome', async () => {
    const itemId = await assignedItem('田间道路损坏');
    const m = mountPage('packages/unit/pages/item/index', { env: env.name, openid: DEV.unit, query: { id: itemId } });
    await ready(m, 'detail');
    expect(m.text()).toContain('田间道路损坏');
    expect(m.ariaLabels()).toEqual(expect.arrayContaining(['签收交办事项', '交办有误，退回']));
    tapInside(m.page, '#sign-button', '.t-button');
    await waitFor(() => !(m.page.data.item as { can: { sign?: boolean } }).can.sign, 'the signing');
    expect(m.page.data.actionError).toBe('');
    const signed = await callAs<{ status: string }>(env, DEV.unit, 'unit', 'detail', { itemId });
    expect(signed.status).toBe('inProgress');

    tapInside(m.page, '#note-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'note', 'the note form');
    m.page.instance.setData({ note: '已到现场查看，正在联系施工队。', contactType: 'siteVisit' });
    tapInside(m.page, '#note-button', '.t-button');
    await waitFor(
      () => m.text().includes('已到现场查看，正在联系施工队。') || m.page.data.actionError !== '',
      'the note',
    );
    expect(m.page.data.actionError).toBe('');

    tapInside(m.page, '#reply-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'reply', 'the reply form');
    tapInside(m.page, '#reply-button', '.t-button');
    await waitFor(() => m.page.data.actionError === '请选择办理结果', 'the form error');
    m.page.instance.setData({ outcome: 'resolved', replyText: '道路已修复，恢复通行。' });
    tapInside(m.page, '#reply-button', '.t-button');
    await waitFor(
      () => !(m.page.data.item as { can: { submitReply?: boolean } }).can.submitReply || m.page.data.actionError !== '',
      'the reply',
    );
    expect(m.page.data.actionError).toBe('');
    const replied = await callAs<{ status: string }>(env, DEV.unit, 'unit', 'detail', { itemId });
    expect(replied.status).not.toBe('inProgress');
    withinBudget(m);
  });

  test('returns a misassigned item with a reason', async () => {
    const itemId = await assignedItem('学校门口缺少斑马线');
    const m = mountPage('packages/unit/pages/item/index', { env: env.name, openid: DEV.unit, query: { id: itemId } });
    await ready(m, 'detail');
    tapInside(m.page, '#return-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'return', 'the return form');
    m.page.instance.setData({ reason: '属交通管理，不属农业农村办职责' });
    tapInside(m.page, '#return-button', '.t-button');
    await waitFor(() => m.page.data.saving === false && m.page.data.mode === '', 'the return');
    const seen = await callAs<{ status: string }>(env, DEV.staff, 'presidium', 'detail', { itemId });
    expect(seen.status).not.toBe('assigned');
  });

  test('requests an extension, then answers 列入计划 with milestones and an expected date', async () => {
    const itemId = await signedEnteredItem('机耕路需硬化');
    const m = mountPage('packages/unit/pages/item/index', { env: env.name, openid: DEV.unit, query: { id: itemId } });
    await ready(m, 'detail');
    expect(m.ariaLabels()).toContain('申请延期');
    tapInside(m.page, '#extension-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'extension', 'the extension form');
    m.page.instance.setData({ extensionReason: '需等待县里资金下达' });
    tapInside(m.page, '#extension-button', '.t-button');
    await waitFor(() => m.page.data.actionError === '请选择申请延至的日期', 'the missing date');
    const { dueAt } = await callAs<{ dueAt: string }>(env, DEV.unit, 'unit', 'detail', { itemId });
    const asked = new Date(new Date(dueAt).getTime() + 10 * 86400000).toISOString().slice(0, 10);
    (m.page.instance.onDate as (e: object) => void)({
      detail: { value: asked },
      currentTarget: { dataset: { field: 'extensionDate' } },
    });
    tapInside(m.page, '#extension-button', '.t-button');
    await waitFor(() => m.page.data.mode === '' && m.page.data.saving === false, 'the extension request', 20000);
    expect(m.page.data.actionError).toBe('');
    const seen = await callAs<{ assignment?: { extension?: { decision: string } } }>(env, DEV.unit, 'unit', 'detail', {
      itemId,
    });
    expect(seen.assignment?.extension?.decision).toBe('pending');
    expect(m.text()).toContain('需等待县里资金下达');

    tapInside(m.page, '#reply-mode-button', '.t-button');
    await waitFor(() => m.page.data.mode === 'reply', 'the reply form');
    m.page.instance.setData({
      outcome: 'planned',
      replyText: '已列入明年机耕路硬化计划。',
      plan: '明年春耕前完成硬化',
    });
    const editor = m.page.querySelector('#reply-milestones') as never as SimComponent;
    await waitFor(() => (editor.data.rows as unknown[]).length === 1, 'the milestones editor');
    const edit = (method: string, index: number, value: string) =>
      (editor.instance[method] as (e: object) => void)({ detail: { value }, currentTarget: { dataset: { index } } });
    edit('onStage', 0, '资金落实');
    edit('onDate', 0, '2027-01-15');
    (editor.querySelector('#milestone-add') as never as { dispatchEvent: (e: string) => void }).dispatchEvent('tap');
    await waitFor(() => (editor.data.rows as unknown[]).length === 2, 'the second milestone');
    edit('onStage', 1, '施工');
    await waitFor(() => (m.page.data.milestones as unknown[]).length === 2, 'the milestones on the page');
    (m.page.instance.onDate as (e: object) => void)({
      detail: { value: '2027-04-30' },
      currentTarget: { dataset: { field: 'expectedDate' } },
    });
    tapInside(m.page, '#reply-button', '.t-button');
    await waitFor(
      () => !(m.page.data.item as { can: { submitReply?: boolean } }).can.submitReply || m.page.data.actionError !== '',
      'the planned reply',
      20000,
    );
    expect(m.page.data.actionError).toBe('');
    const replied = await callAs<{ status: string; reply?: { outcome: string; plan?: string } }>(
      env,
      DEV.staff,
      'presidium',
      'detail',
      { itemId },
    );
    expect(replied.status).not.toBe('inProgress');
    expect(replied.reply?.outcome).toBe('planned');
    withinBudget(m);
  });

  test('shows the error state', async () => {
    await failsWhenOffline('packages/unit/pages/item/index', { id: 'nope' });
  });
});
