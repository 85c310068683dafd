/**
 * account.listCategories: the township's categories from settings (the submit form never keeps its own copy).
 * account.subscriptionTemplates: for each template key the township configured, the WeChat template id, so the
 * mini-program asks wx.requestSubscribeMessage for the right ids and then records the accepted keys.
 * Both open to anyone (a visitor sees the deployment's township).
 * Database requests: listCategories 0–1 (township) + 2 (settings); subscriptionTemplates 0–1 + 1 (settings,
 * cached per instance for a minute).
 */
import type { SubscriptionTemplateView } from '../../contracts/pickers';
import type { NoticeKind } from '../../domain/notices/notice-rules';
import { TEMPLATE_KEYS, TEMPLATE_OF_KIND } from '../notices/template-catalog';
import type { CommandContext } from '../shared/dispatcher';
import { townshipOf } from './pickers';

export async function listCategories(ctx: CommandContext): Promise<{ categories: string[] }> {
  const townshipId = await townshipOf(ctx.ports, ctx.caller);
  return { categories: (await ctx.ports.settings.load(townshipId)).categories };
}

export async function subscriptionTemplates(ctx: CommandContext): Promise<{ templates: SubscriptionTemplateView[] }> {
  const townshipId = await townshipOf(ctx.ports, ctx.caller);
  const templates = ctx.ports.notices?.templates;
  if (!templates) return { templates: [] };
  const out: SubscriptionTemplateView[] = [];
  for (const key of TEMPLATE_KEYS) {
    const kind = (Object.keys(TEMPLATE_OF_KIND) as NoticeKind[]).find((k) => TEMPLATE_OF_KIND[k] === key);
    if (!kind) continue;
    const template = await templates.templateFor(townshipId, kind);
    if (template?.templateId) out.push({ templateKey: key, templateId: template.templateId });
  }
  return { templates: out };
}
