// The `account` function: whoami, registration, deputy link, role binding by invite, subscriptions, invites.
// Thin entry: ports are built once per instance; identity is the platform's OPENID, never a payload field.
import * as cloud from 'wx-server-sdk';
import { accountFunction } from '../../../core/app/account/account-function';
import { createFunctionHandler } from '../../../core/app/shared/dispatcher';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';
import { inboxCommands } from '../../../core/app/notices/inbox-commands';
import { createCloudbaseAppNotices } from '../../../core/adapters/cloudbase/notices-ports';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const handler = createFunctionHandler(
  { ...accountFunction, commands: { ...accountFunction.commands, ...inboxCommands } },
  {
    ...createCloudbasePorts(cloud as unknown as WxCloud),
    notices: createCloudbaseAppNotices(cloud as unknown as WxCloud, { dispatch: false }),
  },
);

export const main = (event: unknown) => handler(event, { openid: cloud.getWXContext().OPENID });
