/**
 * Subscription messages (订阅消息): the template ids come from the server (`account.subscriptionTemplates`, from the
 * township's server-side settings, fetched after a page's first screen); ask inside a tap, then tell the server
 * which templates were accepted (`account.recordSubscriptions`).
 *
 * Guarantees: `askSubscriptions` calls wx.requestSubscribeMessage synchronously (the platform allows it only
 * inside a tap handler, before any await — platform.md §5) with the ids already loaded, and never rejects; a
 * refusal, a ban or no configured id simply yields no keys. Recording the credits is best-effort: a failure never
 * blocks the action.
 */
import type { SubscriptionTemplateView } from '../../core/contracts/pickers';
import { recordSubscriptions, subscriptionTemplates } from './account';

/** core/app/notices/template-catalog.ts TEMPLATE_KEYS. */
export type TemplateKey = 'itemProgress' | 'newTask' | 'deadlineAlert' | 'dailyDigest';

/** Template ids loaded from the server, kept for the session (they change only when the township reconfigures). */
let loaded: SubscriptionTemplateView[] | undefined;

/** Loads the template ids once per session (call after the first screen); resolves whether it worked. */
export async function loadTemplates(): Promise<boolean> {
  if (loaded) return true;
  const result = await subscriptionTemplates();
  if (result.ok) loaded = result.data;
  return result.ok;
}

/** Starts the request now (synchronously) and resolves to the template keys the person accepted. */
export function askSubscriptions(keys: TemplateKey[]): Promise<TemplateKey[]> {
  const wanted = (loaded ?? []).filter((t) => keys.includes(t.templateKey as TemplateKey) && t.templateId !== '');
  if (wanted.length === 0 || typeof wx.requestSubscribeMessage !== 'function') return Promise.resolve([]);
  return new Promise((resolve) => {
    try {
      wx.requestSubscribeMessage({
        tmplIds: wanted.map((t) => t.templateId),
        success(res) {
          const answers = res as unknown as Record<string, string>;
          resolve(wanted.filter((t) => answers[t.templateId] === 'accept').map((t) => t.templateKey as TemplateKey));
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
