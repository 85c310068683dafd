// The `presidium` function: the queue and every presidium member's and staff's action, settings and statistics.
// Thin entry: ports are built once per instance; identity is the platform's OPENID, never a payload field.
import * as cloud from 'wx-server-sdk';
import { presidiumFunction } from '../../../core/app/presidium/presidium-function';
import { createFunctionHandler } from '../../../core/app/shared/dispatcher';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const handler = createFunctionHandler(presidiumFunction, createCloudbasePorts(cloud as unknown as WxCloud));

export const main = (event: unknown) => handler(event, { openid: cloud.getWXContext().OPENID });
