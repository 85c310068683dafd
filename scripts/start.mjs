// `npm start`: builds the cloud functions and the mini-program's npm folder, starts local-cloud, seeds the demo
// township on first start (marker: its township document) and makes a few demo items through the cloud functions
// while it has none, prints how to use it, then follows the subscription messages it sends. Ctrl-C stops
// local-cloud cleanly (it closes its store) and exits.
// Settings: LOCAL_CLOUD_PORT (3900), LOCAL_CLOUD_DATA (./.local-cloud), LOCAL_CLOUD_ENV (dev, the environment the
// mini-program's local mode names in miniprogram/config.ts).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { banner } from './start/banner.mjs';
import { tailMessages } from './start/message-tail.mjs';
import {
  StartError,
  assertPortFree,
  requireFile,
  runStep,
  startService,
  stopService,
  waitForHealth,
} from './start/steps.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TS = ['-r', './scripts/register-ts.cjs'];
/** Subscription credits per dev identity and template, topped up on every start (see grantWechatCredits). */
const DEV_CREDITS = 100;

const require = createRequire(import.meta.url);
require('./register-ts.cjs');
const { DEV_OPENIDS, DEV_IDENTITY_LABELS, LOCAL_NOTICE_TEMPLATES } = require('../database/seed/dev-identities.ts');

/**
 * WeChat's side of the dev identities' subscription credits: local-cloud keeps them in memory (a restart forgets
 * them), so every start grants them again. The app's side is written by the seed (--dev-credits).
 */
async function grantWechatCredits(url, env) {
  for (const openid of Object.values(DEV_OPENIDS)) {
    for (const { templateId } of Object.values(LOCAL_NOTICE_TEMPLATES)) {
      const res = await fetch(`${url}/_dev/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ env, openid, templateId, count: DEV_CREDITS }),
      });
      if (!res.ok) throw new StartError(`granting subscription credits failed: ${res.status} ${await res.text()}`);
    }
  }
}

async function main() {
  const port = Number(process.env.LOCAL_CLOUD_PORT ?? 3900);
  const dataDir = path.resolve(ROOT, process.env.LOCAL_CLOUD_DATA ?? '.local-cloud');
  const env = process.env.LOCAL_CLOUD_ENV ?? 'dev';
  const url = `http://127.0.0.1:${port}`;

  requireFile(ROOT, 'scripts/build-functions.mjs', 'the function build (part B)');
  requireFile(ROOT, 'local-cloud/main.ts', "local-cloud's command-line entry (part A)");
  requireFile(ROOT, 'database/seed/cli.ts', 'the demo township seed');
  requireFile(ROOT, 'database/seed/demo-items-cli.ts', 'the demo items');

  await assertPortFree(port);
  runStep(ROOT, 'Building cloud functions', ['scripts/build-functions.mjs']);
  try {
    requireFile(ROOT, 'scripts/build-miniprogram-npm.mjs', 'the mini-program npm build');
    runStep(ROOT, 'Building the mini-program npm folder', ['scripts/build-miniprogram-npm.mjs']);
  } catch (error) {
    if (!(error instanceof StartError) || !/is missing/.test(error.message)) throw error;
    process.stdout.write(`\n(skipped: ${error.message})\n`);
  }

  process.stdout.write(`\n▶ Starting local-cloud on ${url}\n`);
  const cloud = startService(
    ROOT,
    '[local-cloud]',
    [...TS, 'local-cloud/main.ts'],
    { ...process.env, LOCAL_CLOUD_PORT: String(port), LOCAL_CLOUD_DATA: dataDir },
    // Each sent message is printed by the tail below (one block per message), not twice.
    (line) => !/^\[local-cloud\] subscription message /.test(line),
  );
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping local-cloud…\n');
    await stopService(cloud);
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  cloud.once('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`\nlocal-cloud exited unexpectedly (${code ?? signal}).\n`);
    process.exit(1);
  });

  try {
    await waitForHealth(url, cloud);
    runStep(ROOT, `Seeding the demo township into environment "${env}" (first start only)`, [
      ...TS,
      'database/seed/cli.ts',
      '--service-url',
      `${url}/admin`,
      '--env',
      env,
      '--if-empty',
      '--dev-credits',
      String(DEV_CREDITS),
    ]);
    await grantWechatCredits(url, env);
    // After the credits, so the demo's notices to dev identities go out as subscription messages too.
    runStep(ROOT, 'Making the demo items through the cloud functions (first start only)', [
      ...TS,
      'database/seed/demo-items-cli.ts',
      '--url',
      url,
      '--env',
      env,
    ]);
  } catch (error) {
    process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n`);
    await stop(1);
    return;
  }

  const messageLog = path.join(dataDir, 'openapi', 'messages.jsonl');
  process.stdout.write(
    banner({
      url,
      env,
      dataDir: path.relative(ROOT, dataDir).startsWith('..') ? dataDir : path.relative(ROOT, dataDir),
      identities: DEV_OPENIDS,
      labels: DEV_IDENTITY_LABELS,
      messageLog: path.relative(ROOT, messageLog).startsWith('..') ? messageLog : path.relative(ROOT, messageLog),
      credits: DEV_CREDITS,
      templates: Object.values(LOCAL_NOTICE_TEMPLATES).map((t) => t.templateId),
    }),
  );
  tailMessages(messageLog);
}

main().catch((error) => {
  process.stderr.write(`\nnpm start failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
