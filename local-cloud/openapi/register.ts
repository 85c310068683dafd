// The `wx.openApi` action: what `cloud.openapi.*` sends. The request is a protobuf of snake_case parameters; the
// answer is a protobuf carrying WeChat's JSON (or picture bytes), which the SDK unpacks and turns into results or
// CloudSDKErrors. Calls made from a function are checked against its config.json `permissions.openapi`, as the
// platform does (-604101); calls from outside functions (scripts, tests) are trusted.
import { RawBody, type Router } from '../http-router';
import type { Environments } from '../environments';
import { invocationRegistryFor } from '../functions/invocation-registry';
import { registerOpenApiDevRoutes } from '../dev/openapi-routes';
import { decodeCommApiData, encodeCommOpenApiResp } from './protobuf-wire';
import { OPEN_API_HANDLERS, type OpenApiAnswer } from './open-api-handlers';
import { formatMessage, OpenApiState } from './open-api-state';

export interface OpenApiOptions {
  /** Holds `openapi/messages.jsonl`, the log of subscription messages sent. */
  dataDir: string;
  log: (line: string) => void;
}

export interface OpenApiHandle {
  readonly state: OpenApiState;
}

const NO_PERMISSION = -604101;
const API_NOT_FOUND = -604100;

function answer(result: OpenApiAnswer | { errorCode: number }): RawBody {
  if ('errorCode' in result)
    return new RawBody(encodeCommOpenApiResp({ respData: Buffer.alloc(0), errorCode: result.errorCode }));
  if ('json' in result) {
    return new RawBody(
      encodeCommOpenApiResp({
        respData: Buffer.from(JSON.stringify(result.json)),
        contentType: 'application/json; charset=utf-8',
      }),
    );
  }
  return new RawBody(encodeCommOpenApiResp({ respData: result.bytes, contentType: result.contentType }));
}

/** Parameters arrive as JSON text each; media parameters stay bytes. */
function decodeParams(raw: Map<string, Buffer>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of raw) {
    try {
      params[key] = JSON.parse(value.toString('utf8'));
    } catch {
      params[key] = value;
    }
  }
  return params;
}

export function registerOpenApi(
  server: { readonly router: Router; readonly environments: Environments },
  options: OpenApiOptions,
): OpenApiHandle {
  const state = new OpenApiState(options.dataDir);
  const registry = invocationRegistryFor(server.router);

  server.router.registerAction('wx.openApi', async (body, ctx) => {
    const apiName = String(body.apiName ?? '');
    const handler = OPEN_API_HANDLERS[apiName];
    if (!handler) {
      options.log(`open API ${apiName} is not implemented by local-cloud`);
      return answer({ errorCode: API_NOT_FOUND });
    }
    const caller = registry.lookup(body.wxCloudApiToken);
    if (caller && !caller.openapi.includes(apiName)) {
      options.log(`${caller.functionName}: open API ${apiName} is not in its config.json permissions.openapi`);
      return answer({ errorCode: NO_PERMISSION });
    }
    const requestData = body.requestData;
    const request = decodeCommApiData(
      Buffer.isBuffer(requestData) ? requestData : Buffer.from(String(requestData ?? ''), 'utf8'),
    );
    const before = state.messages(ctx.env).length;
    const result = handler(state, {
      env: ctx.env,
      now: server.environments.get(ctx.env).clock.now(),
      params: decodeParams(request.params),
    });
    for (const message of state.messages(ctx.env).slice(before))
      options.log(`subscription message ${formatMessage(message)}`);
    return answer(result);
  });

  registerOpenApiDevRoutes(server.router, state);
  return { state };
}
