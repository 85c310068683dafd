// Durability: every write local-cloud has answered survives `kill -9` of its process. Starts local-cloud as a
// child process (its own port and data folder), streams inserts, kills it with SIGKILL while writes are in
// flight, restarts it on the same data and finds every acknowledged document.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const ENV = 'durability';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function start(port: number, dataDir: string): ChildProcess {
  return spawn(process.execPath, ['-r', './scripts/register-ts.cjs', 'local-cloud/main.ts'], {
    cwd: root,
    env: { ...process.env, LOCAL_CLOUD_PORT: String(port), LOCAL_CLOUD_DATA: dataDir, LOCAL_CLOUD_STRICT_INDEXES: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`local-cloud exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('local-cloud did not become healthy');
}

async function admin(url: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/admin?env=${ENV}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ envName: ENV, ...body }),
  });
  return (await res.json()) as Record<string, unknown>;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

test('acknowledged writes survive kill -9', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-durability-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = start(port, dataDir);
  const acknowledged: string[] = [];
  try {
    await waitHealthy(url, child);
    // Four concurrent writers, each inserting one document at a time and recording the ids the server answered.
    let seq = 0;
    let stop = false;
    const writer = async () => {
      while (!stop) {
        const n = (seq += 1);
        try {
          const res = await admin(url, {
            action: 'database.insertDocument',
            collectionName: 'contractLedger',
            data: [JSON.stringify({ seq: { $numberInt: String(n) }, payload: 'x'.repeat(200) })],
          });
          const ids = (res.data as { insertedIds?: string[] } | undefined)?.insertedIds;
          if (ids) acknowledged.push(...ids);
        } catch {
          return; // the server died mid-request: this write was never acknowledged
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    while (acknowledged.length < 300) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    await exited(child);
    stop = true;
    await Promise.all(writers);

    child = start(port, dataDir);
    await waitHealthy(url, child);
    const found = new Set<string>();
    for (let from = 0; ; from += 1000) {
      const res = await admin(url, {
        action: 'database.getDocument',
        collectionName: 'contractLedger',
        queryType: 'WHERE',
        query: JSON.stringify({
          seq: { $gt: { $numberInt: String(from) }, $lte: { $numberInt: String(from + 1000) } },
        }),
        limit: 1000,
      });
      const list = (res.data as { list: string[] }).list;
      for (const item of list) found.add((JSON.parse(item) as { _id: string })._id);
      if (from > seq) break;
    }
    const lost = acknowledged.filter((id) => !found.has(id));
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
    expect(lost).toEqual([]);
  } finally {
    child.kill('SIGKILL');
    await exited(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 90_000);
