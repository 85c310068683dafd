/**
 * Subscription messages (订阅消息): ask inside a tap, then tell the server which templates were accepted.
 *
 * Guarantees: `askSubscriptions` calls wx.requestSubscribeMessage synchronously (the platform allows it only
 * inside a tap handler, before any await — platform.md §5) and never rejects; a refusal, a ban or a missing
 * template id simply yields no keys. Recording the credits is best-effort: a failure never blocks the action.
 */
import type { TemplateKey } from './template-ids';
import { TEMPLATE_IDS } from './template-ids';
import { recordSubscriptions } from './account';

/** Starts the request now (synchronously) and resolves to the template keys the person accepted. */
export function askSubscriptions(keys: TemplateKey[]): Promise<TemplateKey[]> {
  const wanted = keys.filter((k) => TEMPLATE_IDS[k] !== '');
  if (wanted.length === 0 || typeof wx.requestSubscribeMessage !== 'function') return Promise.resolve([]);
  return new Promise((resolve) => {
    try {
      wx.requestSubscribeMessage({
        tmplIds: wanted.map((k) => TEMPLATE_IDS[k]),
        success(res) {
          const answers = res as unknown as Record<string, string>;
          resolve(wanted.filter((k) => answers[TEMPLATE_IDS[k]] === 'accept'));
        },
        fail() {
          resolve([]);
        },
      });
    } catch {
      resolve([]);
    }
  });
}

/** Records accepted templates; the result is ignored on purpose (the in-app inbox always gets the notice). */
export async function recordAccepted(accepted: Promise<TemplateKey[]>): Promise<void> {
  const keys = await accepted;
  if (keys.length > 0) await recordSubscriptions(keys);
}
