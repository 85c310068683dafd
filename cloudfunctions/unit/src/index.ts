// The `unit` function: a handling unit's assignments — sign, return, progress, extension, written reply.
// Thin entry: ports are built once per instance; identity is the platform's OPENID, never a payload field.
import * as cloud from 'wx-server-sdk';
import { unitFunction } from '../../../core/app/unit/unit-function';
import { createFunctionHandler } from '../../../core/app/shared/dispatcher';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const handler = createFunctionHandler(unitFunction, createCloudbasePorts(cloud as unknown as WxCloud));

export const main = (event: unknown) => handler(event, { openid: cloud.getWXContext().OPENID });
