// Child processes for `npm start`: one-shot build steps that must succeed, and the long-running local-cloud whose
// output is relayed line by line with a prefix. Every step checks its script exists first, so a part of the
// project that has not landed yet fails with a message naming the missing file, not a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';

export class StartError extends Error {}

export function requireFile(root, relative, what) {
  if (!fs.existsSync(path.join(root, relative))) {
    throw new StartError(`${relative} is missing: ${what} is not in this checkout yet`);
  }
}

/** Runs `node <args>` in the project root with the terminal attached; throws when it fails. */
export function runStep(root, title, args, env = process.env) {
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw new StartError(`${title} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new StartError(`${title} failed (exit code ${result.status ?? result.signal})`);
}

/**
 * Starts a long-running `node <args>`, relaying its stdout and stderr with `prefix` (not doubled when the line
 * already starts with it) and only the lines `keep` accepts.
 */
export function startService(root, prefix, args, env, keep = () => true) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      if (!keep(line)) return;
      process.stdout.write(line.startsWith(`${prefix} `) ? `${line}\n` : `${prefix} ${line}\n`);
    });
  }
  return child;
}

/** Resolves once GET <url>/healthz answers 200; rejects if the child exits first or after `timeoutMs`. */
export async function waitForHealth(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  while (Date.now() < deadline) {
    if (exited !== null) throw new StartError(`local-cloud exited during start-up (${exited}); see its output above`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartError(`local-cloud did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/** Asks the child to stop (SIGINT lets local-cloud close its store), killing it if it has not exited in time. */
export function stopService(child, timeoutMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGINT');
  });
}

/** Throws a StartError naming the port when something already listens on it (another `npm start`, say). */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) =>
      reject(
        new StartError(
          error.code === 'EADDRINUSE'
            ? `port ${port} is already in use (another npm start?); stop it or set LOCAL_CLOUD_PORT`
            : `port ${port} cannot be used: ${error.message}`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
