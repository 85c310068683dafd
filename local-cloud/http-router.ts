// The HTTP surface of local-cloud: routes plus a registry of `/admin` actions, so that the database, the function
// host, open API and storage each plug in their own handlers without knowing about each other.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What every `/admin` action handler receives besides the parsed body. */
export interface ActionContext {
  /** The CloudBase environment named by the request (`envName` in the body or `?env=`). Each one is isolated. */
  env: string;
  /** Raw request, for handlers that need headers (e.g. the function host's dev identity). */
  req: IncomingMessage;
}

/**
 * An `/admin` action: returns the JSON body to send (CloudBase answers 200 with `code`/`message` on failure too),
 * or throws a `CloudError` to produce CloudBase's error shape.
 */
export type ActionHandler = (body: Record<string, unknown>, ctx: ActionContext) => Promise<unknown>;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/** An error in CloudBase's shape: `{ code, message, requestId }` in the response body. */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
  }
}

/**
 * An `/admin` answer that is not JSON: `wx.openApi` answers a protobuf buffer, which the SDK tells apart from an
 * error by the content type (anything but `application/json; charset=utf-8`).
 */
export class RawBody {
  constructor(
    readonly bytes: Buffer,
    readonly contentType = 'application/octet-stream',
  ) {}
}

export class Router {
  private readonly actions = new Map<string, ActionHandler>();
  private readonly routes: { method: string; prefix: string; handler: RouteHandler }[] = [];

  registerAction(name: string, handler: ActionHandler): void {
    if (this.actions.has(name)) throw new Error(`action ${name} registered twice`);
    this.actions.set(name, handler);
  }

  action(name: string): ActionHandler | undefined {
    return this.actions.get(name);
  }

  /** Routes match by method and path prefix; the first registered match wins. */
  registerRoute(method: string, prefix: string, handler: RouteHandler): void {
    this.routes.push({ method, prefix, handler });
  }

  route(method: string, path: string): RouteHandler | undefined {
    return this.routes.find((r) => r.method === method && path.startsWith(r.prefix))?.handler;
  }
}
