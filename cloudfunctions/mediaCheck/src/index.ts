// The `mediaCheck` function: receives the `wxa_media_check` message push (the result of security.mediaCheckAsync
// v2 for a submitted photo) and records it on the item — see core/app/content/media-result.ts.
// Console setting it needs (云开发 → 设置 → 消息推送): message type `event`, event `wxa_media_check`, this function;
// config.json `messagePush` mirrors that setting for local-cloud. Answers 'success' as message pushes expect.
import * as cloud from 'wx-server-sdk';
import { applyMediaCheckResult, parseMediaCheckEvent } from '../../../core/app/content/media-result';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const ports = createCloudbasePorts(cloud as unknown as WxCloud);

export async function main(event: unknown): Promise<unknown> {
  // A mini-program may call any function: never take a client's word for a check result.
  const source = (cloud as unknown as WxCloud).getWXContext().SOURCE ?? '';
  if (/(^|,)(wx_client|wx_devtools)/.test(source)) return { ok: false, error: 'AUTH.FORBIDDEN' };
  const result = parseMediaCheckEvent(event);
  if (!result) return 'success';
  const outcome = await applyMediaCheckResult(ports, result);
  console.log(
    `mediaCheck ${result.traceId} ${result.suggest}: ${outcome.applied ? `item ${outcome.itemId}` : 'nothing to do'}`,
  );
  return 'success';
}
