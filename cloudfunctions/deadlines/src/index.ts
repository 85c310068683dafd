// The `deadlines` timer function (every 10 minutes, config.json): sweeps items whose next deadline threshold has
// passed, writes the daily digest, and delivers what it owed. Thin: the work is core/app/scheduler/deadlines-run.
import * as cloud from 'wx-server-sdk';
import { runDeadlines } from '../../../core/app/scheduler/deadlines-run';
import { createNoticePorts, createSchedulerPorts } from '../../../core/adapters/cloudbase/notices-ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const wx = cloud as unknown as WxCloud;
const scheduler = createSchedulerPorts(wx);
const notices = createNoticePorts(wx);

/** Well inside config.json's 60 s timeout: the run stops cleanly and the next one resumes. */
const BUDGET_MS = 40_000;

export async function main(): Promise<unknown> {
  const report = await runDeadlines(scheduler, notices, { now: new Date(), budgetMs: BUDGET_MS });
  if (report.sweep.itemsSeen > 0 || report.digests.length > 0) console.log(`deadlines: ${JSON.stringify(report)}`);
  return report;
}
