/**
 * MessageSender on `cloud.openapi.subscribeMessage.send` (the function's config.json must list it under
 * `permissions.openapi`, else -604101). The SDK throws WeChat's refusals as `{ errCode, errMsg }`; they come back
 * as outcomes. Anything without an errCode is a transport failure and is thrown.
 */
import type { MessageSender, SendOutcome, SubscriptionMessage } from '../../ports/message-sender';
import type { WxCloud } from './sdk';

export class WxMessageSender implements MessageSender {
  constructor(
    private readonly cloud: WxCloud,
    /** `formal` in production; `developer`/`trial` open the message in those versions. */
    private readonly miniprogramState: 'formal' | 'developer' | 'trial' = 'formal',
  ) {}

  async send(message: SubscriptionMessage): Promise<SendOutcome> {
    const api = this.cloud.openapi.subscribeMessage?.send;
    if (!api) throw new Error('wx-server-sdk has no openapi.subscribeMessage.send');
    try {
      await api({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        miniprogramState: this.miniprogramState,
        data: Object.fromEntries(Object.entries(message.data).map(([key, value]) => [key, { value }])),
      });
      return { ok: true };
    } catch (error) {
      const e = error as { errCode?: unknown; errMsg?: unknown };
      if (typeof e.errCode === 'number' && e.errCode !== 0) {
        return { ok: false, errCode: e.errCode, errMsg: String(e.errMsg ?? '') };
      }
      throw error;
    }
  }
}
