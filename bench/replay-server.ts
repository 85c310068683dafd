// The transport baseline: a bare node:http server that answers every request with one fixed body. The body is
// local-cloud's own answer to the benchmark query, captured by forwarding the first request (a warm-up call)
// and replayed byte for byte with the same content type afterwards. So the SDK parses exactly the same answer from
// both servers and the difference between the two figures is what local-cloud does per query (routing, EJSON,
// planning, the index scan, mingo, serialising), not payload size or shape.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayServer {
  adminUrl: string;
  /** Requests answered from the captured body (the forwarded first one not included). */
  replayed(): number;
  close(): Promise<void>;
}

interface Captured {
  status: number;
  contentType: string;
  body: Buffer;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function forward(target: string, req: http.IncomingMessage, body: Buffer): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const out = http.request(
      target,
      { method: 'POST', headers: { ...req.headers, host: new URL(target).host, 'content-length': body.length } },
      (res) => {
        readAll(res).then(
          (answer) =>
            resolve({
              status: res.statusCode ?? 200,
              contentType: String(res.headers['content-type'] ?? 'application/json; charset=utf-8'),
              body: answer,
            }),
          reject,
        );
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

/** Starts the server; its first request is forwarded to `captureFrom` (local-cloud's /admin) and remembered. */
export async function startReplayServer(captureFrom: string): Promise<ReplayServer> {
  let captured: Promise<Captured> | undefined;
  let replayed = 0;
  const server = http.createServer((req, res) => {
    void (async () => {
      // Read the request like any server must; the bytes are ignored after the capture.
      const body = await readAll(req);
      if (!captured) captured = forward(captureFrom, req, body);
      else replayed += 1;
      const answer = await captured;
      res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
      res.end(answer.body);
    })().catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    adminUrl: `http://127.0.0.1:${port}/admin`,
    replayed: () => replayed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
