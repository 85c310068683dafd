/**
 * Fixtures for page tests: a fresh local-cloud environment with the demo township seeded through
 * @cloudbase/node-sdk (database/seed, in a child process: the SDK needs Node's own realm, not jest's jsdom), and
 * calls to the real functions as any dev identity, over node:http like the mini-program's local mode.
 */
import http from 'node:http';
import path from 'node:path';
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { freshComponentEnv, PROJECT_ROOT } from './harness';

export const DEV = {
  resident: 'dev-resident-openid',
  deputy: 'dev-deputy-openid',
  staff: 'dev-staff-openid',
  chair: 'dev-chair-openid',
  presidiumMember: 'dev-presidium-openid',
  unit: 'dev-unit-openid',
} as const;

export async function seededEnv(): Promise<{ name: string; url: string }> {
  const env = await freshComponentEnv();
  const cli = path.join(PROJECT_ROOT, 'database', 'seed', 'cli.ts');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        path.join(PROJECT_ROOT, 'scripts', 'register-ts.cjs'),
        cli,
        '--service-url',
        `${env.url}/admin`,
        '--env',
        env.name,
      ],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seeding failed: ${stderr}`))));
  });
  return env;
}

let counter = 0;
export function rid(): string {
  counter += 1;
  return `fixture${Date.now().toString(36)}${counter}`;
}

/** Calls a function as `openid`; resolves to `data` of an ok answer and throws on anything else. */
export function callAs<T = Record<string, unknown>>(
  env: { name: string; url: string },
  openid: string,
  fn: string,
  command: string,
  payload: unknown,
  requestId?: string,
): Promise<T> {
  const body = JSON.stringify({ command, payload, ...(requestId ? { requestId } : {}) });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${env.url}/functions/${fn}?env=${encodeURIComponent(env.name)}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-wx-openid': openid,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            const result = (JSON.parse(text) as { result?: { ok: boolean; data?: T; error?: unknown } }).result;
            if (result?.ok) resolve(result.data as T);
            else reject(new Error(`${fn}.${command} failed: ${JSON.stringify(result?.error ?? text)}`));
          } catch {
            reject(new Error(`${fn}.${command}: ${res.statusCode} ${text}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A submitted opinion from the dev resident (to the dev deputy); returns its id. */
export async function submitAsResident(env: { name: string; url: string }, title: string): Promise<string> {
  const data = await callAs<{ itemId: string }>(
    env,
    DEV.resident,
    'resident',
    'submit',
    {
      category: '道路交通',
      title,
      content: `${title}：路面坑洼，雨天积水，老人出行不便，请帮忙反映。`,
      photos: [],
      publishConsent: false,
    },
    rid(),
  );
  return data.itemId;
}
