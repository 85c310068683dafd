/**
 * Who is calling, established on the server from the WeChat OPENID alone (never from the payload).
 *
 * A person may hold several roles (a village director can be deputy and unit handler); each callable function
 * picks the actor for the roles it serves, so a deputy calling `presidium` is refused even if they also reside.
 */
import type { Actor } from '../../domain/opinion/commands';
import type { Role } from '../../domain/roles';

export interface Caller {
  openid: string;
  /** Every role this openid holds, as domain actors (empty for an unregistered visitor). */
  actors: Actor[];
}

export interface CallerDirectory {
  /** Bindings and resident registration of this openid. Database requests: 2 (roleBindings, residents). */
  resolve(openid: string): Promise<Caller>;
}

/** The caller's actor for the first of `roles` they hold, or undefined. */
export function actorFor(caller: Caller, roles: readonly Role[]): Actor | undefined {
  for (const role of roles) {
    const actor = caller.actors.find((a) => a.role === role);
    if (actor) return actor;
  }
  return undefined;
}
