// Cloud functions as the mini-program meets them: for each deployed function (cloudfunctions/<fn>/, names starting
// with "_" are test-only and skipped), the bundle size (target ≤ 150 KB; wx-server-sdk and the function's other
// package.json dependencies are external, installed by the platform), the cold start (first answer from a new
// instance: process start plus bundle load plus the call) and the warm latency of a cheap call.
//
// Calls go through POST /functions/<name>, the mini-program's local-mode route, so each figure is what a page
// waits for. A cold start is forced by calling in a fresh environment: instance pools are per environment, so the
// first call there always starts a new instance. The warm calls follow in the last such environment. The call is
// `account.whoami`; for a timer function (a timer trigger in config.json) the timer event, so it runs its real
// sweep over the fresh environment's empty collections; for the others an unknown command: it still loads the
// bundle, runs the entry and its validation and answers a coded error, without touching data.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchRow } from './bench-row';
import { PROJECT_ROOT, type BenchCloud } from './bench-cloud';
import type { BenchConfig } from './config';
import { progress } from './report';
import { summarize, timed } from './stats';

const FUNCTIONS_DIR = path.join(PROJECT_ROOT, 'cloudfunctions');
const BUNDLE_LIMIT_KB = 150;
const CHEAP_EVENTS: Record<string, { label: string; event: unknown }> = {
  account: { label: 'whoami', event: { command: 'whoami' } },
};
const UNKNOWN = { label: 'unknown command', event: { command: 'bench.unknownCommand' } };

/** The event a call sends, by the rules in the header. */
function cheapCall(name: string): { label: string; event: unknown } {
  const own = CHEAP_EVENTS[name];
  if (own) return own;
  try {
    const config = JSON.parse(fs.readFileSync(path.join(FUNCTIONS_DIR, name, 'config.json'), 'utf8')) as {
      triggers?: { name?: string; type?: string }[];
    };
    const timer = (config.triggers ?? []).find((t) => t.type === 'timer');
    if (timer) {
      const event = { Type: 'Timer', TriggerName: timer.name ?? 'timer', Time: new Date().toISOString(), Message: '' };
      return { label: 'timer run, empty env', event };
    }
  } catch {
    // no readable config.json: treat it as a callable function
  }
  return UNKNOWN;
}

export function deployedFunctions(): string[] {
  if (!fs.existsSync(FUNCTIONS_DIR)) return [];
  return fs
    .readdirSync(FUNCTIONS_DIR, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_') && !e.name.startsWith('.'))
    .map((e) => e.name)
    .filter((name) => ['src/index.ts', 'index.js'].some((f) => fs.existsSync(path.join(FUNCTIONS_DIR, name, f))))
    .sort();
}

/** Dependencies besides wx-server-sdk that the bundle leaves external (they add to the deployed size). */
function otherExternals(name: string): string[] {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(FUNCTIONS_DIR, name, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    return Object.keys(pkg.dependencies ?? {}).filter((d) => d !== 'wx-server-sdk');
  } catch {
    return [];
  }
}

interface CallOutcome {
  /** "ok", "coded error CODE" or "failed ERRCODE". */
  answer: string;
}

async function call(bench: BenchCloud, env: string, name: string): Promise<CallOutcome> {
  const call = cheapCall(name);
  const timer = call.label.startsWith('timer');
  const res = await fetch(`${bench.cloud.url}/functions/${encodeURIComponent(name)}?env=${encodeURIComponent(env)}`, {
    method: 'POST',
    // A timer run carries no user; callable functions are called as a signed-in mini-program user.
    headers: { 'content-type': 'application/json', ...(timer ? {} : { 'x-wx-openid': 'bench-openid' }) },
    body: JSON.stringify(call.event),
  });
  const body = (await res.json()) as { result?: { ok?: boolean; error?: { code?: string } }; errCode?: number };
  if (!res.ok) return { answer: `failed ${body.errCode ?? res.status}` };
  if (body.result && body.result.ok === false) return { answer: `coded error ${body.result.error?.code ?? '?'}` };
  return { answer: 'ok' };
}

async function benchOne(bench: BenchCloud, name: string, config: BenchConfig): Promise<BenchRow[]> {
  const section = 'functions';
  const bundle = path.join(FUNCTIONS_DIR, name, 'index.js');
  const externals = otherExternals(name);
  const rows: BenchRow[] = [];
  if (!fs.existsSync(bundle)) {
    return [{ section, name: `${name} bundle`, value: 'not built', unit: '', note: 'run npm run build' }];
  }
  rows.push({
    section,
    name: `${name} bundle size`,
    value: fs.statSync(bundle).size / 1024,
    unit: 'KB',
    limit: BUNDLE_LIMIT_KB,
    note: externals.length ? `without wx-server-sdk; also external: ${externals.join(', ')}` : 'without wx-server-sdk',
  });

  const cold: number[] = [];
  let env = '';
  let outcome: CallOutcome = { answer: '' };
  for (let k = 0; k < config.coldStarts; k++) {
    env = `bench-fn-${name}-${process.pid}-${k}`;
    const e = env;
    cold.push(await timed(async () => (outcome = await call(bench, e, name))));
  }
  const coldSummary = summarize(cold);
  rows.push({
    section,
    name: `${name} cold start (first answer)`,
    value: coldSummary.p50,
    unit: 'ms',
    note: `median of ${cold.length} (max ${Math.max(...cold).toFixed(0)} ms); answer: ${outcome.answer}`,
  });

  const warm: number[] = [];
  const eventName = cheapCall(name).label;
  for (let i = 0; i < config.warmN; i++) warm.push(await timed(async () => (outcome = await call(bench, env, name))));
  const warmSummary = summarize(warm);
  rows.push({
    section,
    name: `${name} warm p50 (${eventName})`,
    value: warmSummary.p50,
    unit: 'ms',
    note: `n=${warm.length}, p95 ${warmSummary.p95.toFixed(1)} ms; answer: ${outcome.answer}`,
  });
  return rows;
}

export async function runFunctionsBench(bench: BenchCloud, config: BenchConfig): Promise<BenchRow[]> {
  const names = deployedFunctions();
  const rows: BenchRow[] = [];
  for (const name of names) {
    progress(`  ${name}`);
    rows.push(...(await benchOne(bench, name, config)));
  }
  if (names.length === 0) rows.push({ section: 'functions', name: 'functions', value: 'none found', unit: '' });
  return rows;
}
