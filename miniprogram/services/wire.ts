/**
 * Wire shapes the services read, until core/contracts lands (issue 2, part C1).
 *
 * Guarantees: type-only; nothing here exists at run time. When core/contracts exports the command map, replace
 * these declarations with `import type` re-exports from it so the client and the functions share one definition.
 */
import type { WireError } from '../../core/domain/errors';
import type { Role } from '../../core/domain/roles';

/** What every callable command answers: `{ ok: true, data } | { ok: false, error: { code, message } }`. */
export type CommandResult<T> = { ok: true; data: T } | { ok: false; error: WireError };

/** The callable functions (architecture.md, "Cloud functions: split by caller and privilege"). */
export type FunctionName = 'account' | 'resident' | 'deputy' | 'presidium' | 'unit';

/** `account.whoami`: the caller's identity as the server sees it. */
export interface WhoamiData {
  openid: string;
  roles: Role[];
}

export type { Role, WireError };
