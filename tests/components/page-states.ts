/**
 * The states every page test checks, in one place: the first load finished (`status` left 'loading'), every
 * setData within the platform's 64 KB limit, and the error state with its retry when local-cloud cannot be
 * reached (the page shows the network message and a 重新加载 button with its accessibility label).
 */
import { mountPage, unreachableUrl, waitFor, SETDATA_LIMIT_BYTES, type Mounted } from './harness';

export const ready = (m: Mounted, what: string): Promise<void> =>
  waitFor(() => m.page.data.status !== 'loading', what, 20000);

export function withinBudget(m: Mounted): void {
  for (const call of m.setDataCalls) expect(call.bytes).toBeLessThanOrEqual(SETDATA_LIMIT_BYTES);
}

/** Mounts the page as `openid` against an address nothing answers, and checks its error state. */
export async function failsWhenOffline(
  as: { env: string; openid: string },
  pagePath: string,
  query?: Record<string, string>,
): Promise<Mounted> {
  const m = mountPage(pagePath, {
    env: as.env,
    openid: as.openid,
    localCloudUrl: await unreachableUrl(),
    ...(query ? { query } : {}),
  });
  await waitFor(() => m.page.data.status === 'error', `${pagePath} to fail`);
  expect(m.text()).toContain('网络连接失败，请检查网络后重试');
  expect(m.ariaLabels()).toContain('重新加载');
  return m;
}
