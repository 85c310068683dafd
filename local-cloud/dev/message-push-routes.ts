// Dev routes for the media-check push (openapi/message-push.ts): deliver pending `wxa_media_check` results now
// (optionally one trace id, optionally with a chosen verdict), and set the words that make a photo risky.
import type { Router } from '../http-router';
import type { MessagePush } from '../openapi/message-push';
import type { MediaRule, OpenApiState } from '../openapi/open-api-state';
import { DevRouteError, devRoute, readJson, requiredString } from './json-route';

const SUGGESTS = ['pass', 'risky', 'review'] as const;

function mediaRule(value: unknown): MediaRule {
  if (typeof value === 'string' && value !== '') return { word: value, label: 20002, suggest: 'risky' };
  const rule = value as Partial<MediaRule> | null;
  if (typeof rule?.word !== 'string' || rule.word === '')
    throw new DevRouteError(400, 'each word is a string or { word, label?, suggest? }');
  return {
    word: rule.word,
    label: typeof rule.label === 'number' ? rule.label : 20002,
    suggest: rule.suggest === 'review' ? 'review' : 'risky',
  };
}

export function registerMessagePushDevRoutes(router: Router, push: MessagePush, state: OpenApiState): void {
  router.registerRoute(
    'POST',
    '/_dev/media-checks/deliver',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      const traceId = body.traceId === undefined ? undefined : requiredString(body.traceId, 'traceId');
      const suggest = body.suggest;
      if (suggest !== undefined && !SUGGESTS.includes(suggest as (typeof SUGGESTS)[number]))
        throw new DevRouteError(400, 'suggest must be pass, risky or review');
      const delivered = await push.deliverPending(env, {
        ...(traceId ? { traceId } : {}),
        ...(suggest ? { suggest: suggest as (typeof SUGGESTS)[number] } : {}),
      });
      return [200, { env, delivered }];
    }),
  );

  router.registerRoute(
    'POST',
    '/_dev/media-rules',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      if (!Array.isArray(body.words)) throw new DevRouteError(400, 'words must be an array');
      const rules = body.words.map(mediaRule);
      state.setMediaRules(env, rules);
      return [200, { env, rules }];
    }),
  );
}
