// The `notices` timer function (every 10 minutes, config.json): retries outbox rows whose next attempt is due,
// with back-off, and marks them dead after the township's noticeMaxAttempts. Thin: see core/app/notices/dispatch.
import * as cloud from 'wx-server-sdk';
import { dispatchDue } from '../../../core/app/notices/dispatch';
import { createNoticePorts } from '../../../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const notices = createNoticePorts(cloud as unknown as WxCloud);

const BUDGET_MS = 40_000;

export async function main(): Promise<unknown> {
  const report = await dispatchDue(notices, { now: new Date(), deadline: Date.now() + BUDGET_MS });
  if (report.rows > 0) console.log(`notices: ${JSON.stringify(report)}`);
  return report;
}
