// Dev routes for the platform side of the open API: grant subscription credits (what a user accepted in
// wx.requestSubscribeMessage), list the messages sent, set the words msgSecCheck flags, list media checks.
import type { Router } from '../http-router';
import type { ContentRule, OpenApiState } from '../openapi/open-api-state';
import { DevRouteError, devRoute, readJson, requiredString } from './json-route';

function contentRule(value: unknown): ContentRule {
  if (typeof value === 'string' && value !== '') return { word: value, label: 21000, suggest: 'risky' };
  const rule = value as Partial<ContentRule> | null;
  if (typeof rule?.word !== 'string' || rule.word === '')
    throw new DevRouteError(400, 'each word is a string or { word, label?, suggest? }');
  return {
    word: rule.word,
    label: typeof rule.label === 'number' ? rule.label : 21000,
    suggest: rule.suggest === 'review' ? 'review' : 'risky',
  };
}

export function registerOpenApiDevRoutes(router: Router, state: OpenApiState): void {
  router.registerRoute(
    'POST',
    '/_dev/subscriptions',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      const openid = requiredString(body.openid, 'openid');
      const templateId = requiredString(body.templateId, 'templateId');
      const count = body.count === undefined ? 1 : body.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
        throw new DevRouteError(400, 'count must be a positive integer');
      return [200, { env, openid, templateId, credits: state.grant(env, openid, templateId, count) }];
    }),
  );

  router.registerRoute(
    'GET',
    '/_dev/messages',
    devRoute(async (_req, url) => {
      const env = requiredString(url.searchParams.get('env'), 'env');
      return [200, { messages: state.messages(env) }];
    }),
  );

  router.registerRoute(
    'POST',
    '/_dev/content-rules',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      if (!Array.isArray(body.words)) throw new DevRouteError(400, 'words must be an array');
      const rules = body.words.map(contentRule);
      state.setRules(env, rules);
      return [200, { env, rules }];
    }),
  );

  router.registerRoute(
    'GET',
    '/_dev/media-checks',
    devRoute(async (_req, url) => {
      const env = requiredString(url.searchParams.get('env'), 'env');
      return [200, { mediaChecks: state.mediaChecks(env) }];
    }),
  );
}
