// Invocations in flight, by the API token their instance carries. The SDK sends that token (`wxCloudApiToken`)
// with every request it makes during the invocation, which is how the platform knows who is calling: a nested
// callFunction inherits the caller's user, and open-API calls are checked against the calling function's
// permissions. Shared per server so the open API can look callers up without depending on the function host.
import crypto from 'node:crypto';
import type { Router } from '../http-router';

export interface Identity {
  openid?: string;
  appid?: string;
  unionid?: string;
}

export interface InvocationInfo {
  env: string;
  functionName: string;
  identity: Identity;
  /** The platform's SOURCE chain: `wx_client`, `wx_trigger`, `wx_client,scf`... */
  source?: string;
  /** `permissions.openapi` of the function's config.json. */
  openapi: readonly string[];
}

export class InvocationRegistry {
  private readonly byToken = new Map<string, InvocationInfo>();

  open(info: InvocationInfo): string {
    const token = `local-${crypto.randomBytes(12).toString('hex')}`;
    this.byToken.set(token, info);
    return token;
  }

  close(token: string): void {
    this.byToken.delete(token);
  }

  /** The invocation a request came from, or undefined for calls from outside any function (scripts, tests). */
  lookup(token: unknown): InvocationInfo | undefined {
    return typeof token === 'string' && token ? this.byToken.get(token) : undefined;
  }
}

const registries = new WeakMap<Router, InvocationRegistry>();

export function invocationRegistryFor(router: Router): InvocationRegistry {
  let registry = registries.get(router);
  if (!registry) {
    registry = new InvocationRegistry();
    registries.set(router, registry);
  }
  return registry;
}
