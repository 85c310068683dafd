// Dev routes: what tests, scripts and the mini-program in local mode use to drive local-cloud. Loopback only (the
// server refuses anything else), JSON in and out. Environments, the clock, and calling a function as a user.
// The open API's dev routes (subscription credits, sent messages, content rules) are in openapi-routes.ts.
import type { FunctionsHandle, LocalCloudServer } from '../functions/register';
import { DevRouteError, devRoute, instant, readJson, requiredString } from './json-route';
import { callFunctionRoute } from './functions-route';

export interface DevRoutesOptions {
  functions: FunctionsHandle;
  log: (line: string) => void;
}

export function registerDevRoutes(server: LocalCloudServer, options: DevRoutesOptions): void {
  const { router, environments } = server;

  router.registerRoute(
    'POST',
    '/_dev/envs',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      if (environments.has(env)) throw new DevRouteError(409, `environment ${env} exists`);
      const frozen = body.frozen === true;
      const created = environments.get(env, {
        frozen,
        ...(body.startAt !== undefined ? { startAt: instant(body.startAt, 'startAt') } : {}),
      });
      return [201, { env, now: created.clock.now(), frozen }];
    }),
  );

  router.registerRoute(
    'GET',
    '/_dev/clock',
    devRoute(async (_req, url) => {
      const env = requiredString(url.searchParams.get('env'), 'env');
      const now = environments.get(env).clock.now();
      return [200, { now, iso: new Date(now).toISOString() }];
    }),
  );

  router.registerRoute(
    'POST',
    '/_dev/clock',
    devRoute(async (req) => {
      const body = await readJson(req);
      const env = requiredString(body.env, 'env');
      const clock = environments.get(env).clock;
      let to: number;
      if (body.to !== undefined) to = instant(body.to, 'to');
      else if (typeof body.advanceMs === 'number' && body.advanceMs >= 0) to = clock.now() + body.advanceMs;
      else throw new DevRouteError(400, 'give advanceMs (>= 0) or to');
      if (to < clock.now()) throw new DevRouteError(400, 'the clock only moves forward');
      const { now, fired } = await options.functions.timers.advance(env, to);
      return [200, { now, iso: new Date(now).toISOString(), fired }];
    }),
  );

  router.registerRoute(
    'POST',
    '/functions/',
    devRoute((req, url) => callFunctionRoute(options.functions, req, url)),
  );
}
