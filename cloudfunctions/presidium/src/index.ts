// The `presidium` function: the queue and every presidium member's and staff's action, settings and statistics.
// Thin entry: ports are built once per instance; identity is the platform's OPENID, never a payload field.
import * as cloud from 'wx-server-sdk';
import { presidiumFunction } from '../../../core/app/presidium/presidium-function';
import { createFunctionHandler } from '../../../core/app/shared/dispatcher';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';
import { deadNoticeCommands } from '../../../core/app/notices/dead-notices-command';
import { createCloudbaseAppNotices } from '../../../core/adapters/cloudbase/notices-ports';
import { CloudbaseReportFiles } from '../../../core/adapters/cloudbase/report-files';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const handler = createFunctionHandler(
  { ...presidiumFunction, commands: { ...presidiumFunction.commands, ...deadNoticeCommands } },
  {
    ...createCloudbasePorts(cloud as unknown as WxCloud),
    notices: createCloudbaseAppNotices(cloud as unknown as WxCloud, { dispatch: true }),
    reportFiles: new CloudbaseReportFiles(cloud as unknown as WxCloud),
  },
);

export const main = (event: unknown) => handler(event, { openid: cloud.getWXContext().OPENID });
