// local-cloud's HTTP server: binds to loopback, answers `/healthz`, dispatches `POST /admin` to registered actions
// (JSON or multipart bodies, as the SDKs send them) and leaves other routes to the subsystems that register them.
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloudError, RawBody, Router, type ActionContext } from './http-router';
import { Environments } from './environments';
import { parseMultipart } from './multipart';
import type { ClockOptions } from './clock';

export interface ServerOptions {
  port: number;
  host?: string;
  /** Clock settings for environments created without their own. */
  clock?: ClockOptions;
  /**
   * `GET /healthz` answers 503 until `markReady()` (for a composer that plugs subsystems in after listening);
   * otherwise it answers 200 as soon as the server listens.
   */
  deferReady?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly router: Router;
  readonly environments: Environments;
  /** From now on `GET /healthz` answers 200 (see ServerOptions.deferReady). */
  markReady(): void;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function isLoopback(req: IncomingMessage): boolean {
  return LOOPBACK.has(req.socket.remoteAddress ?? '');
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

let requestSeq = 0;
export function newRequestId(): string {
  requestSeq += 1;
  return `local-${Date.now().toString(36)}-${requestSeq}`;
}

/** Parses an `/admin` body: JSON for database and functions, multipart/form-data for open API and storage. */
async function parseAdminBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readBody(req);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return parseMultipart(raw, type);
  if (raw.length === 0) return {};
  return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
}

export function createServer(options: ServerOptions): {
  router: Router;
  environments: Environments;
  listen(): Promise<RunningServer>;
} {
  const router = new Router();
  const environments = new Environments(options.clock);
  let ready = false;

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { code: 'SYS_ERR', message: String(error), requestId: newRequestId() });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Everything here is for this machine only: the dev identity header would otherwise let anyone act as anyone.
    if (!isLoopback(req)) return sendJson(res, 403, { code: 'FORBIDDEN', message: 'local-cloud serves loopback only' });
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/healthz') {
      return sendJson(res, ready ? 200 : 503, { ok: ready });
    }
    if (req.method === 'POST' && url.pathname === '/admin') return handleAdmin(req, res, url);
    const route = router.route(req.method ?? 'GET', url.pathname);
    if (route) return route(req, res, url);
    sendJson(res, 404, { code: 'NOT_FOUND', message: `no route ${req.method} ${url.pathname}` });
  }

  async function handleAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = newRequestId();
    let body: Record<string, unknown>;
    try {
      body = await parseAdminBody(req);
    } catch (error) {
      return sendJson(res, 200, { code: 'INVALID_PARAM', message: `unreadable body: ${String(error)}`, requestId });
    }
    const actionName = String(body.action ?? '');
    const handler = router.action(actionName);
    if (!handler) {
      return sendJson(res, 200, {
        code: 'INVALID_ACTION',
        message: `local-cloud does not implement ${actionName}`,
        requestId,
      });
    }
    const envName = String(body.envName ?? url.searchParams.get('env') ?? 'local');
    environments.get(envName);
    const ctx: ActionContext = { env: envName, req };
    try {
      const result = await handler(body, ctx);
      if (result instanceof RawBody) {
        res.writeHead(200, { 'content-type': result.contentType, 'content-length': result.bytes.length });
        return void res.end(result.bytes);
      }
      sendJson(res, 200, { requestId, ...(result as object) });
    } catch (error) {
      if (error instanceof CloudError) {
        return sendJson(res, error.httpStatus, { code: error.code, message: error.message, requestId });
      }
      sendJson(res, 200, {
        code: 'SYS_ERR',
        message: error instanceof Error ? error.message : String(error),
        requestId,
      });
    }
  }

  return {
    router,
    environments,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host ?? '127.0.0.1', () => {
          if (!options.deferReady) ready = true;
          const port = (server.address() as AddressInfo).port;
          resolve({
            url: `http://127.0.0.1:${port}`,
            port,
            router,
            environments,
            markReady: () => {
              ready = true;
            },
            close: () =>
              new Promise<void>((done) => {
                ready = false;
                server.closeAllConnections();
                server.close(() => done());
              }),
          });
        });
      }),
  };
}
