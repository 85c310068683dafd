/**
 * Wire shapes the services read: `import type` from core/contracts, plus the additive commands helpers F and I
 * registered beside the first contract set (account-extra, deputy-extra).
 *
 * Guarantees: type-only; nothing here exists at run time. `Api[F][C]` gives the input the function parses and the
 * result it answers, so a service that sends a wrong payload or reads a missing field does not compile.
 */
import type { Contracts } from '../../core/contracts/index';
import type { AccountExtraResults, WhoAmIView } from '../../core/contracts/account-extra';
import type { DeputyExtraResults } from '../../core/contracts/deputy-extra';
import type { WireError } from '../../core/domain/errors';
import type { Role } from '../../core/domain/roles';

type Entry<I, R> = { input: I; result: R };

export interface Api {
  account: Omit<Contracts['account'], 'whoami' | 'registerResident'> & {
    whoami: Entry<Record<string, never>, WhoAmIView>;
    registerResident: Entry<Contracts['account']['registerResident']['input'], WhoAmIView>;
    linkDeputyByScene: Entry<{ scene: string }, AccountExtraResults['linkDeputyByScene']>;
  };
  resident: Contracts['resident'];
  deputy: Contracts['deputy'] & { myRecord: Entry<Record<string, never>, DeputyExtraResults['myRecord']> };
  presidium: Contracts['presidium'];
  unit: Contracts['unit'];
}

/** The callable functions (architecture.md, "Cloud functions: split by caller and privilege"). */
export type FunctionName = keyof Api;
export type CommandOf<F extends FunctionName> = keyof Api[F] & string;
export type InputOf<F extends FunctionName, C extends CommandOf<F>> = Api[F][C] extends { input: infer I } ? I : never;
export type ResultOf<F extends FunctionName, C extends CommandOf<F>> = Api[F][C] extends { result: infer R }
  ? R
  : never;

/** `account.whoami`, as the server answers it. */
export type WhoamiData = WhoAmIView;

export type { Role, WireError };
