// The `account` function (everyone calls it). For now only `whoami`, enough to prove the pipeline end to end:
// built bundle → local-cloud → real wx-server-sdk. Invite binding and subscription records come with their issue.
import * as cloud from 'wx-server-sdk';
import { ERROR_MESSAGES } from '../../../core/domain/errors';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });

interface Request {
  command?: unknown;
  requestId?: string;
  payload?: unknown;
}

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

export async function main(event: Request): Promise<Answer> {
  switch (event.command) {
    case 'whoami': {
      const { OPENID } = cloud.getWXContext();
      return { ok: true, data: { openid: OPENID, roles: [] } };
    }
    default:
      return { ok: false, error: { code: 'COMMAND.UNKNOWN', message: ERROR_MESSAGES['COMMAND.UNKNOWN'] } };
  }
}
