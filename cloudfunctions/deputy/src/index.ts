// The `deputy` function: inbox, triage, relay, entry on a resident's behalf, duty record.
// Thin entry: ports are built once per instance; identity is the platform's OPENID, never a payload field.
import * as cloud from 'wx-server-sdk';
import { deputyFunction } from '../../../core/app/deputy/deputy-function';
import { createFunctionHandler } from '../../../core/app/shared/dispatcher';
import { createCloudbasePorts } from '../../../core/adapters/cloudbase/ports';
import type { WxCloud } from '../../../core/adapters/cloudbase/sdk';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const handler = createFunctionHandler(deputyFunction, createCloudbasePorts(cloud as unknown as WxCloud));

export const main = (event: unknown) => handler(event, { openid: cloud.getWXContext().OPENID });
