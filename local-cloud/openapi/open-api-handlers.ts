// The open APIs local-cloud answers, with WeChat's parameters (snake_case, as the SDK sends them) and answers
// (errcode/errmsg JSON, or bytes for pictures). Checks follow the documented errors our code must handle.
import crypto from 'node:crypto';
import { invalidField } from './field-limits';
import type { OpenApiState } from './open-api-state';
import { seededPng } from './png';

export interface OpenApiCall {
  env: string;
  /** The environment's clock, for message times. */
  now: number;
  params: Record<string, unknown>;
}

export type OpenApiAnswer = { json: Record<string, unknown> } | { bytes: Buffer; contentType: string };

const rid = (): string => crypto.randomBytes(6).toString('hex');
const fail = (errcode: number, errmsg: string): OpenApiAnswer => ({
  json: { errcode, errmsg: `${errmsg} rid: ${rid()}` },
});
const ok = (extra: Record<string, unknown> = {}): OpenApiAnswer => ({ json: { errcode: 0, errmsg: 'ok', ...extra } });

function subscribeMessageSend(state: OpenApiState, { env, now, params }: OpenApiCall): OpenApiAnswer {
  const touser = params.touser;
  const templateId = params.template_id;
  if (typeof touser !== 'string' || touser === '') return fail(40003, 'invalid openid');
  if (typeof templateId !== 'string' || templateId === '') return fail(40037, 'invalid template_id');
  const data = params.data;
  if (typeof data !== 'object' || data === null) return fail(47003, 'argument invalid! data is empty');
  const bad = invalidField(data as Record<string, unknown>);
  if (bad) return fail(47003, `argument invalid! ${bad} invalid`);
  // Field errors come first on the platform too: a malformed send does not use up the user's acceptance.
  if (!state.useCredit(env, touser, templateId)) return fail(43101, 'user refuse to accept the msg');
  const fields: Record<string, string> = {};
  for (const [key, field] of Object.entries(data as Record<string, { value: string }>)) fields[key] = field.value;
  state.recordMessage({
    env,
    touser,
    templateId,
    ...(typeof params.page === 'string' ? { page: params.page } : {}),
    ...(typeof params.miniprogram_state === 'string' ? { miniprogramState: params.miniprogram_state } : {}),
    fields,
    time: new Date(now).toISOString(),
  });
  return ok({ msgid: Number.parseInt(crypto.randomBytes(5).toString('hex'), 16) });
}

function msgSecCheck(state: OpenApiState, { env, params }: OpenApiCall): OpenApiAnswer {
  if (params.version !== 2) return fail(40097, 'invalid args: version must be 2 (v1 is no longer maintained)');
  if (typeof params.openid !== 'string' || params.openid === '') return fail(40003, 'invalid openid');
  if (![1, 2, 3, 4].includes(params.scene as number)) return fail(40097, 'invalid args: scene must be 1, 2, 3 or 4');
  if (typeof params.content !== 'string') return fail(40097, 'invalid args: content is required');
  if ([...params.content].length > 2500) return fail(40097, 'invalid args: content longer than 2500 characters');
  const content = params.content;
  const hits = state.rules(env).filter((rule) => content.includes(rule.word));
  const worst = hits.find((h) => h.suggest === 'risky') ?? hits[0];
  const suggest = worst?.suggest ?? 'pass';
  const label = worst?.label ?? 100;
  return ok({
    trace_id: `${rid()}-local`,
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: hits.length ? 90 : 0 },
      ...hits.map((h) => ({
        strategy: 'keyword',
        errcode: 0,
        suggest: h.suggest,
        label: h.label,
        level: 20,
        keyword: h.word,
      })),
    ],
  });
}

function mediaCheckAsync(state: OpenApiState, { env, now, params }: OpenApiCall): OpenApiAnswer {
  if (params.version !== 2) return fail(40097, 'invalid args: version must be 2');
  if (typeof params.media_url !== 'string' || !/^https?:\/\//.test(params.media_url)) {
    return fail(40097, 'invalid args: media_url must be a public http(s) URL');
  }
  if (params.media_type !== 1 && params.media_type !== 2) return fail(40097, 'invalid args: media_type must be 1 or 2');
  if (typeof params.openid !== 'string' || params.openid === '') return fail(40003, 'invalid openid');
  const traceId = `${rid()}-local`;
  state.recordMediaCheck({
    env,
    traceId,
    mediaUrl: params.media_url,
    mediaType: params.media_type,
    openid: params.openid,
    ...(typeof params.scene === 'number' ? { scene: params.scene } : {}),
    time: new Date(now).toISOString(),
  });
  return ok({ trace_id: traceId });
}

function wxacodeGetUnlimited(_state: OpenApiState, { params }: OpenApiCall): OpenApiAnswer {
  const scene = params.scene;
  if (typeof scene !== 'string' || scene === '' || scene.length > 32) return fail(40169, 'invalid length for scene');
  return { bytes: seededPng(`${scene}|${String(params.page ?? '')}`), contentType: 'image/png' };
}

export const OPEN_API_HANDLERS: Record<string, (state: OpenApiState, call: OpenApiCall) => OpenApiAnswer> = {
  'subscribeMessage.send': subscribeMessageSend,
  'security.msgSecCheck': msgSecCheck,
  'security.mediaCheckAsync': mediaCheckAsync,
  'wxacode.getUnlimited': wxacodeGetUnlimited,
};
