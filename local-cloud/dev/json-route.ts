// Small helpers shared by the dev routes: JSON bodies in, JSON answers out, instants as ms or ISO strings.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RouteHandler } from '../http-router';
import { readBody, sendJson } from '../server';

export class DevRouteError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = (await readBody(req)).toString('utf8');
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new DevRouteError(400, 'body is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new DevRouteError(400, 'body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** An instant given as epoch milliseconds or an ISO-8601 string with zone. */
export function instant(value: unknown, field: string): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms)) throw new DevRouteError(400, `${field} must be epoch ms or an ISO-8601 instant`);
  return ms;
}

export function requiredString(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new DevRouteError(400, `${field} is required`);
  return value;
}

/** Wraps a handler so a DevRouteError becomes its status and `{ error }`, anything else a 500. */
export function devRoute(handler: (req: IncomingMessage, url: URL) => Promise<[number, unknown]>): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    try {
      const [status, body] = await handler(req, url);
      sendJson(res, status, body);
    } catch (error) {
      if (error instanceof DevRouteError) return sendJson(res, error.status, { error: error.message });
      sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  };
}
