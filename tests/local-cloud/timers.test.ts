// Timer triggers from config.json: over a clock advance, every trigger due in the skipped span fires in order,
// each run seeing its own scheduled instant as "now", with the platform's timer event and no user identity.
// Cron is read in UTC+8 while the function runs in UTC (platform.md §8).
import path from 'node:path';
import { createServer, type RunningServer } from '../../local-cloud/server';
import { registerFunctions, type FunctionsHandle } from '../../local-cloud/functions/register';
import { registerDevRoutes } from '../../local-cloud/dev/register';
import { ensureBuilt, ROOT } from './function-host-build';

const OUT = path.join(ROOT, '.build', 'test-functions', 'timers');

let running: RunningServer;
let functions: FunctionsHandle;
const lines: string[] = [];

beforeAll(async () => {
  ensureBuilt({
    only: ['_tick_daily', '_tick_evening'],
    sourceDir: 'tests/local-cloud/timers-fixtures',
    outDir: OUT,
    always: true,
  });
  const server = createServer({ port: 0 });
  running = await server.listen();
  functions = registerFunctions(server, {
    functionsDir: OUT,
    adminUrl: `${running.url}/admin`,
    timers: false,
    log: (l) => lines.push(l),
  });
  registerDevRoutes(server, { functions, log: () => undefined });
});

afterAll(async () => {
  await functions.close();
  await running.close();
});

async function post(route: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${running.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

interface Run {
  fn: string;
  event: { Type: string; TriggerName: string; Time: string; Message: string };
  now: string;
  hours: number;
  wx: Record<string, unknown>;
}

function runsOf(env: string): Run[] {
  return lines
    .filter((l) => l.includes(`@${env}: TIMER-RUN `))
    .map((l) => JSON.parse(l.slice(l.indexOf('TIMER-RUN ') + 'TIMER-RUN '.length)) as Run);
}

test('advancing a frozen clock two days fires both triggers in time order, each at its own instant', async () => {
  await post('/_dev/envs', { env: 'timers-a', startAt: '2026-03-02T06:00:00Z', frozen: true });
  const res = await post('/_dev/clock', { env: 'timers-a', advanceMs: 2 * 86_400_000 });

  const expected = [
    ['_tick_evening', 'evening', '2026-03-02T12:00:00Z'], // 20:00 Beijing
    ['_tick_daily', 'morning', '2026-03-03T00:00:00Z'], // 08:00 Beijing
    ['_tick_evening', 'evening', '2026-03-03T12:00:00Z'],
    ['_tick_daily', 'morning', '2026-03-04T00:00:00Z'],
  ];
  expect(res.status).toBe(200);
  expect(res.body.now).toBe(Date.parse('2026-03-04T06:00:00Z'));
  expect(
    (res.body.fired as { functionName: string; trigger: string; time: string; ok: boolean }[]).map((f) => [
      f.functionName,
      f.trigger,
      f.time,
      f.ok,
    ]),
  ).toEqual(expected.map((e) => [...e, true]));
  const runs = runsOf('timers-a');
  expect(runs.map((r) => [r.fn, r.event.TriggerName, r.event.Time])).toEqual(expected);
  // Each run's clock stood at its scheduled instant, so the function saw that instant as now.
  expect(runs.map((r) => r.now)).toEqual(expected.map((e) => new Date(e[2]!).toISOString()));
});

test('a 0 0 8 * * * * trigger runs at 00:00 UTC, when getHours() in the function returns 0', async () => {
  await post('/_dev/envs', { env: 'timers-b', startAt: '2026-03-09T23:30:00Z', frozen: true });
  await post('/_dev/clock', { env: 'timers-b', to: '2026-03-10T00:30:00Z' });
  const [run] = runsOf('timers-b').filter((r) => r.fn === '_tick_daily');
  expect(run?.event).toEqual({ Type: 'Timer', TriggerName: 'morning', Time: '2026-03-10T00:00:00Z', Message: '' });
  expect(run?.hours).toBe(0);
});

test('timer runs carry no user: getWXContext has no OPENID and SOURCE is wx_trigger', async () => {
  await post('/_dev/envs', { env: 'timers-c', startAt: '2026-03-02T11:00:00Z', frozen: true });
  await post('/_dev/clock', { env: 'timers-c', advanceMs: 3_600_000 });
  const [run] = runsOf('timers-c');
  expect(run?.wx).toEqual({ ENV: 'timers-c', SOURCE: 'wx_trigger' });
});

test('a span with no trigger instant fires nothing, and the clock never moves back', async () => {
  await post('/_dev/envs', { env: 'timers-d', startAt: '2026-03-02T01:00:00Z', frozen: true });
  const quiet = await post('/_dev/clock', { env: 'timers-d', to: '2026-03-02T11:59:59Z' });
  expect(quiet.body.fired).toEqual([]);
  const back = await post('/_dev/clock', { env: 'timers-d', to: '2026-03-01T00:00:00Z' });
  expect(back.status).toBe(400);
});

test('each environment keeps its own clock and timers', async () => {
  await post('/_dev/envs', { env: 'timers-e1', startAt: '2026-03-02T06:00:00Z', frozen: true });
  await post('/_dev/envs', { env: 'timers-e2', startAt: '2026-03-02T06:00:00Z', frozen: true });
  await post('/_dev/clock', { env: 'timers-e1', advanceMs: 86_400_000 });
  const other = await fetch(`${running.url}/_dev/clock?env=timers-e2`).then(
    (r) => r.json() as Promise<{ now: number }>,
  );
  expect(other.now).toBe(Date.parse('2026-03-02T06:00:00Z'));
  expect(runsOf('timers-e2')).toEqual([]);
  expect((await post('/_dev/envs', { env: 'timers-e1' })).status).toBe(409);
});
